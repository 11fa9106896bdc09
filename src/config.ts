import { availableParallelism, homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_INPUT_LIMITS } from './api/inputs.ts';
import { DEFAULT_LIMITS } from './api/limits.ts';
import type { ApiLimits } from './api/server.ts';
import { KgError } from './errors.ts';

/** where Neo4j is: an external server (`uri` set) or the embedded local default */
export interface Neo4jConfig {
  /** set: use this server; unset: start the local one */
  uri: string | undefined;
  user: string;
  password: string;
  database: string | undefined;
}

export interface LocalNeo4jConfig {
  /** jars resolved by Maven: shared by every local server, safe to delete */
  cacheDir: string;
  /** the local server's home: conf, data and logs; kept between runs */
  homeDir: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
  /** the API's port, so Neo4j Browser may load the guide the API serves */
  apiPort: number;
  /** how long to wait for the server to answer, whether this process started it or found it starting */
  startTimeoutMs: number;
  /** the java executable: $JAVA_HOME/bin/java when JAVA_HOME is set, else the one on PATH */
  java: string;
}

export interface Config {
  neo4j: Neo4jConfig;
  local: LocalNeo4jConfig;
  port: number;
  /** the address the API binds: HOST, else the server's default (127.0.0.1) */
  host: string | undefined;
  batchSize: number;
  /** ingest's extraction threads (PAPERGRAPH_INGEST_WORKERS, --workers): 1 extracts on the main thread */
  ingestWorkers: number;
  /** the API's response cache */
  responseCache: { entries: number; maxBytes: number; ttlMs: number };
  /** what one API request may ask for */
  apiLimits: ApiLimits;
  /** logs, metrics, rate limits and shutdown: docs/operations.md */
  ops: OpsConfig;
}

// --- ops (docs/operations.md) ---
export interface OpsConfig {
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** serve GET /metrics */
  metrics: boolean;
  rateLimit: {
    enabled: boolean;
    points: number;
    windowSeconds: number;
    loopback: boolean;
    trustProxy: boolean;
  };
  /** longest a shutdown waits for requests in flight */
  shutdownGraceMs: number;
  /** where ingest writes its totals in Prometheus text format */
  ingestMetricsFile: string | undefined;
}
// --- end ops ---

/** settings given as command-line flags, as typed; a flag wins over its environment variable */
export interface ConfigFlags {
  /** --port */
  port?: string | undefined;
  /** --batch-size */
  batchSize?: string | undefined;
  /** --workers */
  workers?: string | undefined;
}

