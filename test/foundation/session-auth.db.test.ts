import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { useTestApp, SHOP_A } from '../support/app.ts';
import { signSessionToken } from '../../app/auth/session-token.ts';
import { recordAudit } from '../../app/audit/log.ts';
import { emptyShop } from '../../app/preview/standin/demo-shop.ts';
import { ADMIN_ROUTES, fillPath } from '../support/routes.ts';

const SHOP_B = 'other-store.myshopify.com';

describe('admin API authentication', () => {
  const t = useTestApp();
  beforeAll(async () => {
    await recordAudit(t.deps.db, { shop: SHOP_A, actor: 'merchant:1', action: 'controller.updated', subject: 'controller' });
    await recordAudit(t.deps.db, { shop: SHOP_B, actor: 'merchant:9', action: 'processor.created', subject: 'processor:b-only' });
  });

  const config = () => t.deps.config;

  it('answers 200 to a session token signed with the app secret for the shop', async () => {
    const res = await request(t.app)
      .get('/api/audit')
      .set('Authorization', await t.auth());
    expect(res.status).toBe(200);
    expect(res.body.events.map((e: { action: string }) => e.action)).toContain('controller.updated');
  });

  it('stores the offline session obtained by token exchange', async () => {
    await request(t.app)
      .get('/api/audit')
      .set('Authorization', await t.auth());
    const sessions = await t.deps.db.session.findMany({ where: { shop: SHOP_A } });
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.isOnline).toBe(false);
    expect(sessions[0]!.accessToken).not.toBe('');
  });

  it('answers 401 without a session token', async () => {
    const res = await request(t.app).get('/api/audit');
    expect(res.status).toBe(401);
  });

  it('answers 401 on every admin API route without a session token, before reading its input', async () => {
    const routes = ADMIN_ROUTES.map((route) => fillPath(route));
    const answers: string[] = [];
    for (const route of routes) {
      const [method, path] = route.split(' ') as ['GET' | 'POST' | 'PUT', string];
      const res = await request(t.app)[method.toLowerCase() as 'get' | 'post' | 'put'](path).send({ not: 'checked' });
      answers.push(`${route} ${res.status}`);
    }
    expect(answers).toEqual(routes.map((route) => `${route} 401`));
  });

  it('answers 401 to an expired session token', async () => {
    const token = await signSessionToken({ shop: SHOP_A, apiKey: config().apiKey, secret: config().apiSecret, now: new Date(Date.now() - 10 * 60_000) });
    const res = await request(t.app).get('/api/audit').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
  });

  it('answers 401 to a token signed with another secret', async () => {
    const token = await signSessionToken({ shop: SHOP_A, apiKey: config().apiKey, secret: 'not-the-app-secret' });
    const res = await request(t.app).get('/api/audit').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
  });

  it("answers 401 to another app's token", async () => {
    const token = await signSessionToken({ shop: SHOP_A, apiKey: 'some-other-app', secret: config().apiSecret });
    const res = await request(t.app).get('/api/audit').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(401);
  });

  it('answers 401 to a malformed bearer value', async () => {
    const res = await request(t.app).get('/api/audit').set('Authorization', 'Bearer not.a.jwt');
    expect(res.status).toBe(401);
  });

  it("never shows shop A's token the rows of shop B", async () => {
    t.standIn.addShop(emptyShop(SHOP_B));
    const b = await request(t.app)
      .get('/api/audit')
      .set('Authorization', await t.auth(SHOP_B));
    expect(b.body.events.map((e: { subject: string }) => e.subject)).toEqual(['processor:b-only']);
    const a = await request(t.app)
      .get('/api/audit')
      .set('Authorization', await t.auth());
    expect(a.body.events.every((e: { shop: string }) => e.shop === SHOP_A)).toBe(true);
    expect(JSON.stringify(a.body)).not.toContain('b-only');
  });
});
