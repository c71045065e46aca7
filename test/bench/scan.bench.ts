// npm run bench:storefront (after storefront.bench.ts), or node --import tsx test/bench/scan.bench.ts
//
// How long the storefront scan takes on the local preview, as a newcomer would run it: the
// preview started with `npm start`'s entry point (its vendor stand-in answering GA4, Meta and
// Hotjar), the demo records imported and published, "Scan my storefront" through the admin API,
// then the scan followed until it is done. Prints the scan's own duration (three visits in fresh
// browser contexts, classification and storage) against the goal of 20 s, and what it found.
import { startPreview } from '../support/browser.ts';
import { readFileSync } from 'node:fs';

const GOAL_MS = 20_000;
const RUNS = Number(process.env.RUNS ?? 3);
const seed: unknown = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));

interface ScanAnswer {
  scan: {
    id: string;
    status: string;
    durationMs: number | null;
    error: string | null;
    result: { leaks: unknown[]; additions: unknown[]; visits: Array<{ durationMs: number }> } | null;
  };
}

const preview = await startPreview();
try {
  const api = async (path: string, method = 'GET', body?: unknown): Promise<unknown> => {
    // A session token lives a minute: a fresh one for every call.
    const token = await (await fetch(`${preview.baseUrl}/preview/session-token`)).text();
    const res = await fetch(`${preview.baseUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  };
  await api('/api/records/import', 'POST', seed);
  await api('/api/policy/publish', 'POST', {});

  const durations: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const { scan } = (await api('/api/scans', 'POST')) as ScanAnswer;
    let current = scan;
    while (current.status === 'queued' || current.status === 'running') {
      await new Promise((wait) => setTimeout(wait, 200));
      current = ((await api(`/api/scans/${scan.id}`)) as ScanAnswer).scan;
    }
    if (current.status !== 'done' || !current.result) throw new Error(`the scan failed: ${current.error ?? current.status}`);
    durations.push(current.durationMs ?? 0);
    const visits = current.result.visits.map((v) => `${(v.durationMs / 1000).toFixed(1)} s`).join(' + ');
    console.log(
      `scan ${run + 1}: ${((current.durationMs ?? 0) / 1000).toFixed(1)} s in the job (visits ${visits}), ${((performance.now() - started) / 1000).toFixed(1)} s from the click; ` +
        `${current.result.leaks.length} leaks, ${current.result.additions.length} cookies to add`,
    );
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `\nstorefront scan on the preview storefront, median of ${RUNS}: ${(median / 1000).toFixed(1)} s (goal: under ${GOAL_MS / 1000} s for the three visits) ${median < GOAL_MS ? 'MET' : 'NOT MET'}`,
  );
} finally {
  await preview.stop();
}
