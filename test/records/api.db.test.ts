// The records API and publishing, over HTTP with real session tokens and a real database.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { publishPolicy } from '../../app/policy/publish.ts';
import { ConflictError, UpstreamError } from '../../app/platform/errors.ts';
import type { AdminApi, AppDeps } from '../../app/platform/deps.ts';
import { CODE_MAX_LENGTH, DESCRIPTION_MAX_LENGTH, EMAIL_MAX_LENGTH, KEY_MAX_LENGTH, NAME_MAX_LENGTH, URL_MAX_LENGTH } from '../../app/records/limits.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8'));
const SHOP_B = 'other-store.myshopify.com';

describe('the records and the policy through the admin API', () => {
  const t = useTestApp();
  const storefrontVersion = () => JSON.parse(t.standIn.metafield(SHOP_A, 'lawfully', 'policy')!.value).version as number;
  const history = async () =>
    (await t.api('get', '/api/policy/versions')).body.versions as Array<{ version: number; contentHash: string; shopPolicyUpdated: boolean }>;

  /** The real Admin API client, except that Shopify refuses one mutation. */
  function refusing(field: string): AdminApi {
    return {
      forShop(shop: string) {
        const real = t.deps.adminApi.forShop(shop);
        const mutate: typeof real.mutate = (query, variables, name) =>
          name === field ? Promise.reject(new UpstreamError(`Shopify refused ${field}: Internal error`)) : real.mutate(query, variables, name);
        return { ...real, mutate };
      },
    };
  }

  /** The database as a publish sees it when another publish took the next number after it looked. */
  function racingDb(): AppDeps['db'] {
    const db = t.deps.db;
    return new Proxy<AppDeps['db']>(db, {
      get(target, prop, receiver) {
        if (prop !== '$transaction') return Reflect.get(target, prop, receiver);
        return (fn: (tx: unknown) => Promise<unknown>) =>
          target.$transaction((tx) =>
            fn(
              new Proxy(tx, {
                get(txTarget, txProp) {
                  const delegate = Reflect.get(txTarget, txProp);
                  if (txProp !== 'policyVersion') return delegate;
                  return new Proxy(delegate, { get: (d, method) => (method === 'findFirst' ? () => Promise.resolve(null) : Reflect.get(d, method)) });
                },
              }),
            ),
          );
      },
    });
  }

  it('pre-fills the controller from the shop on first open', async () => {
    const res = await t.api('get', '/api/records');
    expect(res.status).toBe(200);
    const shop = t.standIn.seed(SHOP_A);
    expect(res.body.suggestions.controller).toMatchObject({ legalName: shop.name, contactEmail: shop.contactEmail });
    expect(res.body.attention.missingSections).toContain('controller');
  });

  it('refuses an unknown country with a message a merchant understands, and saves nothing', async () => {
    const res = await t.api('put', '/api/records/controller', { ...seed.controller, address: { ...seed.controller.address, country: 'XX' } });
    expect(res.status).toBe(400);
    expect(res.body.fields['address.country']).toMatch(/not a country code we know/);
    expect(await t.deps.db.recordsProfile.count({ where: { shop: SHOP_A } })).toBe(0);
  });

  it('refuses a safeguard that does not fit the country and a retention period that is not positive', async () => {
    const processors = [{ ...seed.processors[0], country: 'BR', safeguard: { type: 'adequacy' } }];
    const bad = await t.api('put', '/api/records/processors', processors);
    expect(bad.status).toBe(400);
    expect(Object.values(bad.body.fields).join(' ')).toMatch(/adequacy/i);
    const retention = [{ ...seed.retention[0], period: { amount: 0, unit: 'years' } }];
    const res = await t.api('put', '/api/records/retention', retention);
    expect(res.status).toBe(400);
    expect(Object.values(res.body.fields).join(' ')).toMatch(/positive|at least/i);
  });

  it('imports a whole profile, exports it back, and records both in the audit log', async () => {
    expect((await t.api('post', '/api/records/import', seed)).status).toBe(200);
    const exported = await t.api('get', '/api/records/export');
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(JSON.parse(exported.text).controller.legalName).toBe(seed.controller.legalName);
    const audit = await t.api('get', '/api/audit');
    expect(audit.body.events.map((e: { action: string }) => e.action)).toContain('records.imported');
  });

  it('refuses a 100,000-character legal name, naming the field and the limit, and keeps every record as it was', async () => {
    const before = (await t.api('get', '/api/records')).body.records;
    const res = await t.api('put', '/api/records/controller', { ...seed.controller, legalName: 'A'.repeat(100_000) });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/nothing was saved/);
    expect(res.body.fields).toEqual({ legalName: `Shorten this to at most ${NAME_MAX_LENGTH} characters; it has 100,000` });
    expect((await t.api('get', '/api/records')).body.records).toEqual(before);
  });

  it('holds every kind of text field to its limit, in every language, and accepts a text at the limit', async () => {
    const long = (limit: number) => 'x'.repeat(limit + 1);
    const cases: Array<[string, unknown, string, number]> = [
      ['processors', [{ ...seed.processors[0], id: long(KEY_MAX_LENGTH) }], '0.id', KEY_MAX_LENGTH],
      ['processors', [{ ...seed.processors[0], dpaUrl: `https://example.com/${long(URL_MAX_LENGTH)}` }], '0.dpaUrl', URL_MAX_LENGTH],
      ['controller', { ...seed.controller, vatNumber: long(CODE_MAX_LENGTH) }, 'vatNumber', CODE_MAX_LENGTH],
      ['controller', { ...seed.controller, contactEmail: `${long(EMAIL_MAX_LENGTH)}@example.com` }, 'contactEmail', EMAIL_MAX_LENGTH],
      ['cookies', [{ ...seed.cookies[0], purpose: { en: 'Keeps the cart', de: long(DESCRIPTION_MAX_LENGTH) } }], '0.purpose.de', DESCRIPTION_MAX_LENGTH],
      [
        'inventory',
        { ...seed.inventory, categories: [{ ...seed.inventory.categories[0], description: long(DESCRIPTION_MAX_LENGTH) }] },
        'categories.0.description',
        DESCRIPTION_MAX_LENGTH,
      ],
      ['purposes', [{ ...seed.purposes[0], categories: [long(KEY_MAX_LENGTH)] }], '0.categories.0', KEY_MAX_LENGTH],
    ];
    const before = (await t.api('get', '/api/records')).body.records;
    for (const [section, body, field, limit] of cases) {
      const res = await t.api('put', `/api/records/${section}`, body as object);
      expect(res.status, `${section}.${field}`).toBe(400);
      expect(Object.keys(res.body.fields)).toContain(field);
      expect(res.body.fields[field], `${section}.${field}`).toContain(`at most ${limit.toLocaleString('en')} characters`);
    }
    // A whole profile with one field too long is refused as well.
    const imported = await t.api('post', '/api/records/import', { ...seed, controller: { ...seed.controller, legalName: long(NAME_MAX_LENGTH) } });
    expect(imported.status).toBe(400);
    expect(imported.body.fields['controller.legalName']).toContain(`at most ${NAME_MAX_LENGTH} characters`);
    expect((await t.api('get', '/api/records')).body.records).toEqual(before);

    // Exactly at the limit is fine.
    const atLimit = await t.api('put', '/api/records/controller', { ...seed.controller, legalName: 'A'.repeat(NAME_MAX_LENGTH) });
    expect(atLimit.status).toBe(200);
    expect((await t.api('put', '/api/records/controller', seed.controller)).status).toBe(200);
  });

  it('rejects a purpose naming a category that is not in the inventory, and the records stay as they were', async () => {
    const purposes = [{ ...seed.purposes[0], categories: ['shoe_size'] }];
    const res = await t.api('put', '/api/records/purposes', purposes);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.fields).join(' ')).toContain('purposes.0.categories');
    const after = await t.api('get', '/api/records');
    expect(after.body.records.purposes).toEqual(seed.purposes);
  });

  it('flags a processor outside the EEA without a safeguard as blocking, and refuses to publish until fixed', async () => {
    const processors = [
      ...seed.processors,
      { id: 'shipfast', name: 'ShipFast', service: 'Delivery', categories: ['contact_details'], country: 'BR', safeguard: { type: 'none' } },
    ];
    const saved = await t.api('put', '/api/records/processors', processors);
    expect(saved.status).toBe(200);
    expect(saved.body.attention.findings).toContainEqual(expect.objectContaining({ severity: 'blocking', processorId: 'shipfast' }));
    const refused = await t.api('post', '/api/policy/publish', {});
    expect(refused.status).toBe(409);
    await t.api('put', '/api/records/processors', seed.processors);
  });

  it('publishes an immutable version to the app-owned metafield and, when asked, to the shop policy', async () => {
    const res = await t.api('post', '/api/policy/publish', { updateShopifyPolicy: true });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 1, lastUpdated: '2026-11-25', consentVersion: 1 });
    const metafield = t.standIn.metafield(SHOP_A, 'lawfully', 'policy');
    const value = JSON.parse(metafield!.value);
    expect(value).toMatchObject({ version: 1, lastUpdated: '2026-11-25', consentVersion: 1 });
    expect(Object.keys(value.locales).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'lv', 'nl', 'pl']);
    expect(value.locales.en.html).toContain(seed.controller.legalName);
    expect(t.standIn.policy(SHOP_A)?.body).toContain(seed.controller.legalName);
  });

  it('keeps every version and shows a readable diff between two', async () => {
    await t.api('put', '/api/records/cookies', [
      ...seed.cookies,
      { name: '_fbp', category: 'marketing', provider: 'Meta', purpose: 'Measures ads', expiry: '3 months' },
    ]);
    const second = await t.api('post', '/api/policy/publish', {});
    expect(second.body).toMatchObject({ version: 2, consentVersion: 2 });
    const versions = await t.api('get', '/api/policy/versions');
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const diff = await t.api('get', '/api/policy/diff?from=1&to=2&locale=en');
    expect(
      diff.body.changes
        .filter((c: { added: boolean }) => c.added)
        .map((c: { value: string }) => c.value)
        .join(''),
    ).toContain('_fbp');
    const v1 = await t.api('get', '/api/policy/versions/1?locale=de&format=md');
    expect(v1.body.content).not.toContain('_fbp');
  });

  it('sends the shop policy in the chosen language, without the <h1> that Shopify shows itself', async () => {
    const res = await t.api('post', '/api/policy/publish', { updateShopifyPolicy: true, shopPolicyLocale: 'de' });
    expect(res.status).toBe(201);
    expect(res.body.shopPolicy).toEqual({ requested: true, locale: 'de', updated: true });
    const body = t.standIn.policy(SHOP_A)!.body;
    expect(body).toContain('lang="de"');
    expect(body).toContain('Zuletzt aktualisiert');
    expect(body).not.toMatch(/<h1/);
  });

  it('sends the shop policy in the first chosen policy language when none is picked', async () => {
    await t.api('put', '/api/records/policy', { ...seed.policy, locales: ['fr', 'en'] });
    const res = await t.api('post', '/api/policy/publish', { updateShopifyPolicy: true });
    expect(res.body.shopPolicy).toMatchObject({ locale: 'fr', updated: true });
    expect(t.standIn.policy(SHOP_A)!.body).toContain('lang="fr"');
    expect(t.standIn.policy(SHOP_A)!.body).toContain('Dernière mise à jour');
    expect(t.standIn.policy(SHOP_A)!.body).not.toMatch(/<h1/);
    await t.api('put', '/api/records/policy', seed.policy);
  });

  it('publishes only the languages the merchant chose', async () => {
    await t.api('put', '/api/records/policy', { ...seed.policy, locales: ['lv', 'de'] });
    expect((await t.api('get', '/api/policy/languages')).body).toEqual({ locales: ['lv', 'de'], shopPolicyLocale: 'lv' });
    const res = await t.api('post', '/api/policy/publish', {});
    expect(res.body.locales).toEqual(['lv', 'de']);
    expect(Object.keys(JSON.parse(t.standIn.metafield(SHOP_A, 'lawfully', 'policy')!.value).locales)).toEqual(['lv', 'de']);
    expect((await t.api('get', `/api/policy/versions/${res.body.version}?locale=en`)).body.content).toBeNull();
    await t.api('put', '/api/records/policy', seed.policy);
  });

  it('gives a new content hash when only the German text changed', async () => {
    const before = await t.api('post', '/api/policy/publish', {});
    const categories = seed.inventory.categories.map((c: { key: string; name: Record<string, string> }, i: number) =>
      i === 0 ? { ...c, name: { ...c.name, de: 'E-Mail' } } : c,
    );
    await t.api('put', '/api/records/inventory', { ...seed.inventory, categories });
    const after = await t.api('post', '/api/policy/publish', {});
    const english = await t.api('get', `/api/policy/diff?from=${before.body.version}&to=${after.body.version}&locale=en`);
    expect(english.body.changes.some((c: { added: boolean; removed: boolean }) => c.added || c.removed)).toBe(false);
    expect(after.body.contentHash).not.toBe(before.body.contentHash);
    await t.api('put', '/api/records/inventory', seed.inventory);
  });

  it('refuses with a conflict a publish that raced another for the same version, and Shopify is not touched', async () => {
    const versions = await history();
    const shown = t.standIn.metafield(SHOP_A, 'lawfully', 'policy')!.value;
    await expect(publishPolicy({ ...t.deps, db: racingDb() }, SHOP_A, 'test', { updateShopifyPolicy: false })).rejects.toBeInstanceOf(ConflictError);
    expect(await history()).toEqual(versions);
    expect(t.standIn.metafield(SHOP_A, 'lawfully', 'policy')!.value).toBe(shown);
  });

  it('answers 201 or 409 to publishes at the same moment, never 500, and the storefront shows the newest version in the history', async () => {
    const results = await Promise.all([1, 2, 3].map(() => t.api('post', '/api/policy/publish', {})));
    expect(results.map((r) => r.status).every((status) => status === 201 || status === 409)).toBe(true);
    const published = results.filter((r) => r.status === 201).map((r) => r.body.version as number);
    expect(published.length).toBeGreaterThan(0);
    const versions = (await history()).map((v) => v.version);
    for (const version of published) expect(versions).toContain(version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions).toContain(storefrontVersion());
  });

  it('keeps a version Shopify shows when only the shop policy update fails, and records that it failed', async () => {
    const res = await publishPolicy({ ...t.deps, adminApi: refusing('shopPolicyUpdate') }, SHOP_A, 'test', { updateShopifyPolicy: true });
    expect(res.shopPolicy).toEqual({ requested: true, locale: 'en', updated: false, error: 'Shopify refused shopPolicyUpdate: Internal error' });
    expect(storefrontVersion()).toBe(res.version);
    expect((await history())[0]).toMatchObject({ version: res.version, shopPolicyUpdated: false });
    const audit = await t.api('get', '/api/audit?action=policy.published');
    const event = audit.body.events.find((e: { subject: string }) => e.subject === `policy:${res.version}`);
    expect(event.details).toMatchObject({ version: res.version, shopPolicy: { updated: false } });
  });

  it('records no version when Shopify refuses the metafield, so the history matches the storefront', async () => {
    const versions = await history();
    const shown = storefrontVersion();
    await expect(publishPolicy({ ...t.deps, adminApi: refusing('metafieldsSet') }, SHOP_A, 'test', { updateShopifyPolicy: true })).rejects.toBeInstanceOf(
      UpstreamError,
    );
    expect(await history()).toEqual(versions);
    expect(storefrontVersion()).toBe(shown);
    const audit = await t.api('get', '/api/audit?action=policy.publish_failed');
    expect(audit.body.events[0].details).toMatchObject({ version: shown + 1, error: 'Shopify refused metafieldsSet: Internal error' });
  });

  it('exports the record of processing activities as CSV and JSON', async () => {
    const json = await t.api('get', '/api/policy/ropa.json');
    expect(json.body.activities).toHaveLength(seed.purposes.length);
    expect(json.body.activities[0]).toMatchObject({
      controller: expect.stringContaining(seed.controller.legalName),
      legalBasis: expect.stringMatching(/Art\. 6\(1\)/),
    });
    const csv = await t.api('get', '/api/policy/ropa.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toContain('purpose');
  });

  it('never shows one shop the records of another', async () => {
    const res = await t.api('get', '/api/records', undefined, { shop: SHOP_B });
    expect(res.body.records).toEqual({});
    expect((await t.api('get', '/api/policy/versions', undefined, { shop: SHOP_B })).body.versions).toEqual([]);
  });
});
