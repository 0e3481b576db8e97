/**
 * Reads data/*.yaml into one validated dataset. Every problem is collected (not just the first)
 * and reported with its file, record id and field; nothing is returned unless all is well, so
 * the loader never writes a dataset that is partly wrong.
 */
import Ajv, { ErrorObject } from 'ajv';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { CERTAINTIES, EntityKind, KIND_ID_PREFIX, RelationType } from '../domain/vocabulary';
import { DATASET_FILE_SCHEMA } from './dataset-schema';
import { relationId } from '../domain/relation-id';
import { ENTITY_DATE_FIELDS, KIND_FIELDS, kindsWithField } from '../domain/entity-fields';
import { endAccepts, endKinds, foreignProps, relationPropTypes } from '../domain/relation-rules';
import { CitationRecord, DatasetFile, EntityRecord, RelationRecord } from './dataset-records';
import { PartialDate, parsePartialDate } from '../domain/partial-date';
import { checkPlaceLocation } from './place-locations';

export interface DatasetProblem {
  file: string;
  record: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    const lines = problems.slice(0, 50).map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`);
    if (problems.length > 50) lines.push(`... and ${problems.length - 50} more`);
    super(`The dataset has ${problems.length} problem(s); nothing was loaded.\n${lines.join('\n')}`);
  }
}

export interface LoadedEntity extends EntityRecord {
  files: string[];
  dates: Partial<Record<(typeof ENTITY_DATE_FIELDS)[number], PartialDate>>;
}

export interface LoadedRelation extends RelationRecord {
  id: string;
  /** The first file that declares it (problems are reported against the file at fault). */
  file: string;
  files: string[];
  partialDate: PartialDate | null;
}

export interface Dataset {
  entities: LoadedEntity[];
  relations: LoadedRelation[];
}

export interface DatasetSourceFile {
  name: string;
  text: string;
}

/**
 * Fields that only make sense on some kinds of entity: the API's fields of each kind
 * (src/domain/entity-fields.ts), and those only data/ has (coordinates stand for lat and lon).
 */
const DATASET_ONLY_FIELDS: Record<string, readonly EntityKind[]> = {
  group: ['PERSON'],
  coordinates: ['PLACE'],
  notLocated: ['PLACE'],
  publicationPlace: ['SOURCE'],
  identifiers: ['SOURCE'],
  seedFile: ['SOURCE'],
  eventKind: ['EVENT'],
};
export const DATASET_KIND_FIELDS: Record<string, readonly EntityKind[]> = {
  ...Object.fromEntries(
    [...new Set(Object.values(KIND_FIELDS).flat())]
      .filter((field) => field !== 'lat' && field !== 'lon')
      .map((field) => [field, kindsWithField(field)]),
  ),
  ...DATASET_ONLY_FIELDS,
};

const MERGED_LIST_FIELDS = new Set(['aliases', 'roles']);

const ajv = new Ajv({ allErrors: true, strict: false });
const validateFile = ajv.compile<DatasetFile>(DATASET_FILE_SCHEMA);

function describeAjvError(file: string, data: unknown, error: ErrorObject): DatasetProblem {
  // instancePath is like /entities/3/born or /relations/7/evidence/0/quote
  const parts = error.instancePath.split('/').slice(1);
  const [collection, index, ...rest] = parts;
  let record = collection ?? '(file)';
  if (collection !== undefined && index !== undefined) {
    const item = (data as Record<string, unknown[]>)[collection]?.[Number(index)] as
      Record<string, unknown> | undefined;
    record =
      collection === 'entities' && typeof item?.id === 'string'
        ? item.id
        : collection === 'relations' &&
            item &&
            typeof item.from === 'string' &&
            typeof item.type === 'string' &&
            typeof item.to === 'string'
          ? relationId(item as unknown as RelationRecord)
          : `${collection}[${index}]`;
  }
  let field = rest.join('.') || '(record)';
  let message = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = (error.params as { additionalProperty: string }).additionalProperty;
    field = rest.length ? `${rest.join('.')}.${extra}` : extra;
    message = 'is not a known field';
  } else if (error.keyword === 'required') {
    const missing = (error.params as { missingProperty: string }).missingProperty;
    field = rest.length ? `${rest.join('.')}.${missing}` : missing;
    message = 'is required';
  } else if (error.keyword === 'enum') {
    message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  }
  return { file, record, field, message };
}

function parseFile(source: DatasetSourceFile, problems: DatasetProblem[]): DatasetFile {
  let data: unknown;
  try {
    data = YAML.parse(source.text, { prettyErrors: true });
  } catch (error) {
    problems.push({
      file: source.name,
      record: '(file)',
      field: '(yaml)',
      message: (error as Error).message.split('\n')[0] ?? 'unparsable',
    });
    return {};
  }
  data ??= {};
  if (!validateFile(data)) {
    for (const error of validateFile.errors ?? []) problems.push(describeAjvError(source.name, data, error));
    return {};
  }
  return data;
}

function mergeEntity(
  target: LoadedEntity,
  incoming: EntityRecord,
  file: string,
  problems: DatasetProblem[],
): void {
  for (const [field, value] of Object.entries(incoming) as [keyof EntityRecord, unknown][]) {
    if (field === 'id') continue;
    const current = target[field];
    if (MERGED_LIST_FIELDS.has(field)) {
      const merged = new Set([...((current as string[] | undefined) ?? []), ...(value as string[])]);
      (target as unknown as Record<string, unknown>)[field] = [...merged];
    } else if (current === undefined) {
      (target as unknown as Record<string, unknown>)[field] = value;
    } else if (JSON.stringify(current) !== JSON.stringify(value)) {
      problems.push({
        file,
        record: incoming.id,
        field,
        message: `${JSON.stringify(value)} disagrees with ${JSON.stringify(current)} in ${target.files.join(', ')}`,
      });
    }
  }
  target.files.push(file);
}

/**
 * Several documents may state the same relation: their declarations become one relation with
 * the evidence of all. The relation is as certain as its most certain citation; its date and
 * properties must agree where more than one declaration gives them.
 */
function mergeRelation(target: LoadedRelation, incoming: LoadedRelation, problems: DatasetProblem[]): void {
  const problem = (field: string, message: string) =>
    problems.push({ file: incoming.file, record: incoming.id, field, message });
  if (target.files.includes(incoming.file)) {
    problem(
      'key',
      'this relation is declared twice in this file: merge the evidence, or give each a distinct key',
    );
    return;
  }
  if (incoming.date !== undefined) {
    if (target.date === undefined) {
      target.date = incoming.date;
      target.partialDate = incoming.partialDate;
    } else if (target.date !== incoming.date) {
      problem('date', `"${incoming.date}" disagrees with "${target.date}" in ${target.files.join(', ')}`);
    }
  }
  for (const [key, value] of Object.entries(incoming.props ?? {})) {
    const current = target.props?.[key];
    if (current === undefined) target.props = { ...target.props, [key]: value };
    else if (current !== value)
      problem(
        `props.${key}`,
        `${JSON.stringify(value)} disagrees with ${JSON.stringify(current)} in ${target.files.join(', ')}`,
      );
  }
  if (CERTAINTIES.indexOf(incoming.certainty) < CERTAINTIES.indexOf(target.certainty))
    target.certainty = incoming.certainty;
  target.evidence = [...target.evidence, ...incoming.evidence];
  target.files.push(incoming.file);
}

function checkEntity(entity: EntityRecord, file: string, problems: DatasetProblem[]): LoadedEntity['dates'] {
  const prefix = KIND_ID_PREFIX[entity.kind];
  if (!entity.id.startsWith(`${prefix}:`)) {
    problems.push({
      file,
      record: entity.id,
      field: 'id',
      message: `an entity of kind ${entity.kind} needs an id starting with "${prefix}:"`,
    });
  }
  for (const [field, kinds] of Object.entries(DATASET_KIND_FIELDS)) {
    if (field in entity && !kinds.includes(entity.kind)) {
      problems.push({
        file,
        record: entity.id,
        field,
        message: `only applies to kind ${kinds.join(' or ')}, not ${entity.kind}`,
      });
    }
  }
  const dates: LoadedEntity['dates'] = {};
  for (const field of ENTITY_DATE_FIELDS) {
    const value = entity[field];
    if (value === undefined) continue;
    try {
      dates[field] = parsePartialDate(value);
    } catch (error) {
      problems.push({ file, record: entity.id, field, message: (error as Error).message });
    }
  }
  entity.disputed?.forEach((claim, i) => {
    const field = `disputed[${i}].value`;
    if (!(claim.field in DATASET_KIND_FIELDS) || !DATASET_KIND_FIELDS[claim.field]?.includes(entity.kind)) {
      problems.push({
        file,
        record: entity.id,
        field: `disputed[${i}].field`,
        message: `${claim.field} is not a date of kind ${entity.kind}`,
      });
    }
    try {
      parsePartialDate(claim.value);
    } catch (error) {
      problems.push({ file, record: entity.id, field, message: (error as Error).message });
    }
  });
  return dates;
}

/** A day or month is finer than any curator may add: only a text's words carry one. */
const FINER_THAN_A_YEAR = /\d{4}-\d{2}/;

function checkDateBases(entity: EntityRecord, file: string, problems: DatasetProblem[]): void {
  const problem = (field: string, message: string) =>
    problems.push({ file, record: entity.id, field, message });
  for (const field of ENTITY_DATE_FIELDS) {
    const value = entity[field];
    const basis = entity.basis?.[field];
    if (basis !== undefined && value === undefined)
      problem(`basis.${field}`, `the entity has no ${field} for this basis to support`);
    if (value === undefined) continue;
    if (basis === undefined)
      problem(
        `basis.${field}`,
        `is required: cite the text's words for ${field} "${value}", or say where the curator knows it from ({ curator: "..." })`,
      );
    else if ('curator' in basis && FINER_THAN_A_YEAR.test(value)) {
      problem(
        field,
        `"${value}" is finer than a year, which curator knowledge may not give; give the year, or cite a text that gives the day`,
      );
    }
  }
}

