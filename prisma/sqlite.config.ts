// Prisma CLI configuration for SQLite (the default): `prisma migrate deploy --config prisma/sqlite.config.ts`.
import { defineConfig } from 'prisma/config';
import { createAdapter, DEFAULT_DATABASE_URL } from '../app/platform/db/adapters.ts';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema',
  migrations: { path: 'migrations/sqlite' },
  adapter: () => Promise.resolve(createAdapter(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL)),
});
