import { KgError } from '../errors.ts';
import { dbCommand } from './db.ts';

// each command's usage line, as `papergraph COMMAND --help` and a usage error print it
const COMMAND_USAGE: Record<string, string> = {
  start: 'start',
  serve: 'serve [--port N]',
  ingest: 'ingest FILE_OR_DIR… [--batch-size N] [--workers N] [--bulk] [--rejects PATH]',
  extract: 'extract FILE… [--format jsonl|extracted] [--workers N]',
  migrate: 'migrate',
  db: 'db install|start|stop|status',
};

const USAGE = `usage: papergraph <command> [options]

  start                      start Neo4j (local default unless NEO4J_URI is set), apply the schema,
                             load the sample corpus into an empty database, serve GraphQL
  serve [--port N]           serve GraphQL on an already prepared database
  ingest FILE_OR_DIR… [--batch-size N] [--workers N] [--bulk] [--rejects PATH]
                             read, extract (on N threads) and load papers (text, JSON Lines or JSON
                             arrays); --bulk: first load of an empty local database with neo4j-admin import
  extract FILE… [--format jsonl|extracted] [--workers N]
                             print what extraction finds (on N threads), one JSON object per paper, no
                             database; extracted: each record with its extraction, for ingest to load as is
  migrate                    apply schema/*.cypher (constraints and indexes)
  db install|start|stop|status
                             the embedded local Neo4j

  papergraph <command> --help prints that command's usage.`;

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
  if (name !== undefined && !['--help', '-h', 'help'].includes(name)) {
    console.error(`papergraph: unknown command '${name}'`);
  }
  console.error(USAGE);
  process.exit(name === undefined || ['--help', '-h', 'help'].includes(name) ? 0 : 2);
}
const usage = `usage: papergraph ${COMMAND_USAGE[name!]}`;
// `--help` anywhere before a `--` asks for the usage, whatever else is on the line
const helpAt = rest.findIndex((arg) => arg === '--help' || arg === '-h');
const endAt = rest.indexOf('--');
if (helpAt !== -1 && (endAt === -1 || helpAt < endAt)) {
  console.log(usage);
  process.exit(0);
}
try {
  process.exitCode = await (await load())(rest);
} catch (error) {
  if (error instanceof KgError) {
    console.error(`papergraph: ${error.message}`);
    if (error.code === 'USAGE') console.error(usage);
    process.exitCode = error.code === 'USAGE' ? 2 : 1;
  } else {
    throw error;
  }
}
