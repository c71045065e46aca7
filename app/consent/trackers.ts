// The known trackers: which hosts serve a vendor's tag or receive its beacons, and the consent
// category it needs. The storefront banner holds back any script, iframe or pixel from these hosts
// until the visitor grants the category, without the merchant tagging anything; the storefront
// scan names the vendor behind each request. Compiled from each vendor's own documentation
// (`source`); where the documentation names no host and the host comes from the vendor's published
// snippet, the source says so. A merchant's additions and changes (Cookies page) win over these.

export type TrackerCategory = 'analytics' | 'marketing' | 'preferences';

export interface KnownTracker {
  /** A hostname; it also covers its subdomains ("hotjar.com" covers "script.hotjar.com"). */
  host: string;
  vendor: string;
  category: TrackerCategory;
  source: string;
}

const GOOGLE_TAG_CSP = 'https://developers.google.com/tag-platform/security/guides/csp';
const HOTJAR_CSP = 'https://help.hotjar.com/hc/en-us/articles/115011640307-Content-Security-Policy-CSP';
const META_PIXEL = 'https://developers.facebook.com/docs/meta-pixel/get-started';
const TIKTOK_PIXEL = 'https://ads.tiktok.com/help/article/using-cookies-with-tiktok-pixel';
const PINTEREST_TAG = 'https://help.pinterest.com/en/business/article/pinterest-tag-parameters-and-cookies';
const SNAP_PIXEL =
  'https://businesshelp.snapchat.com/s/article/pixel-direct-implementation (host from the published snippet; not checked against a documented host list)';
const MS_UET = 'https://help.ads.microsoft.com/#apex/ads/en/56686/2 (UET tag snippet loads bat.bing.com/bat.js)';
const CLARITY = 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/cookie-consent';
const KLAVIYO = 'https://help.klaviyo.com/hc/en-us/articles/360034666712';
const CRITEO = 'https://help.criteo.com/kb/guide/en/criteo-onetag (host from the OneTag snippet; not checked against a documented host list)';
const LINKEDIN = 'https://www.linkedin.com/help/lms/answer/a418880 (Insight Tag snippet: snap.licdn.com/li.lms-analytics/insight.min.js, px.ads.linkedin.com)';
const X_PIXEL =
  'https://business.x.com/en/help/campaign-measurement-and-analytics/conversion-tracking-for-websites (hosts from the published snippet; not checked against a documented host list)';
const REDDIT =
  'https://business.reddithelp.com/s/article/Install-the-Reddit-Pixel-on-your-website (host from the published snippet; not checked against a documented host list)';
const TABOOLA =
  'https://help.taboola.com/hc/en-us/articles/115006880507-Implementing-the-Taboola-Pixel (hosts from the published snippet; not checked against a documented host list)';
const OUTBRAIN = 'https://www.outbrain.com/help/advertisers/outbrain-pixel/ (hosts from the published snippet; not checked against a documented host list)';
const YANDEX =
  'https://yandex.com/support/metrica/code/counter-initialize.html (host from the published counter code; not checked against a documented host list)';
const HUBSPOT = 'https://knowledge.hubspot.com/domains-and-urls/ssl-and-domain-security-in-hubspot (CSP host list; not rechecked in this session)';
const MIXPANEL = 'https://docs.mixpanel.com/docs/tracking-methods/sdks/javascript (hosts from the SDK docs; not rechecked in this session)';
const SEGMENT =
  'https://www.twilio.com/docs/segment/connections/sources/catalog/libraries/website/javascript (hosts from the snippet; not rechecked in this session)';
const FULLSTORY = 'https://help.fullstory.com/hc/en-us/articles/360020622854 (CSP host list; not rechecked in this session)';
const LUCKY_ORANGE =
  'https://developers.luckyorange.com/libraries/browser/cookies-storage (host from the published tracking code; not checked against a documented host list)';

const t = (host: string, vendor: string, category: TrackerCategory, source: string): KnownTracker => ({ host, vendor, category, source });

