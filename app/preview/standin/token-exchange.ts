// POST /admin/oauth/access_token with the token-exchange grant
// (https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens/token-exchange):
// a valid session token for the shop buys an offline access token for the stand-in's Admin API.
import { jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
import type { ShopSeed } from './demo-shop.ts';

export interface TokenExchangeDeps {
  apiKey: string;
  apiSecret: string;
  states: Map<string, unknown>;
  /** access token → shop */
  tokens: Map<string, string>;
  addShop: (seed: ShopSeed) => void;
}

export async function tokenExchange({ apiKey, apiSecret, states, tokens, addShop }: TokenExchangeDeps, shop: string, request: Request): Promise<Response> {
  const body = (await request.json().catch(() => ({}))) as Record<string, string>;
  if (body.client_id !== apiKey || body.client_secret !== apiSecret) {
    return Response.json({ error: 'invalid_client', error_description: 'Client credentials are invalid' }, { status: 401 });
  }
  if (body.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange' || !body.subject_token) {
    return Response.json({ error: 'invalid_request' }, { status: 400 });
  }
  try {
    const { payload } = await jwtVerify(body.subject_token, new TextEncoder().encode(apiSecret), { audience: apiKey });
    if (payload.dest !== `https://${shop}`) throw new Error('token for another shop');
  } catch {
    return Response.json({ error: 'invalid_subject_token', error_description: 'Session token is invalid' }, { status: 400 });
  }
  if (!states.has(shop))
    addShop({
      domain: shop,
      name: shop.split('.')[0] ?? shop,
      email: `owner@${shop}`,
      contactEmail: `info@${shop}`,
      currencyCode: 'EUR',
      billingAddress: {},
      customers: [],
      orders: [],
    });
  const accessToken = `shpat_${randomBytes(16).toString('hex')}`;
  tokens.set(accessToken, shop);
  return Response.json({
    access_token: accessToken,
    scope: 'read_customers,write_customers,read_orders,write_legal_policies,write_app_proxy,write_customer_data_erasure',
  });
}
