// Publishing: the records become an immutable policy version (number, "Last updated" date,
// content hash, the records it was made from) in the languages the merchant chose, written to the
// app-owned metafield the theme extension reads and, if the merchant opts in, to the shop's own
// privacy policy in one language.
import { createHash } from 'node:crypto';
import { diffLines } from 'diff';
import { z } from 'zod';
import type { AppDeps } from '../platform/deps.ts';
import { ConflictError, NotFoundError, UpstreamError, ValidationError } from '../platform/errors.ts';
import { jsonColumn, readJsonColumn } from '../platform/json-column.ts';
import { recordAudit } from '../audit/log.ts';
import { completeProfile, loadRecords } from '../records/store.ts';
import { findings } from '../records/transfers.ts';
import { renderAll, renderShopPolicyBody, policyFormats, renderedSchema, storedRendering, type RenderedPolicy } from './render.ts';
import { localeCodes, profileSchema, sectionSchemas, type Locale, type Profile } from '../records/profile.ts';
import { loadConsentSettings } from '../consent/settings.ts';
import { METAFIELD, metafieldValue, storefrontConsent } from './metafield.ts';

type Tx = Parameters<Parameters<AppDeps['db']['$transaction']>[0]>[0];

export async function currentProfile(deps: Pick<AppDeps, 'db'>, shop: string): Promise<Profile> {
  const complete = completeProfile(await loadRecords(deps.db, shop));
  if ('problems' in complete)
    throw new ValidationError('Some records are missing or incomplete; fill them in before the policy can be rendered.', complete.problems);
  return complete.profile;
}

/** What consent is asked for: a change here asks every visitor again (consent tied to the policy). */
const consentBasis = (profile: Pick<Profile, 'cookies' | 'purposes'>) =>
  JSON.stringify({
    cookies: profile.cookies.map((c) => [c.name, c.category, c.provider]).sort(),
    consentPurposes: profile.purposes
      .filter((p) => p.legalBasis === 'consent')
      .map((p) => p.key)
      .sort(),
  });
const consentSections = z.object({ cookies: sectionSchemas.cookies, purposes: sectionSchemas.purposes });
/** The consent basis of a published version, from the profile it was made from (checked as it is read back). */
const publishedConsentBasis = (row: { id: string; profile: unknown }) =>
  consentBasis(readJsonColumn(consentSections, row.profile, { table: 'PolicyVersion', column: 'profile', id: row.id }));

