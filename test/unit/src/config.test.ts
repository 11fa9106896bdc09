import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { KgError } from '../../../src/errors.ts';

describe('loadConfig', () => {
  it('applies defaults: the local Neo4j, port 4000, batches of 500', () => {
    const config = loadConfig({ HOME: '/home/u' });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config).toMatchObject({ port: 4000, batchSize: 500 });
    expect(config.local).toMatchObject({ boltPort: 7687, httpPort: 7474, apiPort: 4000 });
    expect(config.local.homeDir).toMatch(/papergraph\/neo4j$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads an external Neo4j and its credentials', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://x.databases.neo4j.io',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'papers',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'u',
      password: 'p',
      database: 'papers',
    });
  });

  it('names every problem in one CONFIG_INVALID error', () => {
    let error: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://x', PORT: 'eighty', BATCH_SIZE: '0', PAPERGRAPH_NEO4J_HEAP: 'lots' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KgError);
    expect((error as KgError).code).toBe('CONFIG_INVALID');
    for (const name of ['NEO4J_URI', 'PORT', 'BATCH_SIZE', 'PAPERGRAPH_NEO4J_HEAP'])
      expect((error as Error).message).toContain(name);
  });
});
