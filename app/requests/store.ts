// Data access for data-subject requests: the request, its human-action trail (events) and its
// execution log (steps). Every query names the shop.
import type { Db, Prisma } from '../platform/db/index.ts';
import { NotFoundError } from '../platform/errors.ts';
import { readEnumColumn, type JsonObject } from '../platform/json-column.ts';
import { REQUEST_STATUSES, REQUEST_TYPES, type RequestSource, type RequestStatus, type RequestType } from './rights.ts';

type Tx = Pick<Prisma.TransactionClient, 'dataSubjectRequest' | 'requestEvent' | 'requestStep'>;

/** A request's right and status, checked as they are read. */
export const requestTypeOf = (row: { id: string; type: string }): RequestType =>
  readEnumColumn(REQUEST_TYPES, row.type, { table: 'DataSubjectRequest', column: 'type', id: row.id });
export const requestStatusOf = (row: { id: string; status: string }): RequestStatus =>
  readEnumColumn(REQUEST_STATUSES, row.status, { table: 'DataSubjectRequest', column: 'status', id: row.id });

export interface NewRequest {
  shop: string;
  type: RequestType;
  source: RequestSource;
  status: RequestStatus;
  receivedAt: Date;
  verifiedAt?: Date | null;
  dueAt?: Date | null;
  shopifyCustomerId?: string | null;
  emailHash?: string | null;
  emailEncrypted?: string | null;
  details?: JsonObject;
  webhookDeliveryId?: string;
  verificationHash?: string;
  verificationExpiresAt?: Date;
  locale?: string;
}

export async function createRequest(tx: Tx, request: NewRequest, actor: string) {
  const row = await tx.dataSubjectRequest.create({ data: request });
  await tx.requestEvent.create({
    data: {
      shop: request.shop,
      requestId: row.id,
      actor,
      kind: 'received',
      message: `Request received from ${request.source.replace('_', ' ')}`,
      createdAt: request.receivedAt,
    },
  });
  return row;
}

export async function addEvent(
  tx: Tx,
  event: { shop: string; requestId: string; actor: string; kind: string; message?: string; details?: JsonObject; at: Date },
) {
  await tx.requestEvent.create({
    data: {
      shop: event.shop,
      requestId: event.requestId,
      actor: event.actor,
      kind: event.kind,
      message: event.message,
      details: event.details,
      createdAt: event.at,
    },
  });
}

/** The execution log: what was done, in which system, with what result. Never personal data. */
export async function addStep(
  tx: Tx,
  step: {
    shop: string;
    requestId: string;
    action: string;
    system: 'lawfully' | 'shopify';
    result: 'ok' | 'failed' | 'held' | 'skipped';
    details?: JsonObject;
    at: Date;
  },
) {
  await tx.requestStep.create({
    data: {
      shop: step.shop,
      requestId: step.requestId,
      action: step.action,
      system: step.system,
      result: step.result,
      details: step.details,
      createdAt: step.at,
    },
  });
}

export async function findRequest(db: Db, shop: string, id: string) {
  const row = await db.dataSubjectRequest.findFirst({
    where: { id, shop },
    include: {
      events: { orderBy: { createdAt: 'asc' } },
      steps: { orderBy: { createdAt: 'asc' } },
      exports: { select: { id: true, summary: true, createdAt: true, expiresAt: true }, orderBy: { createdAt: 'desc' } },
    },
  });
  if (!row) throw new NotFoundError('No such request');
  return row;
}

export async function listRequests(db: Db, shop: string, { status, type }: { status?: string; type?: string } = {}) {
  return db.dataSubjectRequest.findMany({
    where: { shop, ...(status ? { status } : {}), ...(type ? { type } : {}) },
    orderBy: { receivedAt: 'desc' },
    take: 500,
    select: {
      id: true,
      type: true,
      source: true,
      status: true,
      receivedAt: true,
      verifiedAt: true,
      dueAt: true,
      extendedAt: true,
      closedAt: true,
      shopifyCustomerId: true,
      emailEncrypted: true,
    },
  });
}
