// Who is asking is checked before anything else happens: a session token must look exactly like
// Shopify's (exp, and iss and dest naming one *.myshopify.com shop) or nothing is asked of Shopify;
// webhooks, app-proxy requests and the admin page accept only *.myshopify.com shop domains.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { SHOP_A, useTestApp } from '../support/app.ts';
import { recordOutboundCalls } from '../support/outbound.ts';
import { dataRequestPayload } from '../support/webhooks.ts';
import { emptyShop } from '../../app/preview/standin/demo-shop.ts';

const NEW_SHOP = 'first-visit.myshopify.com';

describe('identity checks at the edge', () => {
  const t = useTestApp();
  let outbound: string[];
  beforeAll(() => {
    t.standIn.addShop(emptyShop(NEW_SHOP));
    outbound = recordOutboundCalls(t.standIn);
  });
  beforeEach(() => {
    outbound.length = 0;
  });

  /** A token signed with the app's own secret and key, shaped as the test says. */
  async function token(claims: { iss?: string; dest?: string; exp?: number | null }) {
    const now = Math.floor(Date.now() / 1000);
    const jwt = new SignJWT({ ...(claims.dest !== undefined ? { dest: claims.dest } : {}), sid: randomUUID() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setAudience(t.deps.config.apiKey)
      .setSubject('1')
      .setIssuedAt(now)
      .setNotBefore(now - 5)
      .setJti(randomUUID());
    if (claims.iss !== undefined) jwt.setIssuer(claims.iss);
    if (claims.exp !== null) jwt.setExpirationTime(claims.exp ?? now + 60);
    return jwt.sign(new TextEncoder().encode(t.deps.config.apiSecret));
  }
  const askAdmin = async (bearer: string) => request(t.app).get('/api/audit').set('Authorization', `Bearer ${bearer}`);

  it("lets in a token shaped as Shopify's, exchanging it once for the new shop", async () => {
    const res = await askAdmin(await token({ iss: `https://${NEW_SHOP}/admin`, dest: `https://${NEW_SHOP}` }));
    expect(res.status).toBe(200);
    expect(outbound).toEqual([`https://${NEW_SHOP}/admin/oauth/access_token`]);
  });

  it('answers 401 to a token without an expiry, and asks Shopify for nothing', async () => {
    const res = await askAdmin(await token({ iss: `https://${SHOP_A}/admin`, dest: `https://${SHOP_A}`, exp: null }));
    expect(res.status).toBe(401);
    expect(outbound).toEqual([]);
  });

  it('answers 401 to a token whose iss and dest name different shops, and asks Shopify for nothing', async () => {
    const res = await askAdmin(await token({ iss: `https://${SHOP_A}/admin`, dest: `https://${NEW_SHOP}` }));
    expect(res.status).toBe(401);
    expect(outbound).toEqual([]);
  });

  it('answers 401 to a token whose dest is not a shop, without calling that host', async () => {
    for (const dest of [
      'https://evil.example.com',
      'https://evil.example.com/.myshopify.com',
      'http://first-visit.myshopify.com',
      'https://first-visit.myshopify.com.evil.example',
    ]) {
      const res = await askAdmin(await token({ iss: `${dest}/admin`, dest }));
      expect(res.status, dest).toBe(401);
    }
    expect(outbound).toEqual([]);
  });

  it('answers 401 to a token without iss or dest', async () => {
    expect((await askAdmin(await token({ dest: `https://${SHOP_A}` }))).status).toBe(401);
    expect((await askAdmin(await token({ iss: `https://${SHOP_A}/admin` }))).status).toBe(401);
    expect(outbound).toEqual([]);
  });

  it('answers 400 to a signed webhook whose X-Shopify-Shop-Domain is not a shop, and records nothing', async () => {
    for (const shop of ['evil.example.com', 'shop.myshopify.com.evil.example', 'UPPER.myshopify.com', '']) {
      const res = await t.deliver('customers/data_request', dataRequestPayload(shop, 1), { shop });
      expect(res.status, shop).toBe(400);
    }
    expect(await t.deps.db.webhookDelivery.count()).toBe(0);
  });

  it('answers 400 to an app-proxy request naming a shop that is not *.myshopify.com, signed or not', async () => {
    const signed = await request(t.app)
      .post(t.proxyUrl('/consent', { shop: 'evil.example.com' }))
      .send({ consentId: 'visitor-0001', granted: [] });
    expect(signed.status).toBe(400);
    const unsigned = await request(t.app).post('/proxy/consent?shop=evil.example.com').send({ consentId: 'visitor-0001', granted: [] });
    expect(unsigned.status).toBe(400);
    expect(await t.deps.db.consentRecord.count()).toBe(0);
  });

  it("answers 400 when the admin page's shop parameter is not a *.myshopify.com domain", async () => {
    for (const shop of ['evil.example.com', 'admin.shopify.com/store/first-visit', 'first-visit.myshopify.com/x']) {
      const res = await request(t.app)
        .get(`/?shop=${encodeURIComponent(shop)}`)
        .set('Accept', 'text/html');
      expect(res.status, shop).toBe(400);
    }
    expect((await request(t.app).get(`/?shop=${SHOP_A}`).set('Accept', 'text/html')).status).toBe(200);
  });
});
