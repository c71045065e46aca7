// Mints App Bridge session tokens the way Shopify does (HS256 JWT signed with the app secret),
// for the local preview's demo shop and for tests. Shopify mints them in production.
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';

export interface SessionTokenClaims {
  shop: string;
  apiKey: string;
  secret: string;
  /** the staff member's user id */
  userId?: string;
  now?: Date;
  lifetimeSeconds?: number;
}

export async function signSessionToken({ shop, apiKey, secret, userId = '1', now = new Date(), lifetimeSeconds = 60 }: SessionTokenClaims) {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ dest: `https://${shop}`, sid: randomUUID() })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(`https://${shop}/admin`)
    .setAudience(apiKey)
    .setSubject(userId)
    .setIssuedAt(issuedAt)
    .setNotBefore(issuedAt - 5)
    .setExpirationTime(issuedAt + lifetimeSeconds)
    .setJti(randomUUID())
    .sign(new TextEncoder().encode(secret));
}
