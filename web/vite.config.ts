// Builds the embedded admin into dist/web; the server serves it (see app/admin-page.ts).
// `npm run dev` also serves it from Vite's dev server, which forwards everything else to the app
// (`tsx watch app/main.ts`, PORT 3000) and loads the preview's App Bridge stand-in.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const appUrl = `http://localhost:${process.env.PORT ?? '3000'}`;

/** In the dev server, the placeholder app/admin-page.ts fills gets the local preview's App Bridge stand-in. */
function previewAppBridge(): Plugin {
  return {
    name: 'lawfully-preview-app-bridge',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace('<!--app-bridge-->', '<script src="/preview/app-bridge.js"></script>'),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), previewAppBridge()],
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: Object.fromEntries(['/api', '/preview', '/proxy', '/apps', '/webhooks', '/auth'].map((path) => [path, appUrl])) },
  logLevel: 'warn',
});
