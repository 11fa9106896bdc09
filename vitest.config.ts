import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // one Neo4j for the whole run, provisioned once; see test/setup/neo4j.ts
    globalSetup: ['test/setup/neo4j.ts'],
    // integration files share that database and wipe it, so files run one at a time
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
