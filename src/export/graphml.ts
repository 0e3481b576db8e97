/**
 * GraphML (yEd, Gephi, NetworkX, igraph): typed `<key>` columns, then nodes and edges with
 * their data. Relations stay directed; ids are the entity and relation ids.
 */
import type { Attributes, ExportGraph } from './export-graph';
import { Column, columns, escapeXml, textOf } from './xml';

function keyId(kind: 'node' | 'edge', name: string): string {
  return `${kind === 'node' ? 'n' : 'e'}_${name}`;
}

function keys(kind: 'node' | 'edge', model: Column[]): string[] {
  return model.map(
    (c) =>
      `  <key id="${escapeXml(keyId(kind, c.name))}" for="${kind}" attr.name="${escapeXml(c.name)}" attr.type="${c.type === 'integer' ? 'int' : c.type}"/>`,
  );
}

function data(kind: 'node' | 'edge', model: Column[], attributes: Attributes): string[] {
  return model
    .filter((c) => attributes[c.name] !== undefined && attributes[c.name] !== null)
    .map(
      (c) =>
        `      <data key="${escapeXml(keyId(kind, c.name))}">${escapeXml(textOf(attributes[c.name]!))}</data>`,
    );
}

export function writeGraphml(graph: ExportGraph): string {
  const nodeModel = columns(graph.mapNodes((_n, a) => a));
  const edgeModel = columns(graph.mapEdges((_e, a) => a));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('node', nodeModel),
    ...keys('edge', edgeModel),
    '  <key id="g_datasetVersion" for="graph" attr.name="datasetVersion" attr.type="string"/>',
    '  <graph id="evidence-graph" edgedefault="directed">',
    `    <data key="g_datasetVersion">${escapeXml(String(graph.getAttribute('datasetVersion') ?? ''))}</data>`,
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">`, ...data('node', nodeModel, attributes), '    </node>');
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`,
      ...data('edge', edgeModel, attributes),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
