// Query cost, as Shopify documents it for the Admin GraphQL API
// (https://shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits): scalars and enums cost 0,
// objects 1, connections 2 plus the cost of each node, mutations 10. The requested cost counts
// every node a connection could return (its `first` or `last`) and must be in the bucket before the
// query runs; the actual cost counts the nodes it did return, and the difference is refunded.
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

const MUTATION_COST = 10;

type Value = Record<string, unknown>;

interface Walk {
  schema: GraphQLSchema;
  variables: Record<string, unknown>;
  fragments: Map<string, FragmentDefinitionNode>;
}

/** What the query may cost: every connection full to its page size. */
export function requestedQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  return documentCost(schema, document, variables, undefined);
}

/** What the query did cost, given the data it returned: connections count the nodes they returned. */
export function actualQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, data: Value | null | undefined): number {
  return documentCost(schema, document, variables, data ?? {});
}

function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, data: Value | undefined): number {
  const walk: Walk = { schema, variables, fragments: new Map() };
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) walk.fragments.set(definition.name.value, definition);
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (definition.operation === 'mutation') {
      total += definition.selectionSet.selections.length * MUTATION_COST;
      continue;
    }
    total += selectionCost(walk, schema.getQueryType()!, definition.selectionSet, data);
  }
  return total;
}

function argumentValue(walk: Walk, field: FieldNode, name: string): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const value = walk.variables[arg.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

const responseKey = (field: FieldNode) => field.alias?.value ?? field.name.value;
const isConnection = (type: GraphQLCompositeType) => type.name.endsWith('Connection');

/**
 * The cost of a selection set on `parent`. Without `value` (requested cost) every field counts;
 * with it (actual cost) only the fields the response holds, and connections by their nodes.
 */
function selectionCost(walk: Walk, parent: GraphQLCompositeType, selectionSet: SelectionSetNode, value: Value | undefined): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const condition = fragment.typeCondition ? walk.schema.getType(fragment.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) cost += selectionCost(walk, condition, fragment.selectionSet, value);
      continue;
    }
    if (!selection.selectionSet || !(isObjectType(parent) || isInterfaceType(parent))) continue;
    const field = parent.getFields()[selection.name.value];
    if (!field) continue;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) continue;
    if (value !== undefined && !(responseKey(selection) in value)) continue;
    const fieldValue = value?.[responseKey(selection)];
    if (isConnection(type)) cost += connectionCost(walk, type, selection, value === undefined ? undefined : ((fieldValue ?? {}) as Value));
    else if (value === undefined) cost += 1 + selectionCost(walk, type, selection.selectionSet, undefined);
    else if (fieldValue === null || fieldValue === undefined) cost += 1;
    else if (Array.isArray(fieldValue)) cost += 1 + Math.max(0, ...fieldValue.map((item) => selectionCost(walk, type, selection.selectionSet!, item as Value)));
    else cost += 1 + selectionCost(walk, type, selection.selectionSet, fieldValue as Value);
  }
  return cost;
}

/** 2 for the connection, plus each node (1 and what is selected on it) through `edges.node` or `nodes`; pageInfo is free. */
function connectionCost(walk: Walk, type: GraphQLCompositeType, field: FieldNode, value: Value | undefined): number {
  if (!isObjectType(type)) return 2;
  const pageSize = argumentValue(walk, field, 'first') ?? argumentValue(walk, field, 'last') ?? 1;
  let cost = 2;
  for (const selection of field.selectionSet!.selections) {
    if (selection.kind !== Kind.FIELD || !selection.selectionSet) continue;
    const items = value?.[responseKey(selection)] as Value[] | undefined;
    if (selection.name.value === 'nodes') {
      const nodeType = getNamedType(type.getFields().nodes!.type) as GraphQLCompositeType;
      cost +=
        value === undefined
          ? pageSize * (1 + selectionCost(walk, nodeType, selection.selectionSet, undefined))
          : nodesCost(walk, nodeType, selection.selectionSet, items ?? []);
    } else if (selection.name.value === 'edges') {
      const edgeType = getNamedType(type.getFields().edges!.type);
      if (!isObjectType(edgeType)) continue;
      const nodeType = getNamedType(edgeType.getFields().node!.type) as GraphQLCompositeType;
      for (const inner of selection.selectionSet.selections) {
        if (inner.kind !== Kind.FIELD || inner.name.value !== 'node' || !inner.selectionSet) continue;
        cost +=
          value === undefined
            ? pageSize * (1 + selectionCost(walk, nodeType, inner.selectionSet, undefined))
            : nodesCost(
                walk,
                nodeType,
                inner.selectionSet,
                (items ?? []).map((edge) => edge[responseKey(inner)] as Value),
              );
      }
    }
  }
  return cost;
}

function nodesCost(walk: Walk, nodeType: GraphQLCompositeType, selectionSet: SelectionSetNode, nodes: Value[]): number {
  return nodes.reduce((sum, node) => sum + 1 + selectionCost(walk, nodeType, selectionSet, node), 0);
}
