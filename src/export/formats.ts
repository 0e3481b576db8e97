/**
 * The export formats by file name: what each is called, its media type and how it is written.
 */
import type { ExportGraph } from './export-graph';
import { toCytoscape } from './cytoscape';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';

export interface ExportFormat {
  contentType: string;
  extension: string;
  write(graph: ExportGraph, description: string): string;
}

export const EXPORT_FORMATS: Record<string, ExportFormat> = {
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf', write: writeGexf },
  'graph.graphml': {
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    write: writeGraphml,
  },
  // graphology's own serialisation: `Graph.from(json)` or `graph.import(json)`.
  'graph.json': {
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    write: (graph) => JSON.stringify(graph.export()),
  },
  'cytoscape.json': {
    contentType: 'application/json; charset=utf-8',
    extension: 'cytoscape.json',
    write: (graph) => JSON.stringify(toCytoscape(graph)),
  },
};
