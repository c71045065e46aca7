// The merchant's connections to processors: an API key for a vendor with an erasure API (sealed
// like shoppers' contact details, shown again only as its last four characters) and the privacy
// contact mails go to (the catalogue's, unless the merchant gave another). The only module that
// touches ProcessorConnection.
import { readFileSync } from 'node:fs';
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { encrypt, openSealed } from '../platform/crypto.ts';
import { isApiVendor, type ApiVendor, type Connector } from './connector.ts';
import { stripeConnector } from './stripe.ts';
import { klaviyoConnector } from './klaviyo.ts';
import { mailchimpConnector } from './mailchimp.ts';

const CATALOGUE = JSON.parse(readFileSync(new URL('./data/privacy-contacts.json', import.meta.url), 'utf8')) as { contacts: Record<string, string> };

/** The catalogue's privacy contact for a processor of the register, by its id. */
export const catalogueContact = (processorId: string): string | undefined => CATALOGUE.contacts[processorId];

const CONNECTORS: Record<ApiVendor, (key: string, baseUrl?: string) => Connector> = {
  stripe: stripeConnector,
  klaviyo: klaviyoConnector,
  mailchimp: mailchimpConnector,
};

/** "…4242": enough for the merchant to tell keys apart, too little to use. */
export const keyHint = (key: string) => `…${key.slice(-4)}`;

export async function loadConnections(db: Db, shop: string) {
  return db.processorConnection.findMany({ where: { shop } });
}

export type ConnectionRow = Awaited<ReturnType<typeof loadConnections>>[number];

/** What the API may say about a connection: never the key. */
export type ConnectionView = ReturnType<typeof describeConnection>;
export function describeConnection(processorId: string, row: ConnectionRow | undefined) {
  const catalogue = catalogueContact(processorId);
  return {
    processorId,
    api: isApiVendor(processorId),
    connected: Boolean(row?.keyEncrypted),
    keyHint: row?.keyEncrypted ? row.keyHint : null,
    privacyContact: row?.privacyContact ?? catalogue ?? null,
    catalogueContact: catalogue ?? null,
    test: row?.testResult ? { result: row.testResult, message: row.testMessage, at: row.testedAt } : null,
  };
}

export async function saveConnection(
  deps: Pick<AppDeps, 'db' | 'config' | 'clock'>,
  shop: string,
  processorId: string,
  change: { key?: string | null; privacyContact?: string | null },
) {
  const now = deps.clock.now();
  const key =
    change.key === undefined
      ? {}
      : change.key === null
        ? { keyEncrypted: null, keyHint: null, testResult: null, testMessage: null, testedAt: null }
        : { keyEncrypted: encrypt(deps.config.encryptionKey, change.key), keyHint: keyHint(change.key), testResult: null, testMessage: null, testedAt: null };
  const contact = change.privacyContact === undefined ? {} : { privacyContact: change.privacyContact };
  return deps.db.processorConnection.upsert({
    where: { shop_processorId: { shop, processorId } },
    create: { shop, processorId, ...key, ...contact, updatedAt: now },
    update: { ...key, ...contact, updatedAt: now },
  });
}

export async function recordTest(db: Db, shop: string, processorId: string, result: 'ok' | 'failed', message: string, at: Date) {
  await db.processorConnection.update({ where: { shop_processorId: { shop, processorId } }, data: { testResult: result, testMessage: message, testedAt: at } });
}

/** The connector for a processor the merchant connected by key, or undefined. */
export function connectorOf(
  deps: Pick<AppDeps, 'config' | 'vendorEndpoints'>,
  processorId: string,
  row: ConnectionRow | null | undefined,
): Connector | undefined {
  if (!isApiVendor(processorId)) return undefined;
  const key = openSealed(deps.config.encryptionKey, row?.keyEncrypted);
  return key ? CONNECTORS[processorId](key, deps.vendorEndpoints?.[processorId]) : undefined;
}

export async function loadConnection(db: Db, shop: string, processorId: string) {
  return db.processorConnection.findUnique({ where: { shop_processorId: { shop, processorId } } });
}
