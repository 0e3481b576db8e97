/**
 * The peer's schema: the same graph described for the Neo4j GraphQL Library (@neo4j/graphql),
 * the way its users would write it. Nodes and relationships map one to one; relationship
 * properties carry certainty, dates and the type's own fields. What the library cannot derive
 * from the graph's shape (full-text search, neighbourhoods, shortest paths, and citations,
 * which point at a relation by id rather than by an edge) is a @cypher field, as its manual
 * advises.
 */
import { cypher } from '../src/db/cypher-files';
import { typeAlternation } from '../src/db/cypher-identifiers';
import { benchCypher } from './operations';

const ENTITY_FIELDS = `
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  description: String`;

export function peerTypeDefs(): string {
  const types = typeAlternation(null);
  const neighborhood = benchCypher('peer-neighborhood').replace(/\{\{TYPES\}\}/g, types);
  return /* GraphQL */ `
interface Entity {${ENTITY_FIELDS}
}

type Relation @relationshipProperties {
  id: ID!
  certainty: String!
  date: String
  dateEarliest: String
  dateLatest: String
  evidenceCount: Int
}

type Conviction @relationshipProperties {
  id: ID!
  certainty: String!
  date: String
  dateEarliest: String
  dateLatest: String
  evidenceCount: Int
  sentence: String
  sentencingBody: String
  years: Float
}

type Imprisonment @relationshipProperties {
  id: ID!
  certainty: String!
  date: String
  dateEarliest: String
  dateLatest: String
  evidenceCount: Int
  regime: String
  years: Float
}

type Person implements Entity @node(labels: ["Person", "Entity"]) {${ENTITY_FIELDS}
  roles: [String!]
  convictions: [Law!]! @relationship(type: "CONVICTED_UNDER", direction: OUT, properties: "Conviction")
  imprisonments: [Place!]! @relationship(type: "IMPRISONED_AT", direction: OUT, properties: "Imprisonment")
  diedAt: [Place!]! @relationship(type: "DIED_AT", direction: OUT, properties: "Relation")
  bornIn: [Place!]! @relationship(type: "BORN_IN", direction: OUT, properties: "Relation")
  livedAt: [Place!]! @relationship(type: "LIVED_AT", direction: OUT, properties: "Relation")
  relatives: [Person!]! @relationship(type: "RELATIVE_OF", direction: OUT, properties: "Relation")
  """The citations of this person's outgoing relations (Citation.relationId begins with the person's id)."""
  evidence: [Citation!]!
    @cypher(statement: "MATCH (c:Citation) WHERE c.relationId STARTS WITH this.id + '>' RETURN c ORDER BY c.relationId, c.position", columnName: "c")
}

type Law implements Entity @node(labels: ["Law", "Entity"]) {${ENTITY_FIELDS}
  code: String
  article: String
  convicted: [Person!]! @relationship(type: "CONVICTED_UNDER", direction: IN, properties: "Conviction")
}

type Place implements Entity @node(labels: ["Place", "Entity"]) {${ENTITY_FIELDS}
  placeKind: String
  prisoners: [Person!]! @relationship(type: "IMPRISONED_AT", direction: IN, properties: "Imprisonment")
}

type Source implements Entity @node(labels: ["Source", "Entity"]) {${ENTITY_FIELDS}
  sourceKind: String
}

type Organization implements Entity @node(labels: ["Organization", "Entity"]) {${ENTITY_FIELDS}
  orgKind: String
}

type Citation @node {
  id: ID!
  relationId: String!
  relationType: String!
  quote: String!
  seed: String
  offset: Int
  position: Int
  source: [Source!]! @relationship(type: "FROM_SOURCE", direction: OUT)
}

type Query {
  """Full-text search over the same indexes, with the same Lucene queries and ranks, as the API's search."""
  searchEntities(folded: String!, words: String!, exactName: String!, exactBare: String!, kinds: [String!], candidates: Int!, first: Int!): [Entity!]!
    @cypher(
      statement: """
${cypher('fragments/search-hits')}
      RETURN node
      """
      columnName: "node"
    )

  """The entities within two hops, nearest first."""
  neighborhood(id: ID!, limit: Int!): [Entity!]!
    @cypher(
      statement: """
${neighborhood}
      """
      columnName: "n"
    )

  """The entities on the shortest connection between two entities."""
  shortestPath(from: ID!, to: ID!): [Entity!]!
    @cypher(
      statement: """
      MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
      MATCH p = SHORTEST 1 (a)-[:${types}]-{1,4}(b)
      UNWIND nodes(p) AS n
      RETURN n
      """
      columnName: "n"
    )
}
`;
}