/** Every citation a record carries, with the field that holds it, for the source and seed checks. */
export function entityCitations(entity: EntityRecord): { field: string; citation: CitationRecord }[] {
  const found: { field: string; citation: CitationRecord }[] = [];
  for (const [field, basis] of Object.entries(entity.basis ?? {}))
    if (basis && !('curator' in basis)) found.push({ field: `basis.${field}`, citation: basis });
  entity.disputed?.forEach((claim, i) =>
    claim.evidence.forEach((citation, j) => found.push({ field: `disputed[${i}].evidence[${j}]`, citation })),
  );
  return found;
}

function checkCitation(
  citation: CitationRecord,
  field: string,
  entities: Map<string, LoadedEntity>,
  seedFiles: Set<string>,
  problem: (field: string, message: string) => void,
): void {
  const source = entities.get(citation.source);
  if (!source) problem(`${field}.source`, `no source "${citation.source}" is declared`);
  else if (source.kind !== 'SOURCE')
    problem(`${field}.source`, `"${citation.source}" is a ${source.kind}, not a SOURCE`);
  if (!seedFiles.has(citation.seed))
    problem(`${field}.seed`, `"${citation.seed}" is not the seedFile of any source`);
}

function checkRelation(
  relation: RelationRecord,
  id: string,
  file: string,
  entities: Map<string, LoadedEntity>,
  seedFiles: Set<string>,
  problems: DatasetProblem[],
): void {
  const type = relation.type as RelationType;
  const problem = (field: string, message: string) => problems.push({ file, record: id, field, message });
  for (const end of ['from', 'to'] as const) {
    const entity = entities.get(relation[end]);
    if (!entity) problem(end, `no entity "${relation[end]}" is declared`);
    else if (!endAccepts(type, end, entity.kind))
      problem(
        end,
        `${relation.type} ${end === 'from' ? 'starts at' : 'ends at'} ${endKinds(type, end).join(' or ')}, not ${entity.kind}`,
      );
  }
  const propTypes = relationPropTypes(type);
  const foreign = new Set(foreignProps(type, relation.props ?? {}));
  for (const [key, value] of Object.entries(relation.props ?? {})) {
    if (foreign.has(key))
      problem(
        `props.${key}`,
        `is not a property of ${relation.type} (allowed: ${Object.keys(propTypes).join(', ') || 'none'})`,
      );
    else if (typeof value !== propTypes[key]) problem(`props.${key}`, `must be a ${propTypes[key]}`);
  }
  relation.evidence.forEach((citation, i) =>
    checkCitation(citation, `evidence[${i}]`, entities, seedFiles, problem),
  );
  if ((relation.basis === 'INFERENCE' || relation.basis === 'CURATOR') && !relation.note) {
    problem(
      'note',
      `is required with basis ${relation.basis}: say how the curator reads it from the words, or where the knowledge comes from`,
    );
  }
  if (relation.certainty === 'DISPUTED' && !relation.note)
    problem(
      'note',
      'is required with certainty DISPUTED: say what contradicts the claim and what is accepted beside it',
    );
}

