/**
 * An entity's readable page at /entity/<id>: name, kind, fields, and every relation with its
 * certainty, date and evidence (quote, source, offset), each neighbour a link to its own page.
 * Plain HTML without scripts, so the pages' strict content security policy holds.
 */
import { EntityKind, KIND_LABEL } from '../domain/vocabulary';
import { escapeXml as escape } from '../export/xml';
import { entityFields, statementFields } from './json-ld';
import { EntityDocumentRow, RelationRow } from './linked-data-reads';

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
th{text-align:left;padding-right:1rem;vertical-align:top}blockquote{margin:.3rem 0 .3rem 1rem;color:#444}
li{margin-bottom:.8rem}small{color:#666}`;

function show(value: unknown): string {
  return escape(Array.isArray(value) ? value.join('; ') : String(value));
}

function link(id: string, names: Map<string, string>): string {
  return `<a href="/entity/${escape(encodeURIComponent(id))}">${escape(names.get(id) ?? id)}</a>`;
}

function relationItem(relation: RelationRow, self: string, names: Map<string, string>): string {
  const outgoing = relation.from === self;
  const other = link(outgoing ? relation.to : relation.from, names);
  const facts = statementFields(relation.type)
    .filter((field) => relation.props[field] !== null && relation.props[field] !== undefined)
    .map((field) => `${escape(field)}: ${show(relation.props[field])}`)
    .join(', ');
  const evidence = relation.citations
    .map(
      (c) =>
        `<blockquote>“${escape(c.quote)}” <small>(${link(c.sourceId, names)}${c.seed ? `, ${escape(c.seed)}` : ''}${typeof c.offset === 'number' ? ` at ${c.offset}` : ''})</small></blockquote>`,
    )
    .join('');
  return `<li>${outgoing ? '' : `${other} `}<strong>${escape(relation.type)}</strong>${outgoing ? ` ${other}` : ' this'} <small>(${facts})</small>${evidence}</li>`;
}

export function entityPage(document: EntityDocumentRow, version: string): string {
  const { entity, relations, neighbours } = document;
  const id = String(entity.id);
  const kind = entity.kind as EntityKind;
  const names = new Map(neighbours.map((n) => [n.id, n.name]));
  names.set(id, String(entity.name));
  const rows = entityFields(kind)
    .filter((field) => field !== 'name' && entity[field] !== null && entity[field] !== undefined)
    .map((field) => `<tr><th>${escape(field)}</th><td>${show(entity[field])}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escape(String(entity.name))}</title>
<link rel="alternate" type="application/ld+json" href="/entity/${escape(encodeURIComponent(id))}">
<style>${STYLE}</style></head>
<body><h1>${escape(String(entity.name))}</h1>
<p>${escape(KIND_LABEL[kind] ?? kind)} · <code>${escape(id)}</code></p>
<table>${rows}</table>
<h2>Relations (${relations.length})</h2>
<ul>${relations.map((r) => relationItem(r, id, names)).join('\n')}</ul>
<p><small>Dataset version ${escape(version)}. As JSON-LD: request this address with <code>Accept: application/ld+json</code>.</small></p>
</body></html>
`;
}
