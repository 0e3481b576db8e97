/**
 * The one builder of generated Cypher. Its pieces come from closed sets only: relationship
 * types and kinds from the vocabulary, keys that are GraphQL names, variables it makes itself.
 * Every value is a parameter, named in the order the plan is walked, so the text depends on the
 * plan's structure alone and Neo4j plans each shape once.
 */
import { ENTITY_KINDS, EntityKind } from '../domain/vocabulary';

export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

export class StatementBuilder {
  readonly params: Record<string, unknown> = {};
  private paramCount = 0;
  private variableCount = 0;

  /** A parameter holding `value`; returns its reference (`$p3`). */
  param(value: unknown): string {
    const name = `p${this.paramCount++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** A parameter with a fixed name, for the fixed fragments of cypher/ that name theirs. */
  named(name: string, value: unknown): string {
    if (!GRAPHQL_NAME.test(name) || /^p\d+$/.test(name))
      throw new Error(`Parameter name ${name} is not allowed`);
    this.params[name] = value;
    return `$${name}`;
  }

  /** A fresh variable: nested subqueries may not reuse a name of their outer scope. */
  variable(prefix: 'e' | 'r' | 'c' | 's' | 'n' | 'm'): string {
    return `${prefix}${this.variableCount++}`;
  }

  build(text: string): Statement {
    return { text, params: this.params };
  }
}

/** A map key from a GraphQL response key (a GraphQL name, so it needs no escaping beyond backticks). */
export function mapKey(responseKey: string): string {
  if (!GRAPHQL_NAME.test(responseKey)) throw new Error(`Not a GraphQL name: ${JSON.stringify(responseKey)}`);
  return `\`${responseKey}\``;
}

/** A stored property named after a schema field (a GraphQL name, so no escaping is needed). */
export function propertyKey(name: string): string {
  if (!GRAPHQL_NAME.test(name)) throw new Error(`Not a property name: ${JSON.stringify(name)}`);
  return name;
}

/** A kind as a Cypher string literal, from the vocabulary only. */
export function kindLiteral(kind: EntityKind): string {
  if (!(ENTITY_KINDS as readonly string[]).includes(kind))
    throw new Error(`Unknown entity kind ${JSON.stringify(kind)}`);
  return `'${kind}'`;
}