export function parseDataset(files: DatasetSourceFile[]): Dataset {
  const problems: DatasetProblem[] = [];
  const parsed = files.map((file) => ({ name: file.name, data: parseFile(file, problems) }));

  const entities = new Map<string, LoadedEntity>();
  for (const { name, data } of parsed) {
    for (const record of data.entities ?? []) {
      const dates = checkEntity(record, name, problems);
      const existing = entities.get(record.id);
      if (!existing) {
        entities.set(record.id, { ...record, aliases: [...(record.aliases ?? [])], files: [name], dates });
      } else if (existing.kind !== record.kind) {
        problems.push({
          file: name,
          record: record.id,
          field: 'kind',
          message: `is ${record.kind} here but ${existing.kind} in ${existing.files.join(', ')}`,
        });
      } else {
        mergeEntity(existing, record, name, problems);
        existing.dates = { ...dates, ...existing.dates };
      }
    }
  }
  for (const entity of entities.values()) {
    entity.aliases = (entity.aliases ?? []).filter((alias) => alias !== entity.name);
  }
  const seedFiles = new Set([...entities.values()].flatMap((e) => (e.seedFile ? [e.seedFile] : [])));
  for (const entity of entities.values()) {
    const problem = (field: string, message: string) =>
      problems.push({ file: entity.files[0] ?? '', record: entity.id, field, message });
    checkDateBases(entity, entity.files.join(', '), problems);
    checkPlaceLocation(entity, problem);
    for (const { field, citation } of entityCitations(entity))
      checkCitation(citation, field, entities, seedFiles, problem);
  }

  const relations = new Map<string, LoadedRelation>();
  for (const { name, data } of parsed) {
    for (const record of data.relations ?? []) {
      const id = relationId(record);
      checkRelation(record, id, name, entities, seedFiles, problems);
      let partialDate: PartialDate | null = null;
      if (record.date !== undefined) {
        try {
          partialDate = parsePartialDate(record.date);
        } catch (error) {
          problems.push({ file: name, record: id, field: 'date', message: (error as Error).message });
        }
      }
      const previous = relations.get(id);
      if (!previous) relations.set(id, { ...record, id, file: name, files: [name], partialDate });
      else mergeRelation(previous, { ...record, id, file: name, files: [name], partialDate }, problems);
    }
  }

  if (problems.length > 0) throw new DatasetError(problems);
  return { entities: [...entities.values()], relations: [...relations.values()] };
}

export function readDataset(dir: string): Dataset {
  const names = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  if (names.length === 0)
    throw new DatasetError([
      { file: dir, record: '(folder)', field: '(files)', message: 'holds no .yaml file' },
    ]);
  return parseDataset(names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') })));
}
