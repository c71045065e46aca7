// Renders the theme extension's Liquid blocks with liquidjs, standing in for the Online Store:
// the objects and filters the blocks use (app.metafields, block.settings with the schema's
// defaults, request.locale, request.design_mode, customer, shop; t, asset_url, stylesheet_tag,
// script_tag, preload_tag, json, escape). A pure render: the local preview and tests serve it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Liquid, Tag, type TagToken, type TopLevelToken } from 'liquidjs';
import type { ConsentCategory } from '../consent/categories.ts';
import { escapeHtml } from '../platform/html.ts';

export const extensionDir = fileURLToPath(new URL('../../extensions/lawfully-theme/', import.meta.url));
export const STOREFRONT_LOCALES = ['en', 'de', 'fr', 'lv', 'es', 'it', 'nl', 'pl'] as const;
export type StorefrontLocale = (typeof STOREFRONT_LOCALES)[number];
export const BLOCKS = ['consent-banner', 'privacy-policy', 'data-request'] as const;
export type BlockName = (typeof BLOCKS)[number];

/** The app-owned metafield `app.metafields.lawfully.policy.value` (written by app/policy/publish.ts). */
export interface PolicyMetafield {
  version: number;
  lastUpdated: string;
  consentVersion: number;
  /** the merchant's first policy language, shown where the shopper's was not published (absent in older metafields: English) */
  defaultLocale?: StorefrontLocale;
  locales: Partial<Record<StorefrontLocale, { title: string; html: string }>>;
  /** Every consent category in the banner's order; `required` (granted without asking) is absent in older metafields, where it meant `necessary`. */
  categories: Array<{ key: ConsentCategory; required?: true; cookies: PolicyCookie[] }>;
}

/**
 * `purpose` and `expiry` are in English; `localized` holds the published languages' texts where
 * they differ. A metafield written before `localized` existed has the English texts only.
 */
export interface PolicyCookie {
  name: string;
  provider: string;
  purpose: string;
  expiry: string;
  localized?: Partial<Record<StorefrontLocale, { purpose?: string; expiry?: string }>>;
}

/** Every block setting by id (ids are unique across the three blocks); see each block's {% schema %}. */
export interface BlockSettings {
  position: 'bottom' | 'bottom-left' | 'bottom-right' | 'center';
  background: string;
  text: string;
  button: string;
  button_text: string;
  title: string;
  message: string;
  policy_url: string;
  only_where_required: boolean;
  hold_html_trackers: boolean;
  show_version: boolean;
  heading: string;
  accent: string;
}

export interface BlockSchema {
  name: string;
  target: string;
  settings: Array<{ id: keyof BlockSettings; type: string; default?: unknown }>;
}

export interface StorefrontRender {
  /** the metafield's value, or null before the merchant's first publish */
  policy: PolicyMetafield | Record<string, unknown> | null;
  /**
   * Settings the merchant changed in the theme editor: flat (each block takes the ids its schema
   * declares) and/or per block name, e.g. `{ position: 'center' }` or `{ 'consent-banner': { position: 'center' } }`.
   */
  settings?: Partial<BlockSettings> & { [block in BlockName]?: Partial<BlockSettings> | Record<string, unknown> };
  locale: StorefrontLocale;
  customer?: { id: string; email: string } | null;
  /** URL prefix under which extensions/lawfully-theme/assets/ is served, e.g. '/preview/extension-assets/' */
  assetBase: string;
  /** the theme editor (request.design_mode): merchant-facing notices show */
  designMode?: boolean;
}

type Json = Record<string, unknown>;

const readText = (path: string) => readFileSync(`${extensionDir}${path}`, 'utf8');
const translations = (locale: string): Json => JSON.parse(readText(`locales/${locale === 'en' ? 'en.default' : locale}.json`)) as Json;
const blockSource = (name: string) => readText(`blocks/${name}.liquid`);

/** The block's {% schema %} JSON: its target and its settings with their defaults. */
export function readBlockSchema(name: string): BlockSchema {
  const match = /{%-?\s*schema\s*-?%}([\s\S]*?){%-?\s*endschema\s*-?%}/.exec(blockSource(name));
  if (!match) throw new Error(`blocks/${name}.liquid has no {% schema %}`);
  const [, body = ''] = match;
  return JSON.parse(body) as BlockSchema;
}

function lookup(table: Json, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Json | undefined)?.[part], table);
}

/** liquidjs passes a filter's named arguments (`t: count: 2`) as [name, value] pairs. */
const namedArgs = (args: unknown[]) => Object.fromEntries(args.filter(Array.isArray) as Array<[string, unknown]>);

/** A filter argument as text: strings and numbers as written, anything else (objects, nil) as nothing. */
const argText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Shopify's `t`: plural forms by CLDR rule when `count` is given; arguments escaped unless the key ends in `_html`. */
function translate(locale: StorefrontLocale) {
  const strings = translations(locale);
  const fallback = translations('en');
  const plural = new Intl.PluralRules(locale);
  return (key: string, ...args: unknown[]) => {
    const named = namedArgs(args);
    let value = lookup(strings, key) ?? lookup(fallback, key);
    if (value && typeof value === 'object' && typeof named.count === 'number') {
      const forms = value as Json;
      value = forms[named.count === 0 && 'zero' in forms ? 'zero' : plural.select(named.count)] ?? forms.other;
    }
    if (typeof value !== 'string') return `translation missing: ${locale}.${key}`;
    const raw = key.endsWith('_html');
    return value.replace(/{{\s*(\w+)\s*}}/g, (_m, name: string) => (raw ? argText(named[name]) : escapeHtml(argText(named[name]))));
  };
}