/**
 * the configuration from environment variables and command-line flags, frozen; one CONFIG_INVALID error names
 * every problem, by the flag's name when a flag gave the value
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const problems: string[] = [];
  // `flag`: the flag that may set this variable, and what was typed for it (a flag wins over the variable)
  const int = (name: string, fallback: number, min = 1, max = 65535, flag?: [string, string | undefined]) => {
    const fromFlag = flag?.[1] !== undefined;
    const raw = fromFlag ? flag![1]! : env[name];
    // an empty variable means unset; an empty flag (`--port=`) is a mistake
    if (raw === undefined || (raw === '' && !fromFlag)) return fallback;
    const value = raw.trim() === '' ? NaN : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${fromFlag ? flag![0] : name} must be an integer from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return value;
  };
  const size = (name: string, fallback: string): string => {
    const raw = env[name] ?? fallback;
    if (!/^\d+[kmg]$/i.test(raw)) problems.push(`${name} must look like 512m or 2g, got "${raw}"`);
    return raw;
  };

  // --- ops ---
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = (env[name] ?? '').toLowerCase();
    if (raw === '') return fallback;
    if (['on', 'true', '1', 'yes'].includes(raw)) return true;
    if (['off', 'false', '0', 'no'].includes(raw)) return false;
    problems.push(`${name} must be on or off, got "${env[name]}"`);
    return fallback;
  };
  const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
  const logLevel = (env.PAPERGRAPH_LOG_LEVEL || 'info').toLowerCase() as OpsConfig['logLevel'];
  if (!LEVELS.includes(logLevel)) {
    problems.push(
      `PAPERGRAPH_LOG_LEVEL must be one of ${LEVELS.join(', ')}, got "${env.PAPERGRAPH_LOG_LEVEL}"`,
    );
  }
  const ops: OpsConfig = {
    logLevel: LEVELS.includes(logLevel) ? logLevel : 'info',
    metrics: flag('PAPERGRAPH_METRICS', true),
    rateLimit: {
      enabled: flag('PAPERGRAPH_RATE_LIMIT', true),
      points: int('PAPERGRAPH_RATE_LIMIT_POINTS', 100_000, 1, 1_000_000_000),
      windowSeconds: int('PAPERGRAPH_RATE_LIMIT_WINDOW', 60, 1, 86_400),
      loopback: flag('PAPERGRAPH_RATE_LIMIT_LOOPBACK', false),
      trustProxy: flag('PAPERGRAPH_TRUST_PROXY', false),
    },
    shutdownGraceMs: int('PAPERGRAPH_SHUTDOWN_GRACE', 10, 0, 3_600) * 1000,
    ingestMetricsFile: env.PAPERGRAPH_INGEST_METRICS_FILE || undefined,
  };
  // --- end ops ---

  const uri = env.NEO4J_URI || undefined;
  if (uri !== undefined && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    problems.push(`NEO4J_URI must start with neo4j:// or bolt:// (optionally +s or +ssc), got "${uri}"`);
  }
  const home = homedir();
  const cacheRoot = env.XDG_CACHE_HOME || join(home, '.cache');
  const dataRoot = env.XDG_DATA_HOME || join(home, '.local', 'share');
  const port = int('PORT', 4000, 0, 65535, ['--port', flags.port]);
  const config: Config = {
    neo4j: {
      uri,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    local: {
      cacheDir: resolve(env.PAPERGRAPH_CACHE_DIR || join(cacheRoot, 'papergraph')),
      homeDir: resolve(env.PAPERGRAPH_NEO4J_HOME || join(dataRoot, 'papergraph', 'neo4j')),
      boltPort: int('PAPERGRAPH_BOLT_PORT', 7687),
      httpPort: int('PAPERGRAPH_HTTP_PORT', 7474),
      heap: size('PAPERGRAPH_NEO4J_HEAP', '1g'),
      pageCache: size('PAPERGRAPH_NEO4J_PAGECACHE', '512m'),
      apiPort: port,
      startTimeoutMs: int('PAPERGRAPH_NEO4J_START_TIMEOUT', 180, 1, 3600) * 1000,
      java: env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java',
    },
    port,
    host: env.HOST || undefined,
    batchSize: int('BATCH_SIZE', 500, 1, 100_000, ['--batch-size', flags.batchSize]),
    ingestWorkers: int('PAPERGRAPH_INGEST_WORKERS', availableParallelism(), 1, 64, [
      '--workers',
      flags.workers,
    ]),
    responseCache: {
      entries: int('PAPERGRAPH_RESPONSE_CACHE_ENTRIES', 5_000, 0, 1_000_000),
      maxBytes: int('PAPERGRAPH_RESPONSE_CACHE_MB', 64, 1, 65_536) * 1024 * 1024,
      ttlMs: int('PAPERGRAPH_RESPONSE_CACHE_TTL', 300, 1, 86_400) * 1000,
    },
    apiLimits: {
      query: {
        ...DEFAULT_LIMITS,
        maxPageSize: int('PAPERGRAPH_MAX_PAGE_SIZE', DEFAULT_LIMITS.maxPageSize, 1, 10_000),
        maxDepth: int('PAPERGRAPH_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
        maxCost: int('PAPERGRAPH_MAX_COST', DEFAULT_LIMITS.maxCost, 1, 10_000_000),
        maxAliases: int('PAPERGRAPH_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 10_000),
        maxRootFields: int('PAPERGRAPH_MAX_ROOT_FIELDS', DEFAULT_LIMITS.maxRootFields, 1, 10_000),
        maxResponseBytes:
          int('PAPERGRAPH_MAX_RESPONSE_MB', DEFAULT_LIMITS.maxResponseBytes / 1024 / 1024, 1, 4_096) *
          1024 *
          1024,
      },
      inputs: {
        ...DEFAULT_INPUT_LIMITS,
        maxQuestionChars: int(
          'PAPERGRAPH_MAX_QUESTION_CHARS',
          DEFAULT_INPUT_LIMITS.maxQuestionChars,
          1,
          100_000,
        ),
        maxNameChars: int('PAPERGRAPH_MAX_NAME_CHARS', DEFAULT_INPUT_LIMITS.maxNameChars, 1, 100_000),
        maxSearchChars: int('PAPERGRAPH_MAX_SEARCH_CHARS', DEFAULT_INPUT_LIMITS.maxSearchChars, 1, 100_000),
      },
      requestTimeoutMs: int('PAPERGRAPH_REQUEST_TIMEOUT', 15, 1, 3_600) * 1000,
    },
    ops,
  };
  if (problems.length > 0) {
    throw new KgError('CONFIG_INVALID', `Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return Object.freeze(config);
}
