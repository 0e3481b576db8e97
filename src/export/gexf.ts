/**
 * GEXF 1.3, the format Gephi reads natively. The graph is dynamic: a relation with a date spans
 * from the first to the last day its date can mean (`start`/`end`), so Gephi's timeline can
 * play it; undated relations are always present, and a node spans its entity's life where its
 * dates say it, widened to its relations' dates. Nodes carry the colour, size, span and
 * ForceAtlas2 position of drawing-attributes.ts (viz module). graphology-gexf's writer has no
 * dynamic mode, hence this small writer.
 */
import type { Attributes, ExportGraph } from './export-graph';
import { Column, columns, escapeXml, textOf } from './xml';

const GEXF_TYPE: Record<Column['type'], string> = {
  string: 'string',
  integer: 'integer',
  double: 'double',
  boolean: 'boolean',
};
// Written as GEXF's own label and interval, not as attribute columns.
const EDGE_SPECIAL = new Set(['label', 'dateEarliest', 'dateLatest']);
const NODE_SPECIAL = new Set(['label', 'x', 'y', 'color', 'size', 'start', 'end']);

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

function attributeModel(kind: 'node' | 'edge', model: Column[]): string[] {
  if (model.length === 0) return [];
  return [
    `    <attributes class="${kind}">`,
    ...model.map(
      (c) =>
        `      <attribute id="${escapeXml(c.name)}" title="${escapeXml(c.name)}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues(model: Column[], attributes: Attributes, indent: string): string[] {
  const values = model.filter((c) => attributes[c.name] !== undefined && attributes[c.name] !== null);
  if (values.length === 0) return [];
  return [
    `${indent}<attvalues>`,
    ...values.map(
      (c) =>
        `${indent}  <attvalue for="${escapeXml(c.name)}" value="${escapeXml(textOf(attributes[c.name]!))}"/>`,
    ),
    `${indent}</attvalues>`,
  ];
}

/** GEXF's start/end of a node (its entity's life, widened to its relations) or an edge (its date). */
function span(attributes: Attributes): string {
  const start = typeof attributes.start === 'string' ? ` start="${escapeXml(attributes.start)}"` : '';
  const end = typeof attributes.end === 'string' ? ` end="${escapeXml(attributes.end)}"` : '';
  return `${start}${end}`;
}

export function writeGexf(graph: ExportGraph, description: string): string {
  const nodeModel = columns(
    graph.mapNodes((_n, a) => a),
    NODE_SPECIAL,
  );
  const edgeModel = columns(
    graph.mapEdges((_e, a) => a),
    EDGE_SPECIAL,
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">`,
    '    <creator>evidence-graph</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    ...attributeModel('node', nodeModel),
    ...attributeModel('edge', edgeModel),
    '    <nodes>',
  ];
  graph.forEachNode((node, attributes) => {
    const color = typeof attributes.color === 'string' ? attributes.color : '#888888';
    const size = Number(attributes.size ?? 4);
    lines.push(
      `      <node id="${escapeXml(node)}" label="${escapeXml(textOf(attributes.label ?? node))}"${span(attributes)}>`,
      ...attvalues(nodeModel, attributes, '        '),
      `        <viz:color ${rgb(color)}/>`,
      `        <viz:size value="${size.toFixed(2)}"/>`,
      ...(typeof attributes.x === 'number' && typeof attributes.y === 'number'
        ? [`        <viz:position x="${attributes.x}" y="${attributes.y}" z="0.0"/>`]
        : []),
      '      </node>',
    );
  });
  lines.push('    </nodes>', '    <edges>');
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `      <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${escapeXml(textOf(attributes.label ?? ''))}"${span({ start: attributes.dateEarliest ?? null, end: attributes.dateLatest ?? null })}>`,
      ...attvalues(edgeModel, attributes, '        '),
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
