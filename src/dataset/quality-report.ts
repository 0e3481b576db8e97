/**
 * The data-quality report: per relation type, how many relations are dated, rest on a single
 * source, end at a vague place, or rest on a curator's inference or knowledge; and per entity
 * date field, how many dates the texts give and how many come from curators. Pure: it reads a
 * validated dataset and touches no database.
 */
import { RELATION_TYPE_NAMES, RelationType, VAGUE_PLACE_KINDS } from '../domain/vocabulary';
import { ENTITY_DATE_FIELDS, EntityDateField } from '../domain/entity-fields';
import { Dataset } from './read-dataset';

export interface RelationQuality {
  type: RelationType;
  relations: number;
  dated: number;
  singleSource: number;
  vaguePlace: number;
  inference: number;
  curator: number;
  disputed: number;
}

export interface DateQuality {
  field: EntityDateField;
  dates: number;
  text: number;
  curator: number;
  disputed: number;
}

export interface QualityReport {
  relations: RelationQuality[];
  dates: DateQuality[];
}

export function qualityReport(dataset: Dataset): QualityReport {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const isVague = (id: string) => {
    const entity = entities.get(id);
    return entity?.kind === 'PLACE' && VAGUE_PLACE_KINDS.includes(entity.placeKind ?? '');
  };
  const relations = RELATION_TYPE_NAMES.map((type) => {
    const of = dataset.relations.filter((r) => r.type === type);
    const count = (test: (r: (typeof of)[number]) => boolean) => of.filter(test).length;
    return {
      type,
      relations: of.length,
      dated: count((r) => r.date !== undefined),
      singleSource: count((r) => new Set(r.evidence.map((c) => c.source)).size === 1),
      vaguePlace: count((r) => isVague(r.from) || isVague(r.to)),
      inference: count((r) => r.basis === 'INFERENCE'),
      curator: count((r) => r.basis === 'CURATOR'),
      disputed: count((r) => r.certainty === 'DISPUTED'),
    };
  }).filter((row) => row.relations > 0);
  const dates = ENTITY_DATE_FIELDS.map((field) => {
    const dated = dataset.entities.filter((e) => e[field] !== undefined);
    const curator = dated.filter((e) => {
      const basis = e.basis?.[field];
      return basis !== undefined && 'curator' in basis;
    }).length;
    return {
      field,
      dates: dated.length,
      text: dated.length - curator,
      curator,
      disputed: dataset.entities.reduce(
        (n, e) => n + (e.disputed ?? []).filter((d) => d.field === field).length,
        0,
      ),
    };
  }).filter((row) => row.dates > 0);
  return { relations, dates };
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The report as two Markdown tables (with totals), ready for the README. */
export function formatQualityReport(report: QualityReport): string {
  const sum = (rows: object[], key: string) =>
    rows.reduce((n, row) => n + ((row as Record<string, number>)[key] ?? 0), 0);
  const relationKeys = [
    'relations',
    'dated',
    'singleSource',
    'vaguePlace',
    'inference',
    'curator',
    'disputed',
  ] as const;
  const dateKeys = ['dates', 'text', 'curator', 'disputed'] as const;
  return [
    table(
      [
        'relation type',
        'relations',
        'dated',
        'one source',
        'vague place',
        'inference',
        'curator knowledge',
        'disputed',
      ],
      [
        ...report.relations.map((r) => [r.type, ...relationKeys.map((k) => r[k])]),
        ['**all**', ...relationKeys.map((k) => sum(report.relations, k))],
      ],
    ),
    '',
    table(
      ['entity date', 'dates', 'from the texts', 'curator knowledge', 'disputed text claims'],
      [
        ...report.dates.map((d) => [d.field, ...dateKeys.map((k) => d[k])]),
        ['**all**', ...dateKeys.map((k) => sum(report.dates, k))],
      ],
    ),
  ].join('\n');
}
