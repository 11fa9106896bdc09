import neo4j, { type Config as DriverConfig, type Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { KgError } from '../errors.ts';
import { startLocal, type LocalServer } from './local-server.ts';

/** an open driver, and the local server when this process uses the embedded default */
export interface Database {
  driver: Driver;
  database: string | undefined;
  /** set when NEO4J_URI is unset and the local server is in use */
  local: LocalServer | undefined;
  uri: string;
}

/** driver settings for every PaperGraph process */
export const DRIVER_CONFIG: DriverConfig = {
  // a request that cannot get a connection fails fast rather than queueing behind a dead server
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  // counts and years fit in a JavaScript number; plain numbers keep every caller simple
  disableLosslessIntegers: true,
};

/**
 * what the API changes: a request waits at most seconds for a server that went away (the driver retries a failed
 * transaction for 30 s by default), so it fails fast and the client can retry. A pooled connection idle for over a
 * second is checked (one RESET round trip) before it is used, so one left over from a restarted server is dropped
 * rather than failing a request; a busy connection is not checked, as the check would cost every request a round
 * trip (about 0.8 ms of a 6 ms findPapers at 10^6 papers).
 */
export const API_DRIVER_CONFIG: DriverConfig = {
  connectionTimeout: 2_000,
  maxTransactionRetryTime: 2_000,
  connectionLivenessCheckTimeout: 1_000,
};

/** connects to NEO4J_URI, or starts (or reuses) the local Neo4j when it is unset */
export async function connect(
  config: Config,
  log: (line: string) => void = () => {},
  overrides: DriverConfig = {},
): Promise<Database> {
  const local = config.neo4j.uri === undefined ? await startLocal(config.local, log) : undefined;
  const uri = config.neo4j.uri ?? local!.boltUri;
  const auth = local ? undefined : neo4j.auth.basic(config.neo4j.user, config.neo4j.password);
  const driver = neo4j.driver(uri, auth, { ...DRIVER_CONFIG, ...overrides });
  try {
    await driver.verifyConnectivity({ database: config.neo4j.database });
  } catch (cause) {
    await driver.close();
    throw new KgError(
      'DATABASE_UNAVAILABLE',
      `Could not connect to Neo4j at ${uri}: ${(cause as Error).message}. ` +
        (local ? 'See the local server log.' : 'Check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.'),
      { cause },
    );
  }
  return { driver, database: config.neo4j.database, local, uri };
}
