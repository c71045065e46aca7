// Bulk query operations in the Admin API stand-in, as Shopify documents them
// (https://shopify.dev/docs/api/usage/bulk-operations/queries): bulkOperationRunQuery takes a query
// with one top-level connection, runs it without page sizes, and after a while (CREATED, RUNNING,
// COMPLETED) offers the result as JSONL at a URL: one line per node, the nodes of a nested
// connection after their parent with its id as `__parentId`. API 2025-10 allows one bulk query per
// app and shop at a time. The stand-in takes its snapshot when the operation is created.
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/** How long an operation waits before it runs, and how fast it runs (objects written a second). */
export const BULK_START_DELAY_MS = 500;
export const BULK_OBJECTS_PER_SECOND = 1000;

export interface BulkOperationRecord {
  id: string;
  query: string;
  createdAt: Date;
  /** the JSONL lines, written when the operation was created */
  lines: string[];
  rootObjectCount: number;
  /** the unguessable part of the result URL (Shopify's are signed URLs) */
  resultKey: string;
}

export type BulkOperationStatus = 'CREATED' | 'RUNNING' | 'COMPLETED';

const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');
const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** Shopify's restrictions on a bulk query, as a user error message, or null when it may run. */
export function bulkQueryProblem(schema: GraphQLSchema, document: DocumentNode): string | null {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0]!.operation !== 'query') return 'Bulk queries must contain exactly one query operation.';
  const roots = operations[0]!.selectionSet.selections.filter((s) => s.kind === Kind.FIELD);
  if (roots.length !== 1) return 'Bulk queries must contain exactly one top-level field.';
  const root = roots[0]!;
  if (root.name.value === 'node' || root.name.value === 'nodes') return 'The top-level node and nodes fields cannot be used in bulk queries.';
  const rootField = schema.getQueryType()!.getFields()[root.name.value];
  const rootType = rootField && getNamedType(rootField.type);
  if (!rootType || !isCompositeType(rootType) || !isConnection(rootType)) return 'The stand-in runs bulk queries whose top-level field is a connection.';
  let connections = 0;
  let deepest = 0;
  const visit = (parent: GraphQLCompositeType, selectionSet: SelectionSetNode, depth: number) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !selection.selectionSet || !isObjectType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      const type = field && getNamedType(field.type);
      if (!type || !isCompositeType(type)) continue;
      const inner = isConnection(type) ? depth + 1 : depth;
      if (isConnection(type)) connections += 1;
      deepest = Math.max(deepest, inner);
      visit(type, selection.selectionSet, inner);
    }
  };
  visit(schema.getQueryType()!, operations[0]!.selectionSet, 0);
  if (connections > 5) return 'Bulk queries cannot contain more than 5 connections.';
  if (deepest > 2) return 'Bulk queries cannot contain connections nested more than 2 levels deep.';
  return null;
}

/** The result of a bulk query as JSONL lines: each connection's nodes, nested ones with `__parentId`. */
export function toJsonl(schema: GraphQLSchema, document: DocumentNode, data: Record<string, unknown>): { lines: string[]; rootObjectCount: number } {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const root = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD)!;
  const rootType = getNamedType(schema.getQueryType()!.getFields()[root.name.value]!.type) as GraphQLObjectType;
  const lines: string[] = [];
  const rootObjectCount = writeConnection(rootType, root, data[responseKey(root)] as Record<string, unknown>, null, lines);
  return { lines, rootObjectCount };
}

