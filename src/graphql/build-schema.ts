/**
 * Builds the executable schema from the type-graphql classes. `printSchemaFile` gives the SDL
 * committed as schema/schema.graphql (a test fails when the two drift).
 */
import 'reflect-metadata';
import { GraphQLSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import './enums';
import {
  EntityFieldsResolver,
  LawResolver,
  OrganizationResolver,
  PersonResolver,
  PlaceResolver,
  SourceResolver,
} from './resolvers/entity-resolvers';
import {
  NetworkMeasuresQueryResolver,
  SubgraphMeasuresResolver,
  TopEntitiesResolver,
} from './resolvers/measures-resolver';
import { MutationResolver } from './resolvers/mutation-resolver';
import { QueryResolver } from './resolvers/query-resolver';
import { RelationResolver } from './resolvers/relation-resolver';
import { Event, Law, Organization, Person, Place, Source } from './types/entity';
import { resolvePlannedFieldsDirectly } from './planned-resolvers';

/** Resolver classes whose every field returns the root field's planned answer. */
const PLANNED_FIELD_RESOLVERS = [
  EntityFieldsResolver,
  PersonResolver,
  LawResolver,
  PlaceResolver,
  SourceResolver,
  OrganizationResolver,
  RelationResolver,
];

let schema: GraphQLSchema | null = null;

export function buildGraphSchema(): GraphQLSchema {
  if (schema) return schema;
  schema = buildSchemaSync({
    resolvers: [
      QueryResolver,
      ...PLANNED_FIELD_RESOLVERS,
      NetworkMeasuresQueryResolver,
      SubgraphMeasuresResolver,
      TopEntitiesResolver,
      MutationResolver,
    ],
    orphanedTypes: [Person, Law, Place, Source, Organization, Event],
    validate: false,
  });
  resolvePlannedFieldsDirectly(schema, PLANNED_FIELD_RESOLVERS);
  return schema;
}

export function printSchemaFile(): string {
  return `# Emitted from the type-graphql classes by \`npm run schema:emit\`; do not edit by hand.\n\n${printSchema(buildGraphSchema())}\n`;
}
