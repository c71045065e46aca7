// npm run bench:storefront            (RUNS=9 npm run bench:storefront for more loads per figure)
//
// Lawfully's cookie banner beside three open-source peers measured in the same run: Osano's
// cookieconsent, vanilla-cookieconsent (orestbida) and klaro (kiprotect), installed as dev
// dependencies. Every banner sits on the same storefront-like page; Lawfully's is the app embed as
// Liquid renders it from the example store's published policy (examples/seed-store.json), and all
// assets are served gzip-compressed as Shopify's CDN would, over loopback.
//
// For each banner, the median over RUNS loads in headless Chromium of:
//   - shown at: navigation start to the banner visible (polled from the page's first moment);
//   - script:   CPU time of the page's own JavaScript on the main thread (its files and inline
//               scripts, less the style and layout they force), until the banner is shown and the
//               page has settled, from a Chromium trace of a separate load without the poller;
//   - main:     CPU time of every main-thread task in that load (parsing, script, style, layout,
//               paint), less the harness's own evaluations.
// CPU time rather than wall time: on a shared machine a preempted thread's wall time measures the
// neighbours. "shown at" can only be wall time, so Lawfully and Osano are also compared load by
// load within each run (the median of the paired differences).
// Plus Lawfully with its tracker blocker active: an ungated Hotjar-shaped snippet and a
// parser-written tracker script on the page, both held. Then whether issue 11's goals are met.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { extensionDir, renderBlock, type PolicyMetafield } from '../../app/storefront/liquid.ts';
import { profileSchema } from '../../app/records/profile.ts';
import { metafieldValue, storefrontConsent } from '../../app/policy/metafield.ts';
import { defaultConsentSettings } from '../../app/consent/settings.ts';
import { vendorSnippetsHtml } from '../../app/preview/vendors/snippets.ts';
import { ASSETS, INLINE_BLOCKER } from '../../extensions/lawfully-theme-src/build.ts';

const require = createRequire(import.meta.url);
const file = (path: string) => readFileSync(path);
const gz = (contents: Buffer | string) => (contents.length ? gzipSync(contents, { level: 9 }).length : 0);
const RUNS = Number(process.env.RUNS ?? 11);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** After the banner is shown, time for work a banner defers (focus, animations) to be counted too. */
const SETTLE_MS = 300;
const [jsBudget, cssBudget] = ['lawfully-consent.js', 'lawfully-consent.css'].map((name) => ASSETS.find((a) => a.file === name)!.budget);

