// Runs `neo4j-admin database import full` from the local server's own jars (org.neo4j.cli.AdminTool, in
// neo4j-command-line; the importer is neo4j-import-tool), against the local server's home and configuration.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import type { LocalNeo4jConfig } from '../../src/config.ts';
import { installRuntime, lastLines } from '../../src/db/runtime.ts';
import { KgError } from '../../src/errors.ts';
import { ARRAY_DELIMITER } from './csv.ts';

/** the files to import, by kind */
export interface ImportFiles {
  nodes: string[];
  relationships: string[];
}

/** replaces `database` in the (stopped) local server's store with the files' graph; resolves to the tool's report */
export async function adminImport(
  local: LocalNeo4jConfig,
  database: string,
  files: ImportFiles,
  log: (line: string) => void,
): Promise<string> {
  const runtime = await installRuntime(local.cacheDir, log);
  const args = [
    '-Xmx1g',
    '-cp',
    `${join(runtime, 'lib', '*')}`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.nodes.map((file) => `--nodes=${file}`),
    ...files.relationships.map((file) => `--relationships=${file}`),
    `--array-delimiter=${ARRAY_DELIMITER}`,
    // abstracts are whitespace-normalised, but a quoted field may still hold a line break
    '--multiline-fields=true',
    '--overwrite-destination=true',
    // next to the CSV files (and removed with them), not in the caller's working directory
    `--report-file=${join(dirname(files.nodes[0]!), 'import.report')}`,
    database,
  ];
  const env = { ...process.env, NEO4J_HOME: local.homeDir, NEO4J_CONF: join(local.homeDir, 'conf') };
  const { code, output } = await run(local.java, args, env);
  if (code !== 0) {
    throw new KgError(
      'NEO4J_RUNTIME',
      `neo4j-admin database import failed (exit ${code}). Last output:\n${lastLines(output, 20)}`,
    );
  }
  return output;
}

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    // the report is a few kilobytes of progress dots; only its end matters
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-50_000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}
