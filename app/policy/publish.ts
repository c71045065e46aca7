// Publishing: the records become an immutable policy version (number, "Last updated" date,
// content hash, the records it was made from), written to the app-owned metafield the theme
// extension reads and, if the merchant opts in, to the shop's own privacy policy.
import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import type { AppDeps } from '../platform/deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../platform/errors.ts';
import { recordAudit } from '../audit/log.ts';
import { completeProfile, loadRecords } from '../records/store.ts';
import { findings } from '../records/transfers.ts';
import { renderAll, buildPolicy, localize, type PolicyFormat } from './render.ts';
import type { Locale, Profile } from '../records/profile.ts';
import { cookieCategories } from '../records/profile.ts';

export const METAFIELD = { namespace: 'lawfully', key: 'policy' } as const;

export async function currentProfile(deps: Pick<AppDeps, 'db'>, shop: string): Promise<Profile> {
  const complete = completeProfile(await loadRecords(deps.db, shop));
  if ('problems' in complete) throw new ValidationError('Some records are missing or incomplete; fill them in before the policy can be rendered.', complete.problems);
  return complete.profile;
}

/** What consent is asked for: a change here asks every visitor again (consent tied to the policy). */
const consentBasis = (profile: Profile) =>
  JSON.stringify({ cookies: profile.cookies.map((c) => [c.name, c.category, c.provider]).sort(), consentPurposes: profile.purposes.filter((p) => p.legalBasis === 'consent').map((p) => p.key).sort() });

export function metafieldValue(profile: Profile, version: { version: number; lastUpdated: string; consentVersion: number }, rendered: Record<Locale, Record<PolicyFormat, string>>) {
  const locales = Object.fromEntries(
    (Object.keys(rendered) as Locale[]).map((locale) => [locale, { title: buildPolicy(profile, { locale, lastUpdated: version.lastUpdated }).title, html: rendered[locale].html }]),
  );
  return {
    version: version.version,
    lastUpdated: version.lastUpdated,
    consentVersion: version.consentVersion,
    locales,
    categories: cookieCategories.map((key) => ({
      key,
      cookies: profile.cookies.filter((c) => c.category === key).map((c) => ({ name: c.name, provider: c.provider, purpose: localize(c.purpose, 'en'), expiry: localize(c.expiry, 'en') })),
    })),
  };
}

export async function publishPolicy(deps: AppDeps, shop: string, actor: string, { updateShopifyPolicy }: { updateShopifyPolicy: boolean }) {
  const profile = await currentProfile(deps, shop);
  const now = deps.clock.now();
  const blocking = findings(profile, now).filter((f) => f.severity === 'blocking');
  if (blocking.length) throw new ConflictError(`Resolve these before publishing: ${blocking.map((f) => f.message).join(' ')}`);
  const lastUpdated = now.toISOString().slice(0, 10);
  const rendered = renderAll(profile, lastUpdated);
  const previous = await deps.db.policyVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' } });
  const contentHash = createHash('sha256').update(rendered.en.md).digest('hex');
  const consentVersion = !previous ? 1 : consentBasis(previous.profile as unknown as Profile) === consentBasis(profile) ? previous.consentVersion : previous.consentVersion + 1;
  const version = (previous?.version ?? 0) + 1;

  // Shopify first: a version is recorded only once the storefront can show it.
  const api = deps.adminApi.forShop(shop);
  const installation = await api.request<{ currentAppInstallation: { id: string } }>(`#graphql\n query LawfullyInstallation { currentAppInstallation { id } }`);
  await api.mutate(
    `#graphql
    mutation LawfullyPublish($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { metafields { id } userErrors { field message } } }`,
    { metafields: [{ ownerId: installation.currentAppInstallation.id, ...METAFIELD, type: 'json', value: JSON.stringify(metafieldValue(profile, { version, lastUpdated, consentVersion }, rendered)) }] },
    'metafieldsSet',
  );
  if (updateShopifyPolicy) {
    await api.mutate(
      `#graphql
      mutation LawfullyShopPolicy($shopPolicy: ShopPolicyInput!) { shopPolicyUpdate(shopPolicy: $shopPolicy) { shopPolicy { id } userErrors { field message } } }`,
      { shopPolicy: { type: 'PRIVACY_POLICY', body: rendered.en.html } },
      'shopPolicyUpdate',
    );
  }
  const row = await deps.db.$transaction(async (tx) => {
    const created = await tx.policyVersion.create({
      data: { shop, version, lastUpdated: new Date(`${lastUpdated}T00:00:00Z`), contentHash, profile: profile as never, rendered: rendered as never, consentVersion, publishedBy: actor, publishedAt: now, shopPolicyUpdated: updateShopifyPolicy },
    });
    await recordAudit(tx, { shop, actor, action: 'policy.published', subject: `policy:${version}`, details: { version, contentHash, consentVersion, shopPolicyUpdated: updateShopifyPolicy }, at: now });
    return created;
  });
  return { version: row.version, lastUpdated, contentHash, consentVersion };
}

export async function listVersions(deps: Pick<AppDeps, 'db'>, shop: string) {
  return deps.db.policyVersion.findMany({
    where: { shop },
    orderBy: { version: 'desc' },
    select: { version: true, lastUpdated: true, contentHash: true, consentVersion: true, publishedBy: true, publishedAt: true, shopPolicyUpdated: true },
  });
}

export async function loadVersion(deps: Pick<AppDeps, 'db'>, shop: string, version: number) {
  const row = await deps.db.policyVersion.findUnique({ where: { shop_version: { shop, version } } });
  if (!row) throw new NotFoundError(`There is no version ${version} of the policy.`);
  return row;
}

/** A readable line diff of two versions' Markdown in one language. */
export async function diffVersions(deps: Pick<AppDeps, 'db'>, shop: string, from: number, to: number, locale: Locale) {
  const [a, b] = await Promise.all([loadVersion(deps, shop, from), loadVersion(deps, shop, to)]);
  const text = (row: typeof a) => (row.rendered as unknown as Record<Locale, Record<PolicyFormat, string>>)[locale]?.md ?? '';
  return diffLines(text(a), text(b)).map((part) => ({ added: Boolean(part.added), removed: Boolean(part.removed), value: part.value }));
}