/** {% schema %} is read by Shopify, never rendered. */
class SchemaTag extends Tag {
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    while (remain.length) {
      const next = remain.shift() as TagToken;
      if (next.name === 'endschema') return;
    }
    throw new Error('{% schema %} without {% endschema %}');
  }
  render() {
    return '';
  }
}

const engines = new Map<string, Liquid>();
function engine(locale: StorefrontLocale, assetBase: string): Liquid {
  const cacheKey = `${locale} ${assetBase}`;
  const cached = engines.get(cacheKey);
  if (cached) return cached;
  const liquid = new Liquid({ strictFilters: true, cache: true });
  liquid.registerTag('schema', SchemaTag);
  liquid.registerFilter('t', translate(locale));
  liquid.registerFilter('asset_url', (file: string) => `${assetBase}${file}`);
  liquid.registerFilter('stylesheet_tag', (url: string) => `<link href="${url}" rel="stylesheet" type="text/css" media="all" />`);
  liquid.registerFilter('script_tag', (url: string) => `<script src="${url}" type="text/javascript"></script>`);
  liquid.registerFilter(
    'preload_tag',
    (url: string, ...args: unknown[]) => `<link href="${url}" rel="preload" as="${escapeHtml(argText(namedArgs(args).as) || 'script')}">`,
  );
  // Safe inside <script>: no "</script>" can close the element early.
  liquid.registerFilter('json', (value: unknown) =>
    JSON.stringify(value ?? null)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026'),
  );
  engines.set(cacheKey, liquid);
  return liquid;
}

/** Renders one block of the extension as the Online Store would, with the schema's defaults under the given settings. */
export async function renderBlock(name: BlockName, input: StorefrontRender): Promise<string> {
  const schema = readBlockSchema(name);
  const settings: Json = {};
  const flat = (input.settings ?? {}) as Record<string, unknown>;
  const own = (input.settings?.[name] ?? {}) as Record<string, unknown>;
  for (const setting of schema.settings) {
    const given = own[setting.id] ?? flat[setting.id];
    if (given !== undefined) settings[setting.id] = given;
    else if (setting.default !== undefined) settings[setting.id] = setting.default;
  }
  const html: unknown = await engine(input.locale, input.assetBase).parseAndRender(blockSource(name), {
    app: { metafields: { lawfully: { policy: input.policy ? { value: input.policy } : null } } },
    block: { id: name.replace(/\W/g, '_'), settings },
    request: { locale: { iso_code: input.locale }, design_mode: Boolean(input.designMode) },
    customer: input.customer ?? null,
    shop: { name: 'Lawfully demo store', permanent_domain: 'lawfully-demo.myshopify.com', locale: input.locale },
  });
  return typeof html === 'string' ? html : '';
}

/** A demo storefront page: the banner embed first in <head> (compliance_head), the policy and request-form blocks in the body. */
export async function renderStorefrontPreview(input: StorefrontRender & { extraHead?: string; extraBody?: string }): Promise<string> {
  const [banner, policy, form] = await Promise.all([
    renderBlock('consent-banner', input),
    renderBlock('privacy-policy', input),
    renderBlock('data-request', input),
  ]);
  const signIn = input.customer
    ? `Signed in as ${escapeHtml(input.customer.email)} (<a href="?logout=1">sign out</a>)`
    : '<a href="?login=7000000001">Sign in as a demo customer</a>';
  return `<!doctype html>
<html lang="${input.locale}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
${banner}
<title>Lawfully demo store</title><link rel="icon" href="data:,">
<style>body{font:16px/1.5 Georgia,serif;margin:0;color:#1a1a1a}header,main,footer{max-width:820px;margin:0 auto;padding:16px 20px}header{border-bottom:1px solid #ddd}
.lawfully-request input,.lawfully-request select,.lawfully-request textarea{font:inherit;padding:8px;width:100%;max-width:480px;box-sizing:border-box}
a{color:#0b57a4}:focus-visible{outline:3px solid #005fcc;outline-offset:2px}</style>
${input.extraHead ?? ''}
</head>
<body>
<header><strong>Lawfully demo store</strong> · ${STOREFRONT_LOCALES.map((code) => `<a href="?locale=${code}" hreflang="${code}">${code.toUpperCase()}</a>`).join(' ')} · ${signIn}</header>
<main>
<h1>Linen tote bag</h1>
<p>A sturdy tote woven in Latvia. This page stands in for the shop's storefront: the Lawfully theme app extension's blocks below are rendered from its Liquid files.</p>
<section aria-label="Privacy policy">${policy.trim() || '<p><em>No privacy policy has been published yet: publish one in the admin.</em></p>'}</section>
<section aria-label="Privacy request">${form}</section>
</main>
<footer><p>Demo store footer.</p></footer>
<script type="text/plain" data-lawfully-category="analytics" src="/preview/fake-analytics.js"></script>
${input.extraBody ?? ''}
</body>
</html>`;
}
