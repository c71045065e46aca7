// The local preview's Shopify stand-in keeps its state in memory, while Shopify keeps an app-owned
// metafield across the app's restarts. After `npm start` again, the preview storefront must show
// the policy the admin says is live, not a storefront with no banner (where trackers stay held
// and the shopper is never asked).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { createAdminApiStandIn } from '../../app/preview/standin/index.ts';
import { demoShop } from '../../app/preview/standin/demo-shop.ts';
import { restorePublishedPolicy } from '../../app/preview/published-policy.ts';
import { fixedClock } from '../../app/platform/clock.ts';

const seed = JSON.parse(readFileSync(new URL('../../examples/seed-store.json', import.meta.url), 'utf8')) as object;

describe('the published policy after the preview restarts', () => {
  const t = useTestApp({ now: '2026-03-02T09:00:00Z' });
  /** The stand-in a new start creates: the demo shop as seeded, nothing published to it. */
  const restart = () => {
    const clock = fixedClock('2026-03-05T09:00:00Z');
    return createAdminApiStandIn({ apiKey: t.deps.config.apiKey, apiSecret: t.deps.config.apiSecret, shops: [demoShop({ now: clock.now() })], clock });
  };

  it('has nothing to restore before the first publication', async () => {
    const restarted = restart();
    expect(await restorePublishedPolicy(t.deps.db, restarted, SHOP_A)).toBe(false);
    expect(restarted.metafield(SHOP_A, 'lawfully', 'policy')).toBeUndefined();
  });

  it('writes the live version back to a new stand-in, as publishing wrote it', async () => {
    expect((await t.api('post', '/api/records/import', seed)).status).toBe(200);
    expect((await t.api('post', '/api/policy/publish', {})).status).toBe(201);
    const published = t.standIn.metafield(SHOP_A, 'lawfully', 'policy');
    expect(published).toBeDefined();

    const restarted = restart();
    expect(restarted.metafield(SHOP_A, 'lawfully', 'policy')).toBeUndefined();
    expect(await restorePublishedPolicy(t.deps.db, restarted, SHOP_A)).toBe(true);
    const restored = restarted.metafield(SHOP_A, 'lawfully', 'policy');
    expect(restored?.type).toBe('json');
    expect(JSON.parse(restored?.value ?? 'null')).toEqual(JSON.parse(published?.value ?? 'null'));
  });
});
