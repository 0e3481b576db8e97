/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)` or `cytoscape({ elements })`): every
 * attribute under `data`, relations with `source` and `target`.
 */
import type { Attributes, ExportGraph } from './export-graph';

export interface CytoscapeElements {
  /** The graph's own attributes (the dataset version); Cytoscape.js reads them as `cy.data()`. */
  data: Attributes;
  elements: {
    nodes: { data: Attributes & { id: string } }[];
    edges: { data: Attributes & { id: string; source: string; target: string } }[];
  };
}

export function toCytoscape(graph: ExportGraph): CytoscapeElements {
  return {
    data: graph.getAttributes(),
    elements: {
      nodes: graph.mapNodes((node, attributes) => ({ data: { ...attributes, id: node } })),
      edges: graph.mapEdges((edge, attributes, source, target) => ({
        data: { ...attributes, id: edge, source, target },
      })),
    },
  };
}