/** Writes a connection's nodes (each followed by its nested connections' nodes); answers how many. */
function writeConnection(type: GraphQLObjectType, field: FieldNode, value: Record<string, unknown> | null, parentId: string | null, lines: string[]): number {
  if (!value) return 0;
  let written = 0;
  for (const selection of field.selectionSet!.selections) {
    if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
    let nodes: Array<Record<string, unknown>> = [];
    let nodeSelection: SelectionSetNode | undefined;
    if (selection.name.value === 'nodes') {
      nodes = value[responseKey(selection)] as Array<Record<string, unknown>>;
      nodeSelection = selection.selectionSet;
    } else if (selection.name.value === 'edges') {
      const node = selection.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'node');
      if (!node) continue;
      nodes = (value[responseKey(selection)] as Array<Record<string, unknown>>).map((edge) => edge[responseKey(node)] as Record<string, unknown>);
      nodeSelection = node.selectionSet;
    }
    if (!nodeSelection) continue;
    const nodeType = getNamedType(type.getFields()[selection.name.value]!.type);
    const edgeNodeType = isObjectType(nodeType) && nodeType.getFields().node ? getNamedType(nodeType.getFields().node!.type) : nodeType;
    for (const node of nodes) {
      const nested: Array<{ type: GraphQLObjectType; field: FieldNode; value: Record<string, unknown> | null }> = [];
      const line = withoutConnections(edgeNodeType as GraphQLCompositeType, nodeSelection, node, nested);
      if (parentId) line.__parentId = parentId;
      lines.push(JSON.stringify(line));
      written += 1;
      for (const child of nested) writeConnection(child.type, child.field, child.value, String(node.id), lines);
    }
  }
  return written;
}

/** A copy of the node without its connection fields, which are collected in `nested` instead. */
function withoutConnections(
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  value: Record<string, unknown>,
  nested: Array<{ type: GraphQLObjectType; field: FieldNode; value: Record<string, unknown> | null }>,
): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  const connectionKeys = new Set<string>();
  const visit = (parent: GraphQLCompositeType, set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(parent, selection.selectionSet);
        continue;
      }
      if (selection.kind !== Kind.FIELD || !isObjectType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      const fieldType = field && getNamedType(field.type);
      if (fieldType && isObjectType(fieldType) && isConnection(fieldType) && selection.selectionSet) {
        connectionKeys.add(responseKey(selection));
        nested.push({ type: fieldType, field: selection, value: value[responseKey(selection)] as Record<string, unknown> | null });
      }
    }
  };
  visit(type, selectionSet);
  for (const [key, inner] of Object.entries(value)) if (!connectionKeys.has(key)) copy[key] = inner;
  return copy;
}

/** Where the operation stands at `now`: it waits, then writes its objects at a steady rate. */
export function bulkOperationView(operation: BulkOperationRecord, now: Date, resultUrl: (key: string) => string) {
  const elapsed = now.getTime() - operation.createdAt.getTime();
  const total = operation.lines.length;
  const runTime = (total / BULK_OBJECTS_PER_SECOND) * 1000;
  const status: BulkOperationStatus = elapsed < BULK_START_DELAY_MS ? 'CREATED' : elapsed < BULK_START_DELAY_MS + runTime ? 'RUNNING' : 'COMPLETED';
  const done = status === 'COMPLETED';
  const written = done ? total : status === 'RUNNING' ? Math.floor(((elapsed - BULK_START_DELAY_MS) / 1000) * BULK_OBJECTS_PER_SECOND) : 0;
  return {
    __typename: 'BulkOperation',
    id: operation.id,
    type: 'QUERY',
    status,
    errorCode: null,
    query: operation.query,
    createdAt: operation.createdAt.toISOString(),
    completedAt: done ? new Date(operation.createdAt.getTime() + BULK_START_DELAY_MS + runTime).toISOString() : null,
    objectCount: String(written),
    rootObjectCount: String(done ? operation.rootObjectCount : Math.min(written, operation.rootObjectCount)),
    fileSize: done && total ? String(Buffer.byteLength(jsonlBody(operation))) : null,
    // Shopify gives no URL when the query found nothing.
    url: done && total ? resultUrl(operation.resultKey) : null,
    partialDataUrl: null,
  };
}

/** The result file: one JSON object a line. */
export const jsonlBody = (operation: BulkOperationRecord) => operation.lines.map((line) => `${line}\n`).join('');
