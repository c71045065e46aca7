// Headless Chromium for browser tests (Debian's chromium driven by playwright-core), and the
// local preview started as a newcomer starts it (`npm start` without Shopify credentials).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { VENDOR_HOSTS } from '../../app/preview/vendors/scripts.ts';
import { HEADLESS_CHROMIUM_ARGS } from '../../app/scan/visits.ts';

export const ARTIFACTS = resolve('test', 'artifacts');

/** `extraArgs`: more Chromium switches, e.g. --host-resolver-rules to serve real vendor hostnames locally. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...HEADLESS_CHROMIUM_ARGS, ...extraArgs],
  });
}

const isVendorLoadFailure = (text: string, url: string) =>
  text.startsWith('Failed to load resource') && URL.canParse(url) && (VENDOR_HOSTS as readonly string[]).includes(new URL(url).hostname);

/** Collects console errors and uncaught page errors, the things a merchant's browser would show. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The preview storefront carries real vendor snippets (app/preview/vendors); offline, a loaded one fails to fetch, as it would in a newcomer's browser.
    if (message.type() === 'error' && !isVendorLoadFailure(message.text(), message.location().url)) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface RunningPreview {
  baseUrl: string;
  adminUrl: string;
  storefrontUrl: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `app/main.ts` like `npm start` does (the admin must have been built: npm test builds it first). */
export async function startPreview(env: Record<string, string> = {}): Promise<RunningPreview> {
  const port = await freePort();
  const dir = resolve('data', 'test', `preview-${port}`);
  mkdirSync(dir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'app/main.ts'], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'lawfully.db')}`, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((ready, fail) => {
    // 60 s by default; LAWFULLY_PREVIEW_START_MS gives a machine busy with other work more time
    const startMs = Number(process.env.LAWFULLY_PREVIEW_START_MS ?? 60_000);
    const timer = setTimeout(() => fail(new Error(`the preview did not start in ${startMs / 1000} s:\n${output}`)), startMs);
    const check = () => {
      if (/Admin:/.test(output)) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the preview exited with ${code}:\n${output}`));
    });
  });
  const line = (label: string) => new RegExp(`${label}:\\s+(\\S+)`).exec(output)?.[1] ?? '';
  return {
    baseUrl: `http://localhost:${port}`,
    adminUrl: line('Admin'),
    storefrontUrl: line('Storefront preview'),
    output: () => output,
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** How long a browser test's beforeAll may take: the preview's start (LAWFULLY_PREVIEW_START_MS) and Chromium's launch. */
export const PREVIEW_START_TIMEOUT_MS = Number(process.env.LAWFULLY_PREVIEW_START_MS ?? 60_000) + 30_000;

/** The local preview and a Chromium to visit it; the preview is stopped again when Chromium does not start. */
export async function startPreviewInBrowser(env: Record<string, string> = {}): Promise<{ preview: RunningPreview; browser: Browser }> {
  const preview = await startPreview(env);
  try {
    return { preview, browser: await launchBrowser() };
  } catch (error) {
    await preview.stop();
    throw error;
  }
}

/** Stops what startPreviewInBrowser started; either is missing when beforeAll failed before it was assigned. */
export async function stopPreviewInBrowser(browser: Browser | undefined, preview: RunningPreview | undefined): Promise<void> {
  await browser?.close();
  await preview?.stop();
}

/** A page the size of a merchant's desktop, and the console and page errors it shows. */
export async function openDesktopPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  return { page, errors: collectPageErrors(page) };
}

/**
 * For a describe block: beforeAll starts the preview and Chromium, afterAll stops them. Read the
 * answer's `preview` and `browser` inside tests and hooks (like useTestApp's `t`).
 */
export function usePreviewInBrowser(): { preview: RunningPreview; browser: Browser } {
  let current: { preview: RunningPreview; browser: Browser } | undefined;
  beforeAll(async () => {
    current = await startPreviewInBrowser();
  }, PREVIEW_START_TIMEOUT_MS);
  afterAll(() => stopPreviewInBrowser(current?.browser, current?.preview));
  return {
    get preview() {
      if (!current) throw new Error('the preview starts in beforeAll: read it inside a test or a hook');
      return current.preview;
    },
    get browser() {
      if (!current) throw new Error('Chromium starts in beforeAll: read it inside a test or a hook');
      return current.browser;
    },
  };
}
