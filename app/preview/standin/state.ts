// What the stand-in keeps per shop, beside the shop's seed (customers and orders).
import type { createBucket } from './bucket.ts';
import type { BulkOperationRecord } from './bulk-operations.ts';
import type { ShopSeed } from './demo-shop.ts';

export interface StandInMetafield {
  id: string;
  namespace: string;
  key: string;
  type: string;
  value: string;
  updatedAt: Date;
}

/** A customerRequestDataErasure Shopify accepted; `heldUntil` when it holds it for a recent order. */
export interface StandInErasure {
  customerId: string;
  at: Date;
  heldUntil: Date | null;
}

export interface ShopState {
  seed: ShopSeed;
  bucket: ReturnType<typeof createBucket>;
  metafields: Map<string, StandInMetafield>;
  policies: Map<string, { body: string; updatedAt: Date }>;
  erasureRequests: StandInErasure[];
  /** customers removed by customerDelete */
  deletedCustomers: Array<{ customerId: string; at: Date }>;
  bulkOperations: BulkOperationRecord[];
}

export interface StandInCall {
  shop: string;
  kind: 'query' | 'mutation';
  /** the root fields asked for, e.g. ["customerRequestDataErasure"] */
  fields: string[];
  variables: Record<string, unknown>;
  /** what the bucket was charged up front, and what it kept after the refund */
  requestedQueryCost: number;
  actualQueryCost: number;
}
