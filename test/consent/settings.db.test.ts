// The merchant's consent settings: how long a choice holds (default 12 months, at most 13), the
// proof kept at least that long plus their defence period, their own tracker hosts; and the
// consent log found by the id a visitor quotes from the banner's dialog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { cutoffs } from '../../app/retention/select.ts';
import { minimumConsentProofMonths } from '../../app/consent/settings.ts';
import { storefrontConsent } from '../../app/policy/metafield.ts';
import { profileSchema } from '../../app/records/profile.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as unknown;

describe('the consent settings and the consent log search', () => {
  const t = useTestApp({ now: '2026-03-02T09:00:00Z' });
  const valid = {
    expiryMonths: 6,
    defenceMonths: 24,
    trackers: [{ host: 'Widget.Example-Chat.com', vendor: 'Example Chat', category: 'preferences' }],
    policyPageUrl: '/pages/privacy',
  };

  it('start at 12 months with the known trackers listed, each with its source', async () => {
    const res = await t.api('get', '/api/consent/settings');
    expect(res.status).toBe(200);
    expect(res.body.settings).toEqual({ expiryMonths: 12, defenceMonths: 12, trackers: [], policyPageUrl: null });
    expect(res.body.knownTrackers).toContainEqual(
      expect.objectContaining({ host: 'static.klaviyo.com', vendor: 'Klaviyo', source: expect.stringMatching(/^https:\/\//) }),
    );
  });

  it('refuse an expiry over 13 months, a URL given as a host, and keep a valid setting per shop', async () => {
    const over = await t.api('put', '/api/consent/settings', { ...valid, expiryMonths: 14 });
    expect(over.status).toBe(400);
    expect(over.body.fields.expiryMonths).toBe('A choice may hold at most 13 months');
    const url = await t.api('put', '/api/consent/settings', {
      ...valid,
      trackers: [{ host: 'https://x.example.com/a.js', vendor: 'X', category: 'marketing' }],
    });
    expect(url.status).toBe(400);
    expect(Object.keys(url.body.fields)).toEqual(['trackers.0.host']);

    expect((await t.api('put', '/api/consent/settings', valid)).status).toBe(200);
    const saved = await t.api('get', '/api/consent/settings');
    expect(saved.body.settings).toEqual({ ...valid, trackers: [{ host: 'widget.example-chat.com', vendor: 'Example Chat', category: 'preferences' }] });
    const other = await t.api('get', '/api/consent/settings', undefined, { shop: 'other-shop.myshopify.com' });
    expect(other.body.settings.expiryMonths).toBe(12);
  });

  it('keep blocking the merchant’s other hosts when one stored entry no longer fits', async () => {
    expect((await t.api('put', '/api/consent/settings', valid)).status).toBe(200);
    const good = { host: 'widget.example-chat.com', vendor: 'Example Chat', category: 'preferences' };
    // As an older version may have stored it: a host given as a URL beside a valid one.
    await t.deps.db.consentSettings.update({
      where: { shop: SHOP_A },
      data: { trackers: [{ host: 'https://old.example.com/x.js', vendor: 'Old', category: 'marketing' }, good] },
    });
    expect((await t.api('get', '/api/consent/settings')).body.settings.trackers).toEqual([good]);
  });

  it('keep proof at least as long as the choice holds plus the defence period, over a shorter retention rule', async () => {
    const months = await minimumConsentProofMonths(t.deps.db, SHOP_A);
    expect(months).toBe(30);
    const now = t.clock.now();
    const short = [{ category: 'consent_records', period: { amount: 1, unit: 'years' as const }, trigger: 'since_collection' as const }];
    const kept = cutoffs(short as never, now, months).consentRecords;
    expect(kept.before.toISOString()).toBe('2023-09-02T09:00:00.000Z');
    expect(kept.rule.why).toContain('at least 30 months');
    // A longer rule of the merchant's stands.
    expect(cutoffs([], now, months).consentRecords.before.toISOString()).toBe('2023-09-02T09:00:00.000Z');
    expect(cutoffs([], now, 12).consentRecords.before.toISOString()).toBe('2024-03-02T09:00:00.000Z');
  });

  it('publish the expiry, the merchant’s hosts, the vendors and the policy link for the banner', () => {
    const profile = profileSchema.parse(seed);
    const settings = { ...valid, trackers: [{ host: 'widget.example-chat.com', vendor: 'Example Chat', category: 'preferences' as const }] };
    const own = storefrontConsent(profile, settings, false);
    expect(own).toMatchObject({ consentExpiryMonths: 6, trackers: { 'widget.example-chat.com': 'preferences' }, policyUrl: '/pages/privacy' });
    expect(own.vendors.length).toBeGreaterThan(0);
    expect(storefrontConsent(profile, settings, true).policyUrl).toBe('/policies/privacy-policy');
  });

  it('finds a visitor’s choices by the consent id the banner showed them', async () => {
    const url = t.proxyUrl('/consent', { customerId: '' });
    for (const [id, granted] of [
      ['visitor-quoted-1', ['analytics']],
      ['visitor-other-22', []],
      ['visitor-quoted-1', []],
    ] as const) {
      expect((await request(t.app).post(url).send({ consentId: id, granted })).status).toBe(201);
    }
    const found = await t.api('get', '/api/consent?consentId=visitor-quoted-1');
    expect(found.status).toBe(200);
    expect(found.body.records.map((r: { consentId: string; source: string }) => [r.consentId, r.source]).sort()).toEqual([
      ['visitor-quoted-1', 'banner'],
      ['visitor-quoted-1', 'withdrawal'],
    ]);
    expect((await t.api('get', '/api/consent?consentId=nobody-0000')).body.records).toEqual([]);
  });
});
