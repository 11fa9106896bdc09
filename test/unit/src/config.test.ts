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

  it('takes command-line flags over the environment, and names the flag in a problem', () => {
    expect(loadConfig({ PORT: '5000', BATCH_SIZE: '7' }, { port: '6000', batchSize: '9' })).toMatchObject({
      port: 6000,
      batchSize: 9,
    });
    expect(loadConfig({ PORT: '5000' }, { port: undefined })).toMatchObject({ port: 5000 });
    expect(loadConfig({ PAPERGRAPH_INGEST_WORKERS: '3' }, { workers: '2' }).ingestWorkers).toBe(2);
    expect(loadConfig({ PAPERGRAPH_INGEST_WORKERS: '3' }).ingestWorkers).toBe(3);
    for (const [flags, problem] of [
      [{ batchSize: '-5' }, '--batch-size must be an integer from 1 to 100000, got "-5"'],
      [{ batchSize: '' }, '--batch-size must be an integer from 1 to 100000, got ""'],
      [{ port: 'http' }, '--port must be an integer from 0 to 65535, got "http"'],
      [{ workers: '0' }, '--workers must be an integer from 1 to 64, got "0"'],
    ] as const) {
      expect(() => loadConfig({ BATCH_SIZE: '-1' }, flags)).toThrow(problem);
    }
  });

  it('reads HOST and the local start timeout', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PAPERGRAPH_NEO4J_START_TIMEOUT: '30' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.local.startTimeoutMs).toBe(30_000);
    expect(loadConfig({}).local.startTimeoutMs).toBe(180_000);
  });
});
