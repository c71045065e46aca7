// npm run bench:storefront
//
// Lawfully's cookie banner beside three open-source peers measured in the same run: Osano's
// cookieconsent, vanilla-cookieconsent (orestbida) and klaro (kiprotect), installed as dev
// dependencies.
// Prints the gzip size of each one's JavaScript and CSS, and the time from navigation start to
// the banner being visible in headless Chromium (median of several loads of the same minimal
// page, served over loopback), plus the same page without any banner for reference.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { launchBrowser } from '../support/browser.ts';
import { extensionDir, renderBlock } from '../../app/storefront/liquid.ts';
import { consentCategories } from '../../app/consent/categories.ts';

const require = createRequire(import.meta.url);
const file = (path: string) => readFileSync(path);
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;
const RUNS = Number(process.env.RUNS ?? 15);

const ours = { js: file(`${extensionDir}assets/lawfully-consent.js`), css: file(`${extensionDir}assets/lawfully-consent.css`) };
const cc = {
  js: file(require.resolve('vanilla-cookieconsent/dist/cookieconsent.umd.js')),
  css: file(require.resolve('vanilla-cookieconsent/dist/cookieconsent.css')),
};
const osano = {
  js: file(require.resolve('cookieconsent/build/cookieconsent.min.js')),
  css: file(require.resolve('cookieconsent/build/cookieconsent.min.css')),
};
const klaro = { js: file(require.resolve('klaro/dist/klaro-no-css.js')), css: file(require.resolve('klaro/dist/klaro.min.css')) };

const body = '<main><h1>Product</h1><p>' + 'A sturdy linen tote. '.repeat(40) + '</p></main>';
const page = (head: string, tail = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,">${head}</head><body>${body}${tail}</body></html>`;

const pages: Record<string, { html: string; selector: string }> = {
  'no banner (reference)': { html: page(''), selector: 'main' },
  Lawfully: {
    html: page(
      await renderBlock('consent-banner', {
        policy: { version: 1, consentVersion: 1, lastUpdated: '2026-11-25', locales: {}, categories: consentCategories.map((key) => ({ key, cookies: [] })) },
        locale: 'en',
        assetBase: '/ours/',
      }),
    ),
    selector: '.lf-banner:not([hidden])',
  },
  'Osano cookieconsent': {
    html: page('<link rel="stylesheet" href="/osano/cc.css"><script defer src="/osano/cc.js"></script>', '<script defer src="/osano/init.js"></script>'),
    selector: '.cc-window:not(.cc-invisible)',
  },
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
  '/ours/lawfully-consent.js': ['js', ours.js],
  '/ours/lawfully-consent.css': ['css', ours.css],
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
    // Compressed as a CDN would serve it.
    res.writeHead(200, { 'Content-Type': asset[0] === 'js' ? 'text/javascript' : 'text/css', 'Content-Encoding': 'gzip' }).end(gzipSync(asset[1]));
    return;
  }
  const name = decodeURIComponent(url.slice(1));
  const entry = pages[name];
  if (!entry) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(entry.html);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

const browser = await launchBrowser();
const times: Record<string, number[]> = {};
for (let run = 0; run < RUNS; run++) {
  for (const [name, { selector }] of Object.entries(pages)) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.addInitScript((sel: string) => {
      const w = window as unknown as { __shownAt?: number };
      // Polled every few milliseconds from the first moment of the page.
      const timer = setInterval(() => {
        const el = document.querySelector<HTMLElement>(sel);
        if (el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') {
          w.__shownAt = performance.now();
          clearInterval(timer);
        }
      }, 2);
    }, selector);
    await tab.goto(`${base}/${encodeURIComponent(name)}`);
    await tab
      .waitForFunction(() => (window as unknown as { __shownAt?: number }).__shownAt !== undefined, undefined, { timeout: 10_000 })
      .catch((error: unknown) => {
        throw new Error(`${name}: the banner did not appear (${error instanceof Error ? error.message : String(error)})`);
      });
    (times[name] ??= []).push(await tab.evaluate(() => (window as unknown as { __shownAt: number }).__shownAt));
    await context.close();
  }
}
await browser.close();
server.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const reference = median(times['no banner (reference)']!);
console.log(`\nbench:storefront  gzip -9 sizes; time from navigation start to banner visible, median of ${RUNS} loads (headless Chromium, loopback)\n`);
console.log(`${'banner'.padEnd(24)}${'JS gzip'.padStart(10)}${'CSS gzip'.padStart(10)}${'shown at'.padStart(11)}${'vs no banner'.padStart(14)}`);
const row = (name: string, js?: Buffer, css?: Buffer) => {
  const t = median(times[name]!);
  console.log(
    `${name.padEnd(24)}${(js ? `${(gz(js) / 1024).toFixed(1)} KB` : '—').padStart(10)}${(css ? `${(gz(css) / 1024).toFixed(1)} KB` : '—').padStart(10)}${`${t.toFixed(0)} ms`.padStart(11)}${(name.startsWith('no banner') ? '' : `+${(t - reference).toFixed(0)} ms`).padStart(14)}`,
  );
};
row('no banner (reference)');
row('Lawfully', ours.js, ours.css);
row('Osano cookieconsent', osano.js, osano.css);
row('vanilla-cookieconsent', cc.js, cc.css);
row('klaro', klaro.js, klaro.css);
console.log(`\nbudget: Lawfully JS <= 5 KB ${gz(ours.js) <= 5120 ? 'met' : 'MISSED'}, CSS <= 2 KB ${gz(ours.css) <= 2048 ? 'met' : 'MISSED'}`);
const peers = { 'Osano cookieconsent': osano, 'vanilla-cookieconsent': cc, klaro };
const ourTime = median(times.Lawfully!);
for (const [name, peer] of Object.entries(peers)) {
  const beats = gz(ours.js) < gz(peer.js) && gz(ours.css) < gz(peer.css) && ourTime < median(times[name]!);
  console.log(`against ${name}: smaller JS, smaller CSS and shown sooner ${beats ? 'met' : 'MISSED'}`);
}
