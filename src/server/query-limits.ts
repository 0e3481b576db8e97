/**
 * Limits that stop an expensive or abusive operation before it reaches the database: tokens
 * (at parse), depth, aliases and literal list lengths (validation rules), and a cost budget
 * computed from the operation and its variables before execution. Each refusal names the
 * limit; the computed cost of every operation is reported as `extensions.cost`. Variables are
 * checked first, in this order: their raw shape (depth, list lengths), their coercion by the
 * operation's declarations (a bad variable is graphql's message, BAD_USER_INPUT), then the
 * coerced values with their defaults (list lengths, id lengths).
 *
 * Cost: every field costs 1; a field with a `first` or `limit` argument multiplies the cost of
 * what it selects by that page size (defaults included), so nested pages multiply out; a
 * relation's evidence and the root fields that scan the graph are priced in field-prices.ts.
 */
import { ApolloServerPlugin } from '@apollo/server';
import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import type { RequestContext } from '../graphql/context';
import { AcceptedCosts } from './accepted-costs';
import { fieldCost, scanPrices, SCANNING_FIELDS } from './field-prices';
import { idLengthError } from './id-arguments';
import { coerceVariables } from './variable-coercion';
import { variableShapeError } from './variable-shape';

export const LIMITS = {
  /** Lexical tokens in one document (graphql's parser stops counting past it). */
  maxTokens: 5_000,
  /** Nesting of selections, counting every field (introspection included). */
  maxDepth: 15,
  /** Aliased fields in one document. */
  maxAliases: 30,
  /** Items in one list argument or list variable. */
  maxListItems: 100,
  /** Cost budget of one operation. */
  maxCost: 50_000,
  /**
   * Root fields that scan the whole graph, per document. Priced by what they read, thirty of
   * them still fit the budget on the seed graph (49,950); a second filter is a second request.
   */
  maxScans: 1,
} as const;

function limitError(
  limit: keyof typeof LIMITS,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit,
      max: LIMITS[limit],
      ...extra,
      http: { status: 400 },
    },
  });
}

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A fragment cycle is reported by graphql's own NoFragmentCycles rule.
      if (!fragment || visiting.has(name)) continue;
      visiting.add(name);
      deepest = Math.max(deepest, depthOf(fragment.selectionSet, fragments, visiting));
      visiting.delete(name);
    }
  }
  return deepest;
}

export const depthLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const fragments = new Map(
    context
      .getDocument()
      .definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  return {
    OperationDefinition(operation) {
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > LIMITS.maxDepth) {
        context.reportError(
          limitError('maxDepth', `The operation is ${depth} levels deep; the limit is ${LIMITS.maxDepth}.`, {
            depth,
          }),
        );
      }
    },
  };
};

export const aliasLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  let aliases = 0;
  return {
    Field(field) {
      if (field.alias) aliases += 1;
    },
    Document: {
      leave() {
        if (aliases > LIMITS.maxAliases) {
          context.reportError(
            limitError(
              'maxAliases',
              `The operation uses ${aliases} aliases; the limit is ${LIMITS.maxAliases}.`,
              { aliases },
            ),
          );
        }
      },
    },
  };
};

export const listLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Argument(argument) {
    const visit = (value: typeof argument.value, path: string): void => {
      if (value.kind === Kind.LIST) {
        if (value.values.length > LIMITS.maxListItems) {
          context.reportError(
            limitError(
              'maxListItems',
              `${path}: a list of ${value.values.length} items; the limit is ${LIMITS.maxListItems}.`,
              { argument: path },
            ),
          );
          return;
        }
        value.values.forEach((item, i) => visit(item, `${path}[${i}]`));
      } else if (value.kind === Kind.OBJECT) {
        for (const field of value.fields) visit(field.value, `${path}.${field.name.value}`);
      }
    };
    visit(argument.value, argument.name.value);
  },
});

export const scanLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const scans = new Map<string, number>();
  return {
    Field(field) {
      if (SCANNING_FIELDS.has(field.name.value))
        scans.set(field.name.value, (scans.get(field.name.value) ?? 0) + 1);
    },
    Document: {
      leave() {
        for (const [field, count] of scans) {
          if (count > LIMITS.maxScans) {
            context.reportError(
              limitError(
                'maxScans',
                `The operation selects ${field} ${count} times, each a scan of the whole graph; the limit is ${LIMITS.maxScans}. Send one per request.`,
                { field },
              ),
            );
          }
        }
      },
    },
  };
};

export const queryLimitRules: ValidationRule[] = [
  depthLimitRule,
  aliasLimitRule,
  listLimitRule,
  scanLimitRule,
];

/** Operations that passed every check below, with their cost (one schema per process). */
const acceptedCosts = new AcceptedCosts();

export const queryCostPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, operation, schema, contextValue }) {
        // The raw variables first: nothing else may walk them before their depth is known.
        const shape = variableShapeError(request.variables ?? {}, LIMITS.maxListItems);
        if (shape) throw shape;
        const known = acceptedCosts.lookup(document, request.operationName, request.variables);
        if (known !== undefined) {
          contextValue.cost = known;
          return;
        }
        // Coerced, they include declared defaults, which obey the same list limit.
        const variables = coerceVariables(
          schema,
          operation?.variableDefinitions ?? [],
          request.variables ?? {},
        );
        const limited =
          variableShapeError(variables, LIMITS.maxListItems) ?? idLengthError(schema, document, variables);
        if (limited) throw limited;
        // Outside the try below: a database that cannot tell the graph's size is an outage, not an unbounded cost.
        const prices = await scanPrices(contextValue.db, document);
        let cost: number;
        try {
          cost = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [fieldCost(prices)],
          });
        } catch {
          throw limitError(
            'maxCost',
            `The operation's cost could not be bounded; the limit is ${LIMITS.maxCost}.`,
          );
        }
        contextValue.cost = cost;
        if (cost > LIMITS.maxCost) {
          throw limitError(
            'maxCost',
            `The operation would cost ${cost}; the limit is ${LIMITS.maxCost}. Ask for smaller pages (first/limit) or fewer nested lists.`,
            { cost },
          );
        }
        // A scanning field's price follows the graph's size, so only graph-independent costs are kept.
        if (Object.keys(prices).length === 0)
          acceptedCosts.remember(document, request.operationName, request.variables, cost);
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind === 'single' && contextValue.cost !== null) {
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            cost: contextValue.cost,
          };
        }
      },
    };
  },
};
