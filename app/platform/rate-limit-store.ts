// An express-rate-limit Store counted in the database, so that every instance of the app shares
// one count per key (PostgreSQL; the single-instance SQLite default counts in memory instead).
// Fixed windows: a key's first hit opens a window of windowMs, later hits count in it, and the
// first hit after it ends opens the next.
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';
import type { Db } from './db/index.ts';

/** Windows that ended this long ago are deleted, at most once per this interval per store. */
const SWEEP_INTERVAL_MS = 10 * 60_000;

export class DatabaseRateLimitStore implements Store {
  windowMs = 60_000;
  localKeys = false;
  private lastSweep = 0;

  constructor(
    private readonly db: Db,
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options) {
    this.windowMs = options.windowMs;
  }

  /**
   * One statement, so that hits arriving at once on several instances are all counted: there is
   * no Prisma model call that increments or restarts a window depending on the row it finds.
   */
  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = new Date(this.now());
    const nextReset = new Date(now.getTime() + this.windowMs);
    const id = this.prefix + key;
    const [row] = await this.db.$queryRaw<Array<{ hits: number | bigint; resetAt: Date | string }>>`
      INSERT INTO "RateLimitCounter" ("key", "hits", "resetAt") VALUES (${id}, 1, ${nextReset})
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN 1 ELSE "RateLimitCounter"."hits" + 1 END,
        "resetAt" = CASE WHEN "RateLimitCounter"."resetAt" <= ${now} THEN ${nextReset} ELSE "RateLimitCounter"."resetAt" END
      RETURNING "hits", "resetAt"`;
    this.sweepNowAndThen(now);
    if (!row) throw new Error('The rate-limit counter upsert returned no row.');
    return { totalHits: Number(row.hits), resetTime: new Date(row.resetAt) };
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const row = await this.db.rateLimitCounter.findUnique({ where: { key: this.prefix + key } });
    if (!row || row.resetAt.getTime() <= this.now()) return undefined;
    return { totalHits: row.hits, resetTime: row.resetAt };
  }

  async decrement(key: string) {
    await this.db.rateLimitCounter.updateMany({ where: { key: this.prefix + key, hits: { gt: 0 } }, data: { hits: { decrement: 1 } } });
  }

  async resetKey(key: string) {
    await this.db.rateLimitCounter.deleteMany({ where: { key: this.prefix + key } });
  }

  /** Ended windows are of no use; deleting them keeps the table as small as the current traffic. */
  private sweepNowAndThen(now: Date) {
    if (now.getTime() - this.lastSweep < SWEEP_INTERVAL_MS) return;
    this.lastSweep = now.getTime();
    // A sweep that fails is retried at the next interval; the counts do not depend on it.
    this.db.rateLimitCounter.deleteMany({ where: { resetAt: { lt: now } } }).catch(() => {});
  }
}
