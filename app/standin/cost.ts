// Requested query cost, as Shopify documents it for the Admin GraphQL API: scalars and enums cost 0,
// objects 1, connections 2 plus their page size times the cost of each node, mutations 10.
// (https://shopify.dev/docs/api/usage/limits#cost-calculation)
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

const MUTATION_COST = 10;

export function requestedQueryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}): number {
  let total = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (definition.operation === 'mutation') {
      total += definition.selectionSet.selections.length * MUTATION_COST;
      continue;
    }
    total += selectionCost(schema.getQueryType()!, definition.selectionSet, variables);
  }
  return total;
}

function argumentValue(field: FieldNode, name: string, variables: Record<string, unknown>): number | undefined {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Number(arg.value.value);
  if (arg.value.kind === Kind.VARIABLE) {
    const value = variables[arg.value.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

function selectionCost(parent: GraphQLCompositeType, selectionSet: SelectionSetNode, variables: Record<string, unknown>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT && selection.selectionSet) {
      cost += selectionCost(parent, selection.selectionSet, variables);
      continue;
    }
    if (selection.kind !== Kind.FIELD || !isObjectType(parent)) continue;
    const field = parent.getFields()[selection.name.value];
    if (!field || !selection.selectionSet) continue;
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) continue;
    const inner = selectionCost(type, selection.selectionSet, variables);
    if (type.name.endsWith('Connection')) {
      const pageSize = argumentValue(selection, 'first', variables) ?? argumentValue(selection, 'last', variables) ?? 1;
      cost += 2 + pageSize * Math.max(inner - 1, 1);
    } else {
      cost += 1 + inner;
    }
  }
  return cost;
}
