/* Lawfully cookie banner. No dependencies. The theme renders the markup (a <template> from the
   consent-banner embed); this script only wires it up. Nothing tagged for a category runs before
   that category is granted: <script type="text/plain" data-lawfully-category="analytics"> and
   <iframe data-lawfully-category="marketing" data-src="…">. It must never break the shop's page:
   failures are warned, not thrown. */
(function () {
  var d = document, w = window, KEY = 'lawfully:consent', OPT = ['preferences', 'analytics', 'marketing'];
  var tpl = d.getElementById('lawfully-banner');
  if (!tpl || !tpl.content) return;
  var root = tpl.content.firstElementChild.cloneNode(true), cfg = root.dataset;
  var cv = +cfg.consentVersion || 0, pv = +cfg.policyVersion || 0;
  var state = read(), banner, dialog, reopen, back;

  function warn(what, e) { console.warn('Lawfully: ' + what, e || ''); }
  function $(sel, el) { return (el || d).querySelectorAll(sel); }
  function granted(k) { return k === 'necessary' || !!(state && state.c[k]); }
  function gtag() { (w.dataLayer = w.dataLayer || []).push(arguments); }

  function read() {
    try {
      var s = JSON.parse(localStorage.getItem(KEY));
      // A new consent version, or a category never answered, asks again (an unanswered category
      // must not silently count as a refusal).
      return s && s.v === cv && s.c && OPT.every(function (k) { return typeof s.c[k] === 'boolean'; }) ? s : null;
    } catch (e) { return null; }
  }

  /* Enforcement: tagged scripts and iframes stay inert until their category is granted. */
  function activate() {
    if (!state) return;
    $('script[type="text/plain"][data-lawfully-category]').forEach(function (old) {
      if (!granted(old.getAttribute('data-lawfully-category'))) return;
      var s = d.createElement('script'), a = old.attributes, i;
      for (i = 0; i < a.length; i++) if (a[i].name !== 'type') s.setAttribute(a[i].name, a[i].value);
      if (old.hasAttribute('data-type')) s.type = old.getAttribute('data-type');
      s.async = false; // keep the page's order between several tagged scripts
      s.text = old.text;
      old.parentNode.replaceChild(s, old);
    });
    $('iframe[data-lawfully-category][data-src]').forEach(function (f) {
      if (!granted(f.getAttribute('data-lawfully-category'))) return;
      f.src = f.getAttribute('data-src');
      f.removeAttribute('data-src');
    });
  }

  /* On withdrawal, the listed cookies of denied categories go ("_ga_<id>" is matched as a prefix). */
  function clearCookies() {
    var host = location.hostname.replace(/^www\./, '');
    OPT.forEach(function (k) {
      if (granted(k)) return;
      $('[data-cat="' + k + '"] code', root).forEach(function (code) {
        var listed = code.textContent, prefix = listed.split('<')[0];
        d.cookie.split(';').forEach(function (pair) {
          var name = pair.split('=')[0].trim();
          if (name && (name === listed || (prefix !== listed && name.indexOf(prefix) === 0))) {
            d.cookie = name + '=; Max-Age=0; path=/';
            d.cookie = name + '=; Max-Age=0; path=/; domain=.' + host;
          }
        });
      });
    });
  }

  /* Shopify's Customer Privacy API, loaded on demand; false when the page is not a Shopify shop. */
  function privacy(cb) {
    var S = w.Shopify;
    if (!S || !S.loadFeatures) return false;
    try {
      S.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], function (err) {
        if (err || !S.customerPrivacy) return warn('Customer Privacy API unavailable', err);
        try { cb(S.customerPrivacy); } catch (e) { warn('Customer Privacy API failed', e); }
      });
      return true;
    } catch (e) { warn('Customer Privacy API unavailable', e); return false; }
  }

  function signal(toShopify) {
    var c = state.c, g = function (on) { return on ? 'granted' : 'denied'; };
    gtag('consent', 'update', { analytics_storage: g(c.analytics), ad_storage: g(c.marketing), ad_user_data: g(c.marketing), ad_personalization: g(c.marketing), functionality_storage: g(c.preferences), personalization_storage: g(c.preferences) });
    // setTrackingConsent takes booleans; sale_of_data follows marketing (CCPA "do not sell").
    if (toShopify) privacy(function (api) {
      api.setTrackingConsent({ analytics: !!c.analytics, marketing: !!c.marketing, preferences: !!c.preferences, sale_of_data: !!c.marketing }, function (r) { if (r && r.error) warn('Shopify did not take the consent', r.error); });
    });
    try { w.dispatchEvent(new CustomEvent('lawfully:consent', { detail: { necessary: true, preferences: !!c.preferences, analytics: !!c.analytics, marketing: !!c.marketing } })); } catch (e) { warn('event failed', e); }
  }

  /* The consent log (GDPR art. 7(1): the shop must be able to show that consent was given). */
  function send() {
    try {
      fetch(cfg.proxy, {
        method: 'POST', keepalive: true, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ consentId: state.id, granted: ['necessary'].concat(OPT.filter(granted)), denied: OPT.filter(function (k) { return !granted(k); }), policyVersion: pv, consentVersion: cv, locale: cfg.locale })
      }).then(function (r) { if (!r.ok) warn('consent not logged (' + r.status + ')'); }, function (e) { warn('consent not logged', e); });
    } catch (e) { warn('consent not logged', e); }
  }

  function newId() {
    try { return crypto.randomUUID(); } catch (e) { return (Math.random().toString(36).slice(2) + Date.now().toString(36)).slice(0, 32); }
  }

  function choose(c) {
    state = { id: (state && state.id) || newId(), v: cv, c: c, t: Date.now() };
    try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode: asked again next visit */ }
    close();
    signal(true); activate(); clearCookies(); send();
  }
  function all(on) { var c = {}; OPT.forEach(function (k) { c[k] = on; }); return c; }

  /* The interface: banner, preferences dialog, and the small button that reopens it. */
  function show(el) {
    if (!back) back = d.activeElement;
    el.hidden = false;
    var f = el.querySelector('button,input:not([disabled])');
    if (f) f.focus();
  }
  function close() {
    var b = back;
    banner.hidden = dialog.hidden = true; reopen.hidden = false; back = null;
    (b && b !== d.body && b.focus && d.contains(b) ? b : reopen).focus();
  }
  function customise() {
    $('input[name]', dialog).forEach(function (i) { i.checked = granted(i.name); });
    banner.hidden = true;
    show(dialog);
  }

  function onClick(e) {
    var a = e.target.closest && e.target.closest('[data-lf]'), act = a && a.getAttribute('data-lf'), c = {};
    if (act === 'accept') choose(all(true));
    else if (act === 'reject') choose(all(false));
    else if (act === 'customise' || act === 'open') customise();
    else if (act === 'save') { OPT.forEach(function (k) { c[k] = dialog.querySelector('input[name="' + k + '"]').checked; }); choose(c); }
  }

  function onKey(e) {
    if (dialog.hidden) return;
    if (e.key === 'Escape') { // back to the banner, or out when a choice was already made
      dialog.hidden = true;
      if (state) close(); else show(banner);
      return;
    }
    if (e.key !== 'Tab') return;
    // aria-modal: focus stays inside the dialog.
    var f = $('button,input:not([disabled]),summary,a[href]', dialog), first = f[0], last = f[f.length - 1];
    if (e.shiftKey && d.activeElement === first) { last.focus(); e.preventDefault(); }
    else if (!e.shiftKey && d.activeElement === last) { first.focus(); e.preventDefault(); }
  }

  function start() {
    d.body.appendChild(root);
    banner = root.querySelector('.lf-banner'); dialog = root.querySelector('.lf-dialog'); reopen = root.querySelector('.lf-reopen');
    root.addEventListener('click', onClick);
    root.addEventListener('keydown', onKey);
    if (state) { reopen.hidden = false; return; }
    if (!('onlyWhereRequired' in cfg)) return show(banner);
    // "Only where required": Shopify decides from the visitor's region. Where no banner is
    // required, the region's defaults apply until the visitor opens the settings.
    var decided = privacy(function (api) {
      if (state) return;
      if (api.shouldShowBanner()) return show(banner);
      state = { c: { preferences: !!api.preferencesProcessingAllowed(), analytics: !!api.analyticsProcessingAllowed(), marketing: !!api.marketingAllowed() } };
      reopen.hidden = false;
      signal(false); activate();
    });
    if (!decided) show(banner);
  }

  if (state) { signal(true); activate(); }
  new MutationObserver(function () { if (state) activate(); }).observe(d.documentElement, { childList: true, subtree: true });
  // The stylesheet is fetched here so it never blocks the page; the banner (a fixed overlay, so
  // no layout shift) appears once its styles are in.
  var css = d.createElement('link');
  css.rel = 'stylesheet'; css.href = cfg.css;
  css.onload = css.onerror = function () {
    css.onload = css.onerror = null;
    try { start(); } catch (e) { warn('banner failed', e); }
  };
  d.head.appendChild(css);
})();