export const knownTrackers: readonly KnownTracker[] = [
  // Google: gtag.js / GA4 and Tag Manager are served from googletagmanager.com; GA4 collects on
  // google-analytics.com and analytics.google.com; Ads and Floodlight use these others (CSP guide).
  t('googletagmanager.com', 'Google Analytics', 'analytics', GOOGLE_TAG_CSP),
  t('google-analytics.com', 'Google Analytics', 'analytics', GOOGLE_TAG_CSP),
  t('analytics.google.com', 'Google Analytics', 'analytics', GOOGLE_TAG_CSP),
  t('googleadservices.com', 'Google Ads', 'marketing', GOOGLE_TAG_CSP),
  t('doubleclick.net', 'Google Ads (DoubleClick)', 'marketing', GOOGLE_TAG_CSP),
  t('googlesyndication.com', 'Google Ads (AdSense)', 'marketing', GOOGLE_TAG_CSP),
  // Meta Pixel: fbevents.js from connect.facebook.net, events to facebook.com/tr.
  t('connect.facebook.net', 'Meta', 'marketing', META_PIXEL),
  t('facebook.com', 'Meta', 'marketing', META_PIXEL),
  t('analytics.tiktok.com', 'TikTok', 'marketing', TIKTOK_PIXEL),
  t('s.pinimg.com', 'Pinterest', 'marketing', PINTEREST_TAG),
  t('ct.pinterest.com', 'Pinterest', 'marketing', PINTEREST_TAG),
  t('sc-static.net', 'Snap', 'marketing', SNAP_PIXEL),
  t('tr.snapchat.com', 'Snap', 'marketing', SNAP_PIXEL),
  t('bat.bing.com', 'Microsoft Advertising', 'marketing', MS_UET),
  t('clarity.ms', 'Microsoft Clarity', 'analytics', CLARITY),
  // Hotjar's CSP article lists *.hotjar.com and *.hotjar.io (script, connect, img, frame).
  t('hotjar.com', 'Hotjar', 'analytics', HOTJAR_CSP),
  t('hotjar.io', 'Hotjar', 'analytics', HOTJAR_CSP),
  t('static.klaviyo.com', 'Klaviyo', 'marketing', KLAVIYO),
  t('static-tracking.klaviyo.com', 'Klaviyo', 'marketing', KLAVIYO),
  t('a.klaviyo.com', 'Klaviyo', 'marketing', KLAVIYO),
  t('static.criteo.net', 'Criteo', 'marketing', CRITEO),
  t('criteo.com', 'Criteo', 'marketing', CRITEO),
  t('snap.licdn.com', 'LinkedIn', 'marketing', LINKEDIN),
  t('px.ads.linkedin.com', 'LinkedIn', 'marketing', LINKEDIN),
  t('static.ads-twitter.com', 'X (Twitter)', 'marketing', X_PIXEL),
  t('analytics.twitter.com', 'X (Twitter)', 'marketing', X_PIXEL),
  t('t.co', 'X (Twitter)', 'marketing', X_PIXEL),
  t('redditstatic.com', 'Reddit', 'marketing', REDDIT),
  t('alb.reddit.com', 'Reddit', 'marketing', REDDIT),
  t('cdn.taboola.com', 'Taboola', 'marketing', TABOOLA),
  t('trc.taboola.com', 'Taboola', 'marketing', TABOOLA),
  t('amplify.outbrain.com', 'Outbrain', 'marketing', OUTBRAIN),
  t('tr.outbrain.com', 'Outbrain', 'marketing', OUTBRAIN),
  t('mc.yandex.ru', 'Yandex Metrica', 'analytics', YANDEX),
  t('js.hs-scripts.com', 'HubSpot', 'marketing', HUBSPOT),
  t('js.hs-analytics.net', 'HubSpot', 'marketing', HUBSPOT),
  t('track.hubspot.com', 'HubSpot', 'marketing', HUBSPOT),
  t('cdn.mxpnl.com', 'Mixpanel', 'analytics', MIXPANEL),
  t('api-js.mixpanel.com', 'Mixpanel', 'analytics', MIXPANEL),
  t('cdn.segment.com', 'Segment', 'analytics', SEGMENT),
  t('api.segment.io', 'Segment', 'analytics', SEGMENT),
  t('fullstory.com', 'FullStory', 'analytics', FULLSTORY),
  t('luckyorange.com', 'Lucky Orange', 'analytics', LUCKY_ORANGE),
  t('luckyorange.net', 'Lucky Orange', 'analytics', LUCKY_ORANGE),
];

