// Entry point: configuration, database, migrations, then the server — and in the local preview
// (no Shopify credentials) the Admin API stand-in with the demo shop. The only module with state.
import type { Server } from 'node:http';
import { environment, loadConfig } from './platform/config.ts';
import { ConfigError } from './platform/errors.ts';
import { createLogger, handleProcessErrors } from './platform/logging.ts';
import { migrateDatabase, openDatabase } from './platform/db/index.ts';
import { systemClock } from './platform/clock.ts';
import { assembleDeps } from './assemble.ts';
import { createApp } from './server.ts';
import { previewRoutes, startPreviewServices } from './preview/index.ts';
import { startBackgroundWork } from './background.ts';
import { PREVIEW_SHOP } from './platform/config.ts';

async function main() {
  let config;
  try {
    config = loadConfig(environment());
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  log.info({ database: config.databaseKind, mode: config.mode }, 'applying migrations');
  await migrateDatabase(config.databaseUrl);
  const db = openDatabase(config.databaseUrl);

  const preview = config.mode === 'preview' ? await startPreviewServices({ config, db, clock: systemClock, log }) : undefined;
  const deps = assembleDeps({
    config,
    db,
    clock: systemClock,
    log,
    smtpUrl: preview?.mailbox.url ?? config.smtpUrl,
    vendorEndpoints: preview?.vendorEndpoints,
  });
  const app = createApp(deps, preview && previewRoutes(deps, preview));
  const background = await startBackgroundWork(deps, { scan: preview?.scan });

  const server: Server = app.listen(config.port, () => {
    const base = `http://localhost:${config.port}`;
    if (preview) {
      console.log(
        [
          '',
          'Lawfully local preview is running (no Shopify credentials set; a demo shop and a local Admin API stand-in).',
          `  Admin:                ${base}/?shop=${PREVIEW_SHOP}`,
          `  Storefront preview:   ${base}/preview/storefront`,
          ...preview.urls.map(([label, url]) => `  ${`${label}:`.padEnd(22)}${base}${url}`),
          '',
        ].join('\n'),
      );
    } else {
      log.info({ port: config.port, appUrl: config.appUrl }, 'Lawfully is listening');
    }
  });

  const stop = async () => {
    server.close();
    await Promise.allSettled([background.stop(), preview?.stop()]);
    await db.$disconnect();
  };
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void stop().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  handleProcessErrors(log, stop);
}

await main();
