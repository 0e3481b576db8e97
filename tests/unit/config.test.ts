/**
 * Configuration from the environment: defaults when unset, and a bad value refused with the
 * variable, the allowed range and the value given.
 */
import { ConfigError, readConfig } from '../../src/config';

describe('configuration', () => {
  it('has defaults for everything', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.neo4jUri).toBeNull();
    expect(config.loadOnStart).toBe('if-empty');
    expect(config.local.heap).toBe('2g');
  });

  it('takes plain decimal integers', () => {
    expect(readConfig({ PORT: '8080', NEO4J_LOCAL_HEAP: '512M' })).toMatchObject({
      port: 8080,
      local: { heap: '512m' },
    });
  });

  it.each([
    [{ PORT: '0x10' }, 'PORT must be an integer from 0 to 65535, got "0x10"'],
    [{ PORT: '70000' }, 'PORT must be an integer from 0 to 65535, got "70000"'],
    [{ NEO4J_LOCAL_HEAP: 'lots' }, 'NEO4J_LOCAL_HEAP must be a size like 512m or 2g, got "lots"'],
    [{ LOAD_ON_START: 'sometimes' }, 'LOAD_ON_START must be one of if-empty, always, never, got "sometimes"'],
    [{ NEO4J_INSTANCE: 'Main' }, 'NEO4J_INSTANCE must be lowercase letters, digits and dashes, got "Main"'],
    [
      { HTTP_HEADERS_TIMEOUT_MS: '40000' },
      'HTTP_HEADERS_TIMEOUT_MS (40000) must not exceed HTTP_REQUEST_TIMEOUT_MS (30000)',
    ],
  ])('refuses %o', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });
});