/** SHA-256 over every rendered language and format, so a change in any one of them is a new hash. */
export function contentHashOf(rendered: RenderedPolicy): string {
  const canonical = (Object.keys(rendered) as Locale[])
    .sort()
    .map((locale) => [locale, policyFormats.map((format) => [format, rendered[locale]?.[format] ?? ''])]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/**
 * The language of the text sent to Shopify's own privacy policy when the merchant did not pick
 * one: the first policy language they chose, else the shop's primary language if known and
 * available, else English.
 */
export function defaultShopPolicyLocale(profile: Pick<Profile, 'policy'>, shopPrimaryLocale?: string): Locale {
  const first = profile.policy?.locales?.[0];
  if (first) return first;
  const primary = shopPrimaryLocale?.toLowerCase().split('-')[0];
  return (localeCodes as readonly string[]).includes(primary ?? '') ? (primary as Locale) : 'en';
}

export type PublishOptions = {
  /** Also replace the text of Shopify's own privacy policy (Settings › Policies). */
  updateShopifyPolicy: boolean;
  /** The language of that text; see defaultShopPolicyLocale when left out. */
  shopPolicyLocale?: Locale;
};

export type ShopPolicyOutcome = { requested: false } | { requested: true; locale: Locale; updated: boolean; error?: string };

const isConcurrentWrite = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && (error.code === 'P2002' || error.code === 'P2034');
const safeMessage = (error: unknown) => (error instanceof UpstreamError ? error.message : 'Shopify could not be reached.');

/**
 * Publishes a new version. The version number is reserved in the database first, so two publishes
 * at the same moment cannot both claim it (the second gets a ConflictError), and the storefront
 * never shows a version that is missing from the history. Then the metafield is written; if
 * Shopify refuses it, the reservation is withdrawn. Last, the shop's own policy, whose outcome is
 * recorded on the version and in the audit log (a failure there does not undo the publication).
 */
export type PublishResult = Awaited<ReturnType<typeof publishPolicy>>;
export async function publishPolicy(deps: AppDeps, shop: string, actor: string, { updateShopifyPolicy, shopPolicyLocale }: PublishOptions) {
  const profile = await currentProfile(deps, shop);
  const now = deps.clock.now();
  const blocking = findings(profile, now).filter((f) => f.severity === 'blocking');
  if (blocking.length) throw new ConflictError(`Resolve these before publishing: ${blocking.map((f) => f.message).join(' ')}`);
  const lastUpdated = now.toISOString().slice(0, 10);
  const rendered = renderAll(profile, lastUpdated);
  const contentHash = contentHashOf(rendered);
  const locales = Object.keys(rendered) as Locale[];

  const { version, consentVersion } = await reserveVersion(deps, shop, async (tx) => {
    const previous = await tx.policyVersion.findFirst({ where: { shop }, orderBy: { version: 'desc' } });
    const consentVersion = !previous ? 1 : publishedConsentBasis(previous) === consentBasis(profile) ? previous.consentVersion : previous.consentVersion + 1;
    const version = (previous?.version ?? 0) + 1;
    await tx.policyVersion.create({
      data: {
        shop,
        version,
        lastUpdated: new Date(`${lastUpdated}T00:00:00Z`),
        contentHash,
        profile: jsonColumn(profileSchema, profile),
        rendered: jsonColumn(renderedSchema, rendered),
        consentVersion,
        publishedBy: actor,
        publishedAt: now,
        shopPolicyUpdated: false,
      },
    });
    return { version, consentVersion };
  });

  const api = deps.adminApi.forShop(shop);
  try {
    const installation = await api.request<{ currentAppInstallation: { id: string } }>(
      `#graphql\n query LawfullyInstallation { currentAppInstallation { id } }`,
    );
    await api.mutate(
      `#graphql
      mutation LawfullyPublish($metafields: [MetafieldsSetInput!]!) { metafieldsSet(metafields: $metafields) { metafields { id } userErrors { field message } } }`,
      {
        metafields: [
          {
            ownerId: installation.currentAppInstallation.id,
            ...METAFIELD,
            type: 'json',
            value: JSON.stringify(
              metafieldValue(
                profile,
                { version, lastUpdated, consentVersion },
                rendered,
                storefrontConsent(profile, await loadConsentSettings(deps.db, shop), updateShopifyPolicy),
              ),
            ),
          },
        ],
      },
      'metafieldsSet',
    );
  } catch (error) {
    // Shopify did not take the new version, so the storefront still shows the previous one.
    await deps.db.$transaction(async (tx) => {
      await tx.policyVersion.deleteMany({ where: { shop, version } });
      await recordAudit(tx, {
        shop,
        actor,
        action: 'policy.publish_failed',
        subject: `policy:${version}`,
        details: { version, contentHash, error: safeMessage(error) },
        at: now,
      });
    });
    throw error;
  }

  let shopPolicy: ShopPolicyOutcome = { requested: false };
  if (updateShopifyPolicy) {
    const locale = shopPolicyLocale ?? defaultShopPolicyLocale(profile);
    try {
      await api.mutate(
        `#graphql
        mutation LawfullyShopPolicy($shopPolicy: ShopPolicyInput!) { shopPolicyUpdate(shopPolicy: $shopPolicy) { shopPolicy { id } userErrors { field message } } }`,
        { shopPolicy: { type: 'PRIVACY_POLICY', body: renderShopPolicyBody(profile, { locale, lastUpdated }) } },
        'shopPolicyUpdate',
      );
      shopPolicy = { requested: true, locale, updated: true };
    } catch (error) {
      shopPolicy = { requested: true, locale, updated: false, error: safeMessage(error) };
    }
  }

  await deps.db.$transaction(async (tx) => {
    if (shopPolicy.requested && shopPolicy.updated)
      await tx.policyVersion.update({ where: { shop_version: { shop, version } }, data: { shopPolicyUpdated: true } });
    await recordAudit(tx, {
      shop,
      actor,
      action: 'policy.published',
      subject: `policy:${version}`,
      details: { version, contentHash, consentVersion, locales, shopPolicy },
      at: now,
    });
  });
  return { version, lastUpdated, contentHash, consentVersion, locales, shopPolicy };
}

/** Creates the version row in one transaction; a publish that raced for the same number is a conflict. */
async function reserveVersion<T>(deps: Pick<AppDeps, 'db'>, shop: string, create: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await deps.db.$transaction(create);
  } catch (error) {
    if (isConcurrentWrite(error)) {
      throw new ConflictError(
        'Another publish of this policy was running at the same moment, so this one was not recorded. Reload the version history and publish again if your latest changes are missing.',
      );
    }
    throw error;
  }
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
  const text = (row: typeof a) => storedRendering(row)[locale]?.md ?? '';
  return diffLines(text(a), text(b)).map((part) => ({ added: part.added, removed: part.removed, value: part.value }));
}
