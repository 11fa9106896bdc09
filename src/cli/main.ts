import { KgError } from '../errors.ts';
import { dbCommand } from './db.ts';

const USAGE = `usage: papergraph <command> [options]

  start                      start Neo4j (local default unless NEO4J_URI is set), apply the schema,
                             load the sample corpus into an empty database, serve GraphQL
  serve [--port N]           serve GraphQL on an already prepared database
  ingest FILE… [--batch-size N] [--rejects PATH]
                             read, extract and load papers (text, JSON Lines or JSON arrays)
  extract FILE… [--format jsonl]
                             print what extraction finds, one JSON object per paper (no database)
  migrate                    apply schema/*.cypher (constraints and indexes)
  db install|start|stop|status
                             the embedded local Neo4j`;

type Command = (args: string[]) => Promise<number>;

// loaded on demand: `papergraph extract` should not pay for the GraphQL server's imports
const COMMANDS: Record<string, () => Promise<Command>> = {
  db: async () => dbCommand,
  start: async () => (await import('./start.ts')).startCommand,
  serve: async () => (await import('./serve.ts')).serveCommand,
  ingest: async () => (await import('./ingest.ts')).ingestCommand,
  extract: async () => (await import('./extract.ts')).extractCommand,
  migrate: async () => (await import('./migrate.ts')).migrateCommand,
};

// Ctrl-C also ends a pipe reader (`npm start | tee log`): a write to the closed pipe must not kill this process
// before it has stopped the Neo4j it started
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

const [name, ...rest] = process.argv.slice(2);
const load = name === undefined ? undefined : COMMANDS[name];
if (load === undefined) {
  console.error(USAGE);
  process.exit(name === undefined || name === '--help' || name === 'help' ? 0 : 2);
}
try {
  process.exitCode = await (await load())(rest);
} catch (error) {
  if (error instanceof KgError) {
    console.error(`papergraph: ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
