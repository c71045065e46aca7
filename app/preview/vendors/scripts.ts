// What the vendor stand-in answers in place of the real vendors: small scripts that behave, as
// seen from the browser, like gtag.js, fbevents.js and Hotjar's tracking code — the same
// first-party cookies (names and lifetimes from each vendor's cookie documentation) and beacons
// to the same hosts — and the beacons' answers. Nothing here is the vendors' code.

export interface VendorAnswer {
  status: number;
  type: string;
  body: string | Buffer;
  /** answer cross-origin reads (fetch with CORS) */
  cors?: boolean;
}

const setCookie = `function setCookie(name, value, seconds) { document.cookie = name + '=' + value + '; max-age=' + seconds + '; path=/; SameSite=Lax'; }
function random() { return Math.floor(Math.random() * 2147483647); }
var now = Math.floor(Date.now() / 1000);`;

const YEAR = 365 * 24 * 3600;

/** gtag.js: _ga and _ga_<container> for 2 years (support.google.com/analytics/answer/11397207), a page_view to /g/collect. */
const gtag = `(function () {
${setCookie}
var src = (document.currentScript && document.currentScript.src) || '';
var id = (/[?&]id=([^&]+)/.exec(src) || [])[1] || 'G-UNKNOWN';
var clientId = random() + '.' + now;
setCookie('_ga', 'GA1.1.' + clientId, ${2 * YEAR});
setCookie('_ga_' + id.replace(/^G-/, ''), 'GS1.1.' + now + '.1.0.' + now + '.0.0.0', ${2 * YEAR});
navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=' + id + '&cid=' + clientId + '&en=page_view');
})();`;

/** fbevents.js: _fbp for 90 days (developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc), events as image beacons to facebook.com/tr. */
const fbevents = `(function () {
${setCookie}
var fbp = 'fb.1.' + Date.now() + '.' + random();
setCookie('_fbp', fbp, ${90 * 24 * 3600});
var pixel;
function handle(args) {
  if (args[0] === 'init') pixel = args[1];
  if (args[0] === 'track') new Image().src = 'https://www.facebook.com/tr/?id=' + pixel + '&ev=' + encodeURIComponent(args[1]) + '&fbp=' + fbp;
}
var fbq = window.fbq;
var queued = (fbq && fbq.queue) || [];
if (fbq) fbq.callMethod = function () { handle(arguments); };
for (var i = 0; i < queued.length; i++) handle(queued[i]);
})();`;

/** Hotjar's loader: _hjSessionUser_<id> for a year, _hjSession_<id> for 30 minutes (help.hotjar.com, cookies set by the tracking code), then its modules script. */
const hotjarLoader = (site: string) => `(function () {
${setCookie}
setCookie('_hjSessionUser_${site}', btoa(JSON.stringify({ id: String(random()), created: Date.now(), existing: false })), ${YEAR});
setCookie('_hjSession_${site}', btoa(JSON.stringify({ id: String(random()), c: Date.now(), s: 0, r: 0, sb: 0 })), 1800);
var modules = document.createElement('script');
modules.async = true;
modules.src = 'https://script.hotjar.com/modules.lawfully-standin.js';
document.head.appendChild(modules);
})();`;

/** Hotjar's modules: the visit data sent to in.hotjar.com. */
const hotjarModules = `(function () {
var site = (window._hjSettings && window._hjSettings.hjid) || 0;
fetch('https://in.hotjar.com/api/v2/client/sites/' + site + '/visit-data?sv=' + ((window._hjSettings && window._hjSettings.hjsv) || 6), { method: 'POST', mode: 'cors', body: JSON.stringify({ page: location.pathname }) }).catch(function () {});
})();`;

// A transparent 1×1 GIF, the answer image beacons expect.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const script = (body: string): VendorAnswer => ({ status: 200, type: 'application/javascript', body });

/** The answer for a request to `host` at `path`; undefined for anything the vendors would not serve. */
export function vendorAnswer(host: string, path: string): VendorAnswer | undefined {
  if (host === 'www.googletagmanager.com' && path === '/gtag/js') return script(gtag);
  if (host.endsWith('google-analytics.com') && path === '/g/collect') return { status: 204, type: 'text/plain', body: '' };
  if (host === 'connect.facebook.net' && /^\/[a-z]{2}_[A-Z]{2}\/fbevents\.js$/.test(path)) return script(fbevents);
  if (host === 'www.facebook.com' && /^\/tr\/?$/.test(path)) return { status: 200, type: 'image/gif', body: PIXEL };
  const hotjar = /^\/c\/hotjar-(\d+)\.js$/.exec(path);
  if (host === 'static.hotjar.com' && hotjar?.[1]) return script(hotjarLoader(hotjar[1]));
  if (host === 'script.hotjar.com' && path.startsWith('/modules')) return script(hotjarModules);
  if (host === 'in.hotjar.com' && path.startsWith('/api/v2/client/sites/'))
    return { status: 200, type: 'application/json', body: '{"success":true}', cors: true };
  return undefined;
}

/** Every host the stand-in answers for: the local preview's Chromium sends these to it. */
export const VENDOR_HOSTS = [
  'www.googletagmanager.com',
  'region1.google-analytics.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'static.hotjar.com',
  'script.hotjar.com',
  'in.hotjar.com',
] as const;
