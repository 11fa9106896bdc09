import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { InputLimits } from './inputs.ts';
import { anchorPaperFilters } from './anchor.ts';
import { queryResolvers } from './resolvers.ts';
import type { ReadOptions } from './read.ts';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** the SDL of schema/*.graphql, in file order */
async function readTypeDefs(): Promise<string> {
  const files = (await readdir(SCHEMA_DIR)).filter((name) => name.endsWith('.graphql')).sort();
  const texts = await Promise.all(files.map((file) => readFile(join(SCHEMA_DIR, file), 'utf8')));
  return texts.join('\n');
}

/** the executable GraphQL schema: generated read-only queries for the node types plus PaperGraph's own */
export async function buildSchema(
  driver: Driver,
  options: ReadOptions,
  inputs: InputLimits,
): Promise<GraphQLSchema> {
  const typeDefs = await readTypeDefs();
  const neoSchema = new Neo4jGraphQL({
    typeDefs,
    driver,
    resolvers: queryResolvers(driver, options, inputs),
    features: {
      // the deprecated filter spellings double the schema and are not part of our contract
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const schema = await neoSchema.getSchema();
  anchorPaperFilters(schema, typeDefs, driver, options);
  return schema;
}