// The published metafield of the example store, as the admin's Publish writes it.
const seed = profileSchema.parse(JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')));
const policy = metafieldValue(
  seed,
  { version: 1, lastUpdated: '2026-11-25', consentVersion: 1 },
  {},
  storefrontConsent(seed, defaultConsentSettings, false),
) as PolicyMetafield;
const embed = await renderBlock('consent-banner', { policy, locale: 'en', assetBase: '/ours/' });

/** What the build writes inline into the embed (between its markers), counted with the files. */
const blockText = readFileSync(INLINE_BLOCKER.block, 'utf8');
const inline = (start: string, end: string) => {
  const from = blockText.indexOf(start);
  return from < 0 ? '' : blockText.slice(from + start.length, blockText.indexOf(end, from));
};
const oursJs = file(`${extensionDir}assets/lawfully-consent.js`);
const cssFile = `${extensionDir}assets/lawfully-consent.css`;
const oursCss = existsSync(cssFile) ? file(cssFile) : undefined;
const ours = {
  js: gz(oursJs) + gz(inline(INLINE_BLOCKER.start, INLINE_BLOCKER.end)),
  css: (oursCss ? gz(oursCss) : 0) + gz(inline('/*lawfully-css*/', '/*/lawfully-css*/')),
};
const peerSizes = (js: Buffer, css: Buffer) => ({ js: gz(js), css: gz(css) });

const cc = {
  js: file(require.resolve('vanilla-cookieconsent/dist/cookieconsent.umd.js')),
  css: file(require.resolve('vanilla-cookieconsent/dist/cookieconsent.css')),
};
const osano = {
  js: file(require.resolve('cookieconsent/build/cookieconsent.min.js')),
  css: file(require.resolve('cookieconsent/build/cookieconsent.min.css')),
};
const klaro = { js: file(require.resolve('klaro/dist/klaro-no-css.js')), css: file(require.resolve('klaro/dist/klaro.min.css')) };

// The preview storefront's shape: a header, a product, a footer.
const body =
  '<header><strong>Lawfully demo store</strong> · <a href="/cart">Cart</a></header><main><h1>Linen tote bag</h1><p>' +
  'A sturdy tote woven in Latvia. '.repeat(40) +
  '</p><button type="button">Add to cart</button></main><footer><p>Demo store footer.</p></footer>';
const page = (head: string, tail = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">${head}<title>bench</title><link rel="icon" href="data:,"><style>body{font:16px/1.5 Georgia,serif;margin:0}header,main,footer{max-width:820px;margin:0 auto;padding:16px 20px}</style></head><body>${body}${tail}</body></html>`;

/**
 * Trackers the merchant left ungated, after the embed as a theme carries them: the preview's vendor
 * snippets (GA4 and Meta tagged, Hotjar's inserting its script with createElement/appendChild) and a
 * tracker script written in the HTML. The blocker must hold both ungated ones.
 */
const TRACKERS = `${vendorSnippetsHtml}<script async src="https://www.googletagmanager.com/gtag/js?id=G-BENCH0001"></script>`;
const HELD_TRACKERS = 2;
const WITH_BLOCKER = 'Lawfully, blocker holding trackers';

const pages: Record<string, { html: string; selector: string }> = {
  'no banner (reference)': { html: page(''), selector: 'main' },
  Lawfully: { html: page(embed), selector: '.lf-banner:not([hidden])' },
  'Osano cookieconsent': {
    html: page('<link rel="stylesheet" href="/osano/cc.css"><script defer src="/osano/cc.js"></script>', '<script defer src="/osano/init.js"></script>'),
    selector: '.cc-window:not(.cc-invisible)',
  },
  [WITH_BLOCKER]: { html: page(embed + TRACKERS), selector: '.lf-banner:not([hidden])' },
  'vanilla-cookieconsent': {
    html: page('<link rel="stylesheet" href="/cc/cc.css"><script defer src="/cc/cc.js"></script>', `<script defer src="/cc/init.js"></script>`),
    selector: '#cc-main .cm',
  },
  klaro: {
    html: page(
      '<link rel="stylesheet" href="/klaro/klaro.css"><script>window.klaroConfig={elementID:"klaro",storageMethod:"localStorage",mustConsent:false,acceptAll:true,hideDeclineAll:false,translations:{zz:{privacyPolicyUrl:"/privacy"},en:{purposes:{analytics:"Analytics"}}},services:[{name:"ga",title:"Google Analytics",purposes:["analytics"]}]};</script><script defer src="/klaro/klaro.js"></script>',
    ),
    selector: '.klaro .cookie-notice',
  },
};

const ccInit = `CookieConsent.run({hideFromBots:false,categories:{necessary:{enabled:true,readOnly:true},analytics:{}},language:{default:'en',translations:{en:{consentModal:{title:'Cookies',description:'We use cookies.',acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',showPreferencesBtn:'Manage'},preferencesModal:{title:'Preferences',acceptAllBtn:'Accept all',acceptNecessaryBtn:'Reject all',savePreferencesBtn:'Save',sections:[{title:'Analytics',linkedCategory:'analytics'}]}}}}});`;

const osanoInit = `window.cookieconsent.initialise({type:'opt-in',content:{message:'We use cookies.',allow:'Accept all',deny:'Reject all',link:'Privacy policy',href:'/privacy'}});`;

const assets: Record<string, [string, Buffer | string]> = {
  '/ours/lawfully-consent.js': ['js', oursJs],
  ...(oursCss ? { '/ours/lawfully-consent.css': ['css', oursCss] as [string, Buffer] } : {}),
  '/osano/cc.js': ['js', osano.js],
  '/osano/cc.css': ['css', osano.css],
  '/osano/init.js': ['js', osanoInit],
  '/cc/cc.js': ['js', cc.js],
  '/cc/cc.css': ['css', cc.css],
  '/cc/init.js': ['js', ccInit],
  '/klaro/klaro.js': ['js', klaro.js],
  '/klaro/klaro.css': ['css', klaro.css],
};

const server = createServer((req, res) => {
  const url = req.url!.split('?')[0]!;
  const asset = assets[url];
  if (asset) {
    // Compressed and cacheable as a CDN would serve it.
    res
      .writeHead(200, {
        'Content-Type': asset[0] === 'js' ? 'text/javascript' : 'text/css',
        'Content-Encoding': 'gzip',
        'Cache-Control': 'public, max-age=31536000',
      })
      .end(gzipSync(asset[1]));
    return;
  }
  const entry = pages[decodeURIComponent(url.slice(1))];
  if (!entry) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(entry.html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

/** Navigation start to the banner visible, polled every few milliseconds from the page's first moment. */
async function shownAt(browser: Browser, name: string, selector: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.addInitScript((sel: string) => {
      const w = window as unknown as { __shownAt?: number };
      const timer = setInterval(() => {
        const el = document.querySelector<HTMLElement>(sel);
        if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') {
          w.__shownAt = performance.now();
          clearInterval(timer);
        }
      }, 2);
    }, selector);
    await tab.goto(`${base}/${encodeURIComponent(name)}`);
    await tab.waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 10_000 });
    return await tab.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt);
  } catch (error) {
    throw new Error(`${name}: the banner did not appear (${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string }; beginData?: { url?: string } };
}
/** Chromium's trace events that run JavaScript, and those that style, lay out or paint (DevTools' "Scripting" and "Rendering"). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame']);
const RENDERING_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'ParseAuthorStyleSheet', 'PrePaint', 'Paint', 'HitTest']);

/**
 * The main thread's CPU time (ms) in one load, from a Chromium trace: `script` is the page's own
 * JavaScript (its files and inline scripts, without the style and layout a script forced), `main`
 * every task of the main thread, less the harness's own evaluations. Thread CPU time, not wall
 * time: on a shared machine a preempted thread's wall time says more about the neighbours.
 */
function mainThreadCpu(events: TraceEvent[]): { script: number; main: number } {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(`${base}/`));
  if (!parse) throw new Error('no ParseHTML of the page in the trace');
  const thread = events.filter((e) => e.ph === 'X' && e.pid === parse.pid && e.tid === parse.tid && e.tdur !== undefined).sort((a, b) => a.ts - b.ts);
  const within = (outer: TraceEvent, inner: TraceEvent) => inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
  const ownScript = (e: TraceEvent) => SCRIPT_EVENTS.has(e.name) && !!e.args?.data?.url?.startsWith(`${base}/`);
  const harness = (e: TraceEvent) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && !e.args?.data?.url;
  let script = 0;
  let main = 0;
  let scriptRoot: TraceEvent | undefined;
  let renderingRoot: TraceEvent | undefined;
  let harnessRoot: TraceEvent | undefined;
  let task: TraceEvent | undefined;
  for (const e of thread) {
    if (e.name === 'RunTask' && !(task && within(task, e))) {
      task = e;
      main += e.tdur!;
    }
    if (harness(e) && !(harnessRoot && within(harnessRoot, e))) {
      harnessRoot = e;
      main -= e.tdur!;
    }
    if (ownScript(e) && !(scriptRoot && within(scriptRoot, e))) {
      scriptRoot = e;
      script += e.tdur!;
    } else if (RENDERING_EVENTS.has(e.name) && scriptRoot && within(scriptRoot, e) && !(renderingRoot && within(renderingRoot, e))) {
      renderingRoot = e;
      script -= e.tdur!;
    }
  }
  return { script: script / 1000, main: main / 1000 };
}

/** One traced load, up to the banner shown and the page settled: its main thread's CPU time. */
async function mainThread(browser: Browser, name: string, selector: string): Promise<{ script: number; main: number; trackerRequests: number }> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    let trackerRequests = 0;
    tab.on('request', (request) => {
      if (new URL(request.url()).hostname !== '127.0.0.1') trackerRequests++;
    });
    await browser.startTracing(tab, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
    await tab.goto(`${base}/${encodeURIComponent(name)}`, { waitUntil: 'load' });
    await tab.locator(selector).first().waitFor({ state: 'visible', timeout: 10_000 });
    await tab.waitForTimeout(SETTLE_MS);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    if (name === WITH_BLOCKER) {
      const held = await tab.evaluate(() => document.querySelectorAll('[data-lf-held]').length);
      if (held !== HELD_TRACKERS) throw new Error(`${name}: the blocker held ${held} trackers, expected ${HELD_TRACKERS}`);
    }
    return { ...mainThreadCpu(trace.traceEvents), trackerRequests };
  } finally {
    await context.close();
  }
}

// Tracker hosts resolve nowhere: nothing leaves the machine, and nothing is intercepted either.
const browser = await launchBrowser(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);

/**
 * What the embed's empty CSP (the "Hold tracker tags written in the theme's HTML" setting, on by
 * default) costs a theme: Chromium stops fetching ahead for the whole page. A theme-like page (3
 * stylesheets and 4 scripts in <head>, 12 images) whose every file answers after RESOURCE_DELAY_MS,
 * loaded with and without the meta; the load event's median over RUNS loads each.
 */
const RESOURCE_DELAY_MS = 80;
async function lookAheadCost(): Promise<{ without: number; with: number }> {
  const files = ['s0.css', 's1.css', 's2.css', 'j0.js', 'j1.js', 'j2.js', 'j3.js'];
  const themePage = (meta: boolean) =>
    `<!doctype html><html><head>${meta ? '<meta http-equiv="Content-Security-Policy" content="">' : ''}` +
    files.map((f) => (f.endsWith('.css') ? `<link rel="stylesheet" href="/t/${f}">` : `<script src="/t/${f}"></script>`)).join('') +
    `</head><body><h1>Linen tote bag</h1>${Array.from({ length: 12 }, (_, i) => `<img src="/t/i${i}.gif" width="200" height="100" alt="">`).join('')}</body></html>`;
  const gif = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');
  const theme = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith('/t/')) return void res.writeHead(200, { 'Content-Type': 'text/html' }).end(themePage(url === '/meta'));
    const type = url.endsWith('.css') ? 'text/css' : url.endsWith('.js') ? 'text/javascript' : 'image/gif';
    setTimeout(() => res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(type === 'image/gif' ? gif : ''), RESOURCE_DELAY_MS);
  });
  await new Promise<void>((r) => theme.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(theme.address() as { port: number }).port}`;
  const loads: Record<'without' | 'with', number[]> = { without: [], with: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const variant of ['without', 'with'] as const) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${origin}/${variant === 'with' ? 'meta' : 'plain'}`, { waitUntil: 'load' });
      loads[variant].push(await tab.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart));
      await context.close();
    }
  }
  theme.close();
  return { without: median(loads.without), with: median(loads.with) };
}
const shown: Record<string, number[]> = {};
const script: Record<string, number[]> = {};
const main: Record<string, number[]> = {};
let trackerRequests = 0;
const names = Object.keys(pages);
for (let run = 0; run < RUNS; run++) {
  // A different order each run, so that no banner always follows the same one on a busy machine.
  for (const name of [...names.slice(run % names.length), ...names.slice(0, run % names.length)]) {
    const { selector } = pages[name]!;
    (shown[name] ??= []).push(await shownAt(browser, name, selector));
    const load = await mainThread(browser, name, selector);
    (script[name] ??= []).push(load.script);
    (main[name] ??= []).push(load.main);
    if (name === WITH_BLOCKER) trackerRequests += load.trackerRequests;
  }
  process.stderr.write(`run ${run + 1}/${RUNS} done\n`);
}
const lookAhead = await lookAheadCost();
await browser.close();
server.close();

const quartiles = (xs: number[], digits = 0) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor((s.length - 1) / 4)]!.toFixed(digits)}–${s[Math.ceil(((s.length - 1) * 3) / 4)]!.toFixed(digits)}`;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sizes: Record<string, { js: number; css: number } | undefined> = {
  Lawfully: ours,
  [WITH_BLOCKER]: ours,
  'Osano cookieconsent': peerSizes(osano.js, osano.css),
  'vanilla-cookieconsent': peerSizes(cc.js, cc.css),
  klaro: peerSizes(klaro.js, klaro.css),
};
const reference = median(shown['no banner (reference)']!);

console.log(
  `\nbench:storefront  headless Chromium over loopback, medians of ${RUNS} loads each (interquartile range in brackets); gzip -9 sizes, Lawfully's with what the embed inlines\n`,
);
console.log(
  `${'banner'.padEnd(36)}${'JS gzip'.padStart(9)}${'CSS gzip'.padStart(10)}${'shown at'.padStart(20)}${'vs none'.padStart(9)}${'script CPU'.padStart(22)}${'main CPU'.padStart(18)}`,
);
for (const name of names) {
  const t = median(shown[name]!);
  const size = sizes[name];
  console.log(
    name.padEnd(36) +
      (size ? kb(size.js) : '—').padStart(9) +
      (size ? kb(size.css) : '—').padStart(10) +
      `${t.toFixed(0)} ms (${quartiles(shown[name]!)})`.padStart(20) +
      (name.startsWith('no banner') ? '' : `${t >= reference ? '+' : ''}${(t - reference).toFixed(0)} ms`).padStart(9) +
      `${median(script[name]!).toFixed(1)} ms (${quartiles(script[name]!, 1)})`.padStart(22) +
      `${median(main[name]!).toFixed(0)} ms (${quartiles(main[name]!)})`.padStart(18),
  );
}

const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
const ourShown = median(shown.Lawfully!);
const osanoShown = median(shown['Osano cookieconsent']!);
const ourScript = median(script.Lawfully!);
const osanoScript = median(script['Osano cookieconsent']!);
const blockerScript = median(script[WITH_BLOCKER]!);
// Lawfully's and Osano's shown loads follow each other in every run: their difference load by load.
const paired = median(shown.Lawfully!.map((t, run) => t - shown['Osano cookieconsent']![run]!));
console.log(`\ngoals (issue 11), in this run:`);
console.log(
  `  Lawfully shown no later than Osano's:        ${ourShown.toFixed(0)} ms vs ${osanoShown.toFixed(0)} ms; load by load ${paired > 0 ? '+' : ''}${paired.toFixed(0)} ms  ${verdict(paired <= 0)}`,
);
console.log(
  `  less main-thread script than Osano's:        ${ourScript.toFixed(1)} ms vs ${osanoScript.toFixed(1)} ms CPU  ${verdict(ourScript < osanoScript)}`,
);
console.log(
  `  script with the blocker holding ${HELD_TRACKERS} trackers:  ${blockerScript.toFixed(1)} ms (${blockerScript >= ourScript ? '+' : ''}${(blockerScript - ourScript).toFixed(1)} ms CPU over Lawfully alone; Osano ${osanoScript.toFixed(1)} ms)` +
    (trackerRequests ? `; the browser still requested tracker URLs ${trackerRequests} times (fetched, never run)` : '; no tracker request left the page'),
);
console.log(
  `  budget: JS ${ours.js} B <= ${jsBudget} B ${verdict(ours.js <= jsBudget!)}, CSS ${ours.css} B <= ${cssBudget} B ${verdict(ours.css <= cssBudget!)}`,
);
for (const name of ['Osano cookieconsent', 'vanilla-cookieconsent', 'klaro']) {
  const peer = sizes[name]!;
  const beats = ours.js < peer.js && ours.css < peer.css && ourShown <= median(shown[name]!) && ourScript < median(script[name]!);
  console.log(`  against ${name}: smaller JS and CSS, shown no later, less script: ${verdict(beats)}`);
}
console.log(
  `\nthe embed's empty CSP (hold tracker tags written in the theme's HTML; on by default): a theme-like page whose 19 files each answer after ${RESOURCE_DELAY_MS} ms loads in ${lookAhead.with.toFixed(0)} ms with it, ${lookAhead.without.toFixed(0)} ms without (+${(lookAhead.with - lookAhead.without).toFixed(0)} ms, median of ${RUNS})`,
);
