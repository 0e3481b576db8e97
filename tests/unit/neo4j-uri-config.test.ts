/**
 * NEO4J_URI takes the driver's routing URIs (neo4j://, neo4j+s://, as a cluster or Aura gives
 * them) as well as bolt://; anything else stops the start with a message naming the variable,
 * rather than a driver error later.
 */
import { ConfigError, readConfig } from '../../src/config';

describe('NEO4J_URI', () => {
  it.each([
    'bolt://db:7687',
    'neo4j://db:7687',
    'neo4j+s://abcd1234.databases.neo4j.io',
    'neo4j+ssc://10.0.0.5:7687',
    'bolt+s://db',
  ])('accepts %s', (uri) => {
    expect(readConfig({ NEO4J_URI: uri }).neo4jUri).toBe(uri);
  });

  it.each(['http://db:7474', 'db:7687', 'neo4j://', 'neo4j://db:7687/neo4j', 'bolt+x://db'])(
    'refuses %s naming the variable',
    (uri) => {
      expect(() => readConfig({ NEO4J_URI: uri })).toThrow(ConfigError);
      expect(() => readConfig({ NEO4J_URI: uri })).toThrow(
        `NEO4J_URI must be bolt://, neo4j:// (routing, for a cluster or Aura)`,
      );
    },
  );
});
