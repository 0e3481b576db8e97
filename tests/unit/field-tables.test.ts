/**
 * The fields of each entity kind, the date fields and the relation types are defined once
 * (src/domain); what still spells them out again (the GraphQL types and inputs, the dataset's
 * JSON schema, the Cypher that hides the name keys) must agree with that table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLInputObjectType, GraphQLNamedType, GraphQLObjectType, getNamedType } from 'graphql';
import { DATASET_FILE_SCHEMA } from '../../src/dataset/dataset-schema';
import { DATASET_KIND_FIELDS } from '../../src/dataset/read-dataset';
import {
  COMMON_ENTITY_FIELDS,
  ENTITY_DATE_FIELDS,
  KIND_FIELDS,
  kindsWithField,
} from '../../src/domain/entity-fields';
import { NAME_KEY_PROPERTIES } from '../../src/domain/name-keys';
import { ENTITY_KINDS, KIND_LABEL } from '../../src/domain/vocabulary';
import { buildGraphSchema } from '../../src/graphql/build-schema';

const schema = buildGraphSchema();
const fieldsOf = (name: string) =>
  Object.keys((schema.getType(name) as GraphQLObjectType | GraphQLInputObjectType).getFields());
const typeOf = (type: GraphQLNamedType | undefined, field: string) =>
  getNamedType((type as GraphQLObjectType).getFields()[field]!.type).name;
// A place's lat and lon are written as two fields and read as one, `coordinates`.
const readName = (field: string) => (field === 'lat' || field === 'lon' ? 'coordinates' : field);
const cypher = (name: string) => fs.readFileSync(path.join(__dirname, '..', '..', 'cypher', name), 'utf8');

describe('the one table of entity fields', () => {
  it.each(ENTITY_KINDS)('gives the GraphQL type of %s its fields, dates as PartialDate', (kind) => {
    const type = schema.getType(KIND_LABEL[kind]);
    const fields = fieldsOf(KIND_LABEL[kind]);
    expect(fields).toEqual(
      expect.arrayContaining([...COMMON_ENTITY_FIELDS, ...KIND_FIELDS[kind].map(readName)]),
    );
    for (const field of KIND_FIELDS[kind]) {
      if ((ENTITY_DATE_FIELDS as readonly string[]).includes(field))
        expect(typeOf(type, field)).toBe('PartialDate');
    }
  });

  it('lets the API write every field of every kind, on creation and in a patch', () => {
    const all = [...COMMON_ENTITY_FIELDS, ...new Set(Object.values(KIND_FIELDS).flat())];
    expect(fieldsOf('NewEntityInput')).toEqual(expect.arrayContaining(all));
    expect(fieldsOf('EntityPatch')).toEqual(expect.arrayContaining(all.filter((field) => field !== 'kind')));
  });

  it('gives every date field to some kind', () => {
    for (const field of ENTITY_DATE_FIELDS) expect(kindsWithField(field)).not.toEqual([]);
  });

  it("lets data/ hold every kind's field, and a basis for every date", () => {
    const entity = (DATASET_FILE_SCHEMA as any).properties.entities.items;
    const properties = Object.keys(entity.properties);
    expect(properties).toEqual(expect.arrayContaining(Object.keys(DATASET_KIND_FIELDS)));
    expect(Object.keys(entity.properties.basis.properties).sort()).toEqual(
      [...ENTITY_DATE_FIELDS, 'coordinates'].sort(),
    );
  });

  it('agrees with data/ on which kinds a field belongs to', () => {
    for (const [kind, fields] of Object.entries(KIND_FIELDS)) {
      for (const field of fields)
        if (field !== 'lat' && field !== 'lon') expect(DATASET_KIND_FIELDS[field]).toContain(kind);
    }
  });
});

describe('the name keys', () => {
  it('are hidden from answers and set by the loader, every one of them', () => {
    const hidden = [...cypher('entities-by-ids.cypher').matchAll(/(\w+): null/g)].map((m) => m[1]);
    expect(hidden.sort()).toEqual([...NAME_KEY_PROPERTIES].sort());
    const set = [...cypher('name-keys-set.cypher').matchAll(/e\.(\w+) = row\.\1/g)].map((m) => m[1]);
    expect(set.sort()).toEqual([...NAME_KEY_PROPERTIES].sort());
  });
});
