/**
 * What a field costs in the cost model, beyond 1 per field: a page multiplies what it selects
 * by its size (`first` or `limit`, defaults included); a relation's evidence is a list of up to
 * the citation cap (or its `first`, once it is paged), and the root fields that scan the whole
 * graph (`weakRelations`, `networkMeasures`) cost what they read, by the graph's current size. They used
 * to cost about 1, so one cheap-looking request could run 30 whole-graph scans.
 */
import { ComplexityEstimator } from 'graphql-query-complexity';
import { DocumentNode, visit } from 'graphql';
import { Database } from '../db/database';
import { MAX_CITATIONS_PER_RELATION } from '../writes/relation-writes';
import { graphSize } from '../graph-state/stats-cache';

/** The extra cost of each root field that scans the graph (0 when the operation has none). */
export type ScanPrices = Readonly<Record<string, number>>;

// `stats` scans too, but once per data version: its answer is kept (graph-state/stats-cache.ts).
export const SCANNING_FIELDS: ReadonlySet<string> = new Set(['weakRelations', 'networkMeasures']);

/** Prices the scanning root fields the document selects; the graph's size only when there are any. */
export async function scanPrices(db: Database, document: DocumentNode): Promise<ScanPrices> {
  let scans = false;
  visit(document, {
    Field(node) {
      if (SCANNING_FIELDS.has(node.name.value)) scans = true;
    },
  });
  if (!scans) return {};
  const size = await graphSize(db);
  return {
    // Every relation, and the citations of each to count its sources.
    weakRelations: size.relations + size.citations,
    // Every relation, then the graph algorithms over the entities they touch (even when the
    // answer is kept: the price must not depend on what other requests asked before).
    networkMeasures: size.relations + size.entities,
  };
}

function pageSize(args: Record<string, unknown>): number {
  return typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : 1;
}

export function fieldCost(scans: ScanPrices): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name === 'Relation' && field.name === 'evidence') {
      const size =
        typeof args.first === 'number'
          ? Math.min(args.first, MAX_CITATIONS_PER_RELATION)
          : MAX_CITATIONS_PER_RELATION;
      return 1 + Math.max(1, size) * childComplexity;
    }
    const scanned = type.name === 'Query' ? (scans[field.name] ?? 0) : 0;
    return 1 + scanned + Math.max(1, pageSize(args)) * childComplexity;
  };
}
