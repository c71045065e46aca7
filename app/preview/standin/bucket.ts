// Shopify's leaky bucket for the Admin GraphQL API: points restore at a fixed rate up to a maximum;
// a query that asks for more than is available is refused with THROTTLED (and costs nothing).
import type { Clock } from '../../platform/clock.ts';

export interface BucketOptions {
  maximumAvailable: number;
  restoreRate: number;
}

/** Shopify's standard-plan figures (https://shopify.dev/docs/api/usage/limits). */
export const STANDARD_BUCKET: BucketOptions = { maximumAvailable: 2000, restoreRate: 100 };

export function createBucket(options: BucketOptions, clock: Clock) {
  let available = options.maximumAvailable;
  let updatedAt = clock.now().getTime();
  const refill = () => {
    const now = clock.now().getTime();
    available = Math.min(options.maximumAvailable, available + ((now - updatedAt) / 1000) * options.restoreRate);
    updatedAt = now;
  };
  return {
    /** Takes the points if they are there; answers whether it did. */
    take(cost: number): boolean {
      refill();
      if (cost > available) return false;
      available -= cost;
      return true;
    },
    refund(points: number) {
      available = Math.min(options.maximumAvailable, available + points);
    },
    status() {
      refill();
      return { maximumAvailable: options.maximumAvailable, currentlyAvailable: Math.floor(available), restoreRate: options.restoreRate };
    },
  };
}
