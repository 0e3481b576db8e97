/**
 * The cost of operations already checked, so a client repeating an operation (the common
 * case: an IDE, a visualisation polling, the same query with new ids) is not walked again by
 * the variable coercion, id-length and cost checks. Those checks depend only on the schema, the
 * document and the variables' values, so an accepted (document, operation, variables) stays
 * accepted at the same cost. Apollo hands the same parsed document for the same query text; a
 * document that is collected drops its entries with it. A refused operation is never kept, so
 * every refusal is computed and named afresh.
 */
import type { DocumentNode } from 'graphql';

/** Variable sets kept per document: enough for a client paging through ids, bounded against one that never repeats. */
const ENTRIES_PER_DOCUMENT = 256;

export class AcceptedCosts {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  lookup(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number | undefined {
    return this.byDocument.get(document)?.get(key(operationName, variables));
  }

  remember(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    cost: number,
  ): void {
    let entries = this.byDocument.get(document);
    if (!entries) {
      entries = new Map();
      this.byDocument.set(document, entries);
    }
    // Dropping all at once keeps the bound without bookkeeping; the next requests refill it.
    if (entries.size >= ENTRIES_PER_DOCUMENT) entries.clear();
    entries.set(key(operationName, variables), cost);
  }
}

function key(
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  // The raw variables' depth and size were checked before a lookup, so serialising them is bounded.
  return `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
}
