import { loadConfig } from '../config.ts';
import { NEO4J_VERSION, installRuntime } from '../db/runtime.ts';
import { localStatus, startLocal, stopLocal } from '../db/local-server.ts';
import { parseCommandArgs, usageError } from './args.ts';

/** `papergraph db install|start|stop|status`: the embedded local Neo4j */
export async function dbCommand(args: string[]): Promise<number> {
  const { positionals } = parseCommandArgs({ args, allowPositionals: true, options: {} });
  const [action, ...extra] = positionals;
  if (action === undefined || !['install', 'start', 'stop', 'status'].includes(action))
    throw usageError(action === undefined ? 'db needs an action' : `unknown db action '${action}'`);
  if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}'`);
  const config = loadConfig();
  const local = config.local;
  const log = (line: string) => console.error(line);
  switch (action) {
    case 'install': {
      console.log(`Neo4j ${NEO4J_VERSION} runtime in ${await installRuntime(local.cacheDir, log)}`);
      return 0;
    }
    case 'start': {
      const started = Date.now();
      const server = await startLocal(local, log);
      const how = server.startedNow
        ? `started in ${((Date.now() - started) / 1000).toFixed(1)} s`
        : 'already running';
      console.log(`Neo4j ${NEO4J_VERSION} ${how} (pid ${server.pid})`);
      console.log(
        `  Bolt:    ${server.boltUri}\n  Browser: ${server.browserUrl}\n  Home:    ${local.homeDir}`,
      );
      return 0;
    }
    case 'stop': {
      console.log((await stopLocal(local)) ? 'Neo4j stopped' : 'No local Neo4j was running');
      return 0;
    }
    case 'status': {
      const server = await localStatus(local);
      console.log(
        server ? `running (pid ${server.pid}) at ${server.boltUri}, ${server.browserUrl}` : 'not running',
      );
      return server ? 0 : 3;
    }
    default:
      throw usageError(`unknown db action '${action}'`);
  }
}
