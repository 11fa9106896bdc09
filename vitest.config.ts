import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Vite would load graphql's ESM build for our files while @neo4j/graphql requires the CommonJS one; two copies
    // of graphql cannot share a schema, so everything gets the CommonJS build, as under plain Node
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    // one Neo4j for the whole run, provisioned once; see test/setup/neo4j.ts
    globalSetup: ['test/setup/neo4j.ts'],
    // integration files share that database and wipe it, so files run one at a time
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