/**
 * Cookies each vendor documents setting on the shop's domain; a trailing `*` is a prefix. The
 * banner deletes them when their category is refused or withdrawn.
 */
export const knownTrackerCookies: Readonly<Record<string, { category: TrackerCategory; cookies: readonly string[]; source: string }>> = {
  'Google Analytics': {
    category: 'analytics',
    cookies: ['_ga', '_ga_*', '_gid', '_gat*', '_dc_gtm_*'],
    source: 'https://support.google.com/analytics/answer/11397207',
  },
  'Google Ads': { category: 'marketing', cookies: ['_gcl_au', '_gcl_aw', '_gcl_dc', '_gac_*'], source: 'https://support.google.com/analytics/answer/11397207' },
  Meta: {
    category: 'marketing',
    cookies: ['_fbp', '_fbc'],
    source: 'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/fbp-and-fbc/',
  },
  TikTok: { category: 'marketing', cookies: ['_ttp', '_tt_enable_cookie', 'ttcsid*'], source: TIKTOK_PIXEL },
  Pinterest: { category: 'marketing', cookies: ['_pin_unauth', '_epik', '_derived_epik', '_pinterest_ct_ua'], source: PINTEREST_TAG },
  Snap: { category: 'marketing', cookies: ['_scid', '_scid_r', '_sctr'], source: SNAP_PIXEL },
  'Microsoft Advertising': { category: 'marketing', cookies: ['_uetsid', '_uetvid', '_uetmsclkid'], source: MS_UET },
  'Microsoft Clarity': { category: 'analytics', cookies: ['_clck', '_clsk'], source: CLARITY },
  Hotjar: {
    category: 'analytics',
    cookies: ['_hjSession*', '_hjSessionUser*', '_hjid', '_hjTLDTest', '_hjIncludedInSessionSample*', '_hjAbsoluteSessionInProgress', '_hjFirstSeen'],
    source: 'https://help.hotjar.com/hc/en-us/articles/6952777582999-Cookies-Set-by-the-Hotjar-Tracking-Code',
  },
  Klaviyo: { category: 'marketing', cookies: ['__kla_id'], source: KLAVIYO },
  Criteo: { category: 'marketing', cookies: ['cto_bundle'], source: CRITEO },
  LinkedIn: { category: 'marketing', cookies: ['li_fat_id', '_li_dcdm_c', 'li_sugr'], source: LINKEDIN },
  'X (Twitter)': { category: 'marketing', cookies: ['_twclid', 'muc_ads'], source: X_PIXEL },
  Reddit: { category: 'marketing', cookies: ['_rdt_uuid'], source: REDDIT },
  'Yandex Metrica': { category: 'analytics', cookies: ['_ym_uid', '_ym_d', '_ym_isad', '_ym_visorc'], source: YANDEX },
  HubSpot: { category: 'marketing', cookies: ['__hstc', 'hubspotutk', '__hssc', '__hssrc'], source: HUBSPOT },
  Mixpanel: { category: 'analytics', cookies: ['mp_*'], source: MIXPANEL },
  Segment: { category: 'analytics', cookies: ['ajs_anonymous_id', 'ajs_user_id'], source: SEGMENT },
  FullStory: { category: 'analytics', cookies: ['fs_uid', 'fs_lua'], source: FULLSTORY },
  'Lucky Orange': { category: 'analytics', cookies: ['lo-uid', 'lo-visits'], source: 'https://developers.luckyorange.com/libraries/browser/cookies-storage' },
};

/** `hostname` is `host` or one of its subdomains (never "nothotjar.com" for "hotjar.com"). */
export const hostCovers = (host: string, hostname: string): boolean => hostname === host || hostname.endsWith(`.${host}`);

/**
 * The tracker a hostname belongs to: the most specific (longest) host that covers it, the
 * merchant's `extra` entries winning over the known ones at the same or any length.
 */
export function trackerForHost(hostname: string, extra: readonly KnownTracker[] = []): KnownTracker | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  const best = (list: readonly KnownTracker[]) =>
    list.filter((tracker) => hostCovers(tracker.host.toLowerCase(), name)).sort((a, b) => b.host.length - a.host.length)[0];
  return best(extra) ?? best(knownTrackers);
}
