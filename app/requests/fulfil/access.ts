// Access (Art. 15) and portability (Art. 20): the same export package, in JSON and CSV, sent as a
// download link that works for DOWNLOAD_LINK_DAYS.
import { randomToken } from '../../platform/crypto.ts';
import { addDays } from '../../platform/time.ts';
import { assembleExport, summarise } from '../export-package.ts';
import { exportColumn } from '../exports.ts';
import { storefrontLink, tokenHash } from '../shopper-links.ts';
import type { Fulfilled, Fulfilment } from './fulfilment.ts';

/** How long a shopper's download link works. */
export const DOWNLOAD_LINK_DAYS = 14;

export async function sendExport({ deps, shop, request, customerId, now, step }: Fulfilment): Promise<Fulfilled> {
  const content = await assembleExport(
    deps,
    shop,
    { shopifyCustomerId: customerId, emailHash: request.emailHash },
    { excludeRequestId: request.id, locale: request.locale },
  );
  const token = randomToken();
  await deps.db.exportPackage.create({
    data: {
      shop,
      requestId: request.id,
      content: exportColumn(content),
      summary: summarise(content),
      downloadHash: tokenHash(token),
      createdAt: now,
      expiresAt: addDays(now, DOWNLOAD_LINK_DAYS),
    },
  });
  await step('export.assemble', customerId ? 'shopify' : 'lawfully', 'ok', {
    orders: content.shopify.orders.length,
    customerRecord: Boolean(content.shopify.customer),
    consentRecords: content.lawfully.consentRecords.length,
  });
  return {
    outcome: {
      kind: 'export_ready',
      days: DOWNLOAD_LINK_DAYS,
      links: [storefrontLink(deps, shop, `exports/${token}`), storefrontLink(deps, shop, `exports/${token}?format=csv`)],
    },
    // The link opens the package: only its hash is kept.
    trail: `The person was sent a download link, valid for ${DOWNLOAD_LINK_DAYS} days.`,
  };
}
