// Prisma CLI configuration for PostgreSQL: `prisma migrate deploy --config prisma/postgres.config.ts`.
import { defineConfig } from 'prisma/config';
import { createAdapter } from '../app/platform/db/adapters.ts';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'postgres/schema',
  migrations: { path: 'migrations/postgres' },
  adapter: () => {
    const url = process.env.DATABASE_URL;
    if (!url?.startsWith('postgres')) return Promise.reject(new Error('Set DATABASE_URL to a postgres:// URL to use this config.'));
    return Promise.resolve(createAdapter(url));
  },
});
