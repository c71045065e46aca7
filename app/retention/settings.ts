// Whether the shop's daily dry run is applied automatically.
import type { AppDeps } from '../platform/deps.ts';
import type { Db } from '../platform/db/index.ts';
import { recordAudit } from '../audit/log.ts';

export async function getRetentionSettings(db: Db, shop: string): Promise<{ automatic: boolean; updatedAt: Date | null }> {
  const row = await db.retentionSettings.findUnique({ where: { shop } });
  return { automatic: row?.automatic ?? false, updatedAt: row?.updatedAt ?? null };
}

export async function saveRetentionSettings(deps: Pick<AppDeps, 'db' | 'clock'>, shop: string, actor: string, settings: { automatic: boolean }) {
  const now = deps.clock.now();
  await deps.db.$transaction(async (tx) => {
    await tx.retentionSettings.upsert({
      where: { shop },
      create: { shop, automatic: settings.automatic, updatedAt: now },
      update: { automatic: settings.automatic, updatedAt: now },
    });
    await recordAudit(tx, {
      shop,
      actor,
      action: 'retention.settings_changed',
      subject: 'retention-settings',
      details: { automatic: settings.automatic },
      at: now,
    });
  });
  return getRetentionSettings(deps.db, shop);
}
