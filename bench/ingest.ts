// End to end: the ~26,000 paperlists abstracts into Neo4j (read → extract → link → load), against a baseline of
// the same read + extract without the database, in the same process. Run: npm run bench:ingest
// (BENCH_WORKERS: extraction threads for the ingest rows, default one per core; 1 extracts on the main thread)
import { ingest, extractPaper, readSources } from '../ingest/index.ts';
import { availableParallelism } from 'node:os';
import { benchDatabase, PAPERLISTS } from './bench-db.ts';

const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());

const { db, close } = await benchDatabase();
try {
  const session = db.driver.session({ database: db.database });
  await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  await session.close();

  let started = performance.now();
  let read = 0;
  for await (const item of readSources([PAPERLISTS])) {
    if (item.ok) extractPaper(item.record);
    read += 1;
  }
  const baseline = (performance.now() - started) / 1000;
  console.log(
    `baseline: read + extract ${read} records in ${baseline.toFixed(1)} s (${(read / baseline).toFixed(0)} records/s)`,
  );

  started = performance.now();
  const summary = await ingest([PAPERLISTS], {
    driver: db.driver,
    database: db.database,
    batchSize: 500,
    workers: WORKERS,
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingest:   ${WORKERS} extraction thread${WORKERS === 1 ? '' : 's'}: read ${summary.read}, stored ${summary.stored}, rejected ${summary.rejected}, ` +
      `${summary.relationships} relationships in ${seconds.toFixed(1)} s`,
  );
  console.log(
    `          ${(summary.stored / seconds).toFixed(0)} papers/s, ${(summary.relationships / seconds).toFixed(0)} relationships/s`,
  );
  console.log(
    `          ${(seconds / baseline).toFixed(2)}× the baseline's time (the database's share of the work)`,
  );

  started = performance.now();
  const again = await ingest([PAPERLISTS], {
    driver: db.driver,
    database: db.database,
    batchSize: 500,
    workers: WORKERS,
  });
  const rerun = (performance.now() - started) / 1000;
  console.log(`re-run:   ${again.skipped} unchanged papers skipped in ${rerun.toFixed(1)} s`);
  const { records } = await db.driver.executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
    {},
    { database: db.database },
  );
  console.log(`graph:    ${records[0]!.get('nodes')} nodes, ${records[0]!.get('rels')} relationships`);
} finally {
  await close();
}
