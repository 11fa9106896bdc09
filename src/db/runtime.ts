import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

const POM = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tools', 'neo4j', 'pom.xml');

/** the Neo4j version pinned in tools/neo4j/pom.xml: the pom is the one place it is written */
export const NEO4J_VERSION = /<neo4j\.version>([^<]+)</.exec(readFileSync(POM, 'utf8'))?.[1] ?? 'unknown';

/** fails with what to install when `java` (Java 17+) is missing */
export function checkJava(java: string): void {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new KgError(
      'NEO4J_RUNTIME',
      `Java 17 or newer is needed to run the local Neo4j, and "${java}" did not run. ` +
        'Install it (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to use another Neo4j.',
    );
  }
  const major = Number(/version "(\d+)/.exec(result.stderr)?.[1] ?? 0);
  if (major < 17) {
    throw new KgError(
      'NEO4J_RUNTIME',
      `Neo4j ${NEO4J_VERSION} needs Java 17 or newer; "${java}" is Java ${major}.`,
    );
  }
}

/**
 * the folder with lib/ (Neo4j, Browser) and plugins/ (APOC core) for the pinned version, resolved from
 * Maven Central on first use; resolves to it once complete
 */
export async function installRuntime(
  cacheDir: string,
  log: (line: string) => void = () => {},
): Promise<string> {
  const dir = join(cacheDir, `neo4j-${NEO4J_VERSION}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  if (spawnSync('mvn', ['-v'], { encoding: 'utf8' }).error) {
    throw new KgError(
      'NEO4J_RUNTIME',
      'Maven (mvn) is needed once to fetch the Neo4j jars from Maven Central. ' +
        'Install it (Debian: apt-get install maven) or set NEO4J_URI to use another Neo4j.',
    );
  }
  // resolve into a private folder, then rename: two processes installing at once cannot see half a runtime
  const staging = `${dir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  log(`Fetching Neo4j ${NEO4J_VERSION}, APOC core and Neo4j Browser from Maven Central into ${dir} …`);
  const output = await run('mvn', ['-B', '-q', '-f', POM, 'package', `-Dneo4j.home=${staging}`]);
  if (output.code !== 0) {
    await rm(staging, { recursive: true, force: true });
    throw new KgError(
      'NEO4J_RUNTIME',
      `Maven could not resolve the Neo4j jars (exit ${output.code}). Is Maven Central reachable? Last output:\n` +
        lastLines(output.text, 15),
    );
  }
  await rm(join(staging, '.build'), { recursive: true, force: true });
  await writeFile(join(staging, '.complete'), `${NEO4J_VERSION}\n`);
  try {
    await rename(staging, dir);
  } catch (error) {
    // another process finished first: its copy is as good as ours
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(dir, '.complete'))) throw error;
  }
  return dir;
}

/** the last `count` non-empty lines of `text` */
export function lastLines(text: string, count: number): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(-count)
    .join('\n');
}

function run(command: string, args: string[]): Promise<{ code: number; text: string }> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', (error) => resolvePromise({ code: -1, text: String(error) }));
    child.on('close', (code) => resolvePromise({ code: code ?? -1, text }));
  });
}
