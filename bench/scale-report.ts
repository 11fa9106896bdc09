// docs/scale.md and docs/scale-latency.svg from bench:scale's results (one JSON measurement per line).
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';

/** one line of bench:scale's output */
export type Measurement = { papers: number; measure: string } & Record<string, unknown>;

interface QueryRow {
  papers: number;
  query: string;
  clients: number;
  p50: number;
  p99: number;
  rps: number;
  errors?: number;
}

const DOC = 'docs/scale.md';
const SVG = 'docs/scale-latency.svg';

export async function writeScaleDoc(resultsFile: string): Promise<void> {
  const all = readFileSync(resultsFile, 'utf8')
    .split('\n')
    .filter((line) => line)
    .map((line) => JSON.parse(line) as Measurement);
  const sizes = [...new Set(all.map((m) => m.papers))].sort((a, b) => a - b);
  const queries = all.filter((m) => m.measure === 'query') as unknown as QueryRow[];
  const names = [...new Set(queries.map((q) => q.query))];
  const cell = (papers: number, query: string, clients: number) => {
    const q = queries.find((r) => r.papers === papers && r.query === query && r.clients === clients);
    if (!q) return '–';
    return `${q.p50} / ${q.p99}${q.errors ? ` (${q.errors} failed)` : ''}`;
  };
  const lines = [
    '<!-- written by `npm run bench:scale`; the prose below the tables is kept by hand in bench/scale-report.ts -->',
    '# PaperGraph at scale',
    '',
    'Synthetic corpora (`npm run synth`, recombined paperlists sentences) bulk-loaded from empty',
    '(`papergraph ingest --bulk`), then measured on the same 2-core machine that runs Neo4j, the API and the',
    `load generator, on Node ${[...new Set(all.map((m) => m.node ?? 'unrecorded'))].join(' and ')}. Latencies are p50 / p99`,
    'in milliseconds, response cache off.',
    '',
    '## Loading',
    '',
    '| papers | bulk load (s) | peak RSS of the ingest (MB) | end to end, empty → answering (s) | incremental ingest (papers/s): first after the server starts / the next (stored before) | incremental ingest of papers extracted elsewhere (papers/s) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...sizes.map((papers) => {
      const of = (measure: string) => all.find((m) => m.papers === papers && m.measure === measure);
      const bulk = of('bulk load');
      const e2e = of('end to end');
      const inc = of('incremental ingest');
      const warm = of('incremental ingest, warm');
      const pre = of('incremental ingest, pre-extracted');
      return `| ${papers.toLocaleString('en')} | ${bulk ? Number(bulk.seconds).toFixed(0) : '–'} | ${bulk?.peakRssMb ?? '–'} | ${e2e ? Number(e2e.seconds).toFixed(0) : '–'} | ${inc ? `${inc.papersPerSecond} / ${warm?.papersPerSecond ?? '–'} (${Number(inc.storedBefore).toLocaleString('en')})` : '–'} | ${pre?.papersPerSecond ?? '–'} |`;
    }),
    '',
    '## Queries',
    '',
    `| query | clients | ${sizes.map((s) => s.toLocaleString('en')).join(' | ')} |`,
    `| --- | ---: | ${sizes.map(() => '---:').join(' | ')} |`,
    ...names.flatMap((name) =>
      [1, 16].map(
        (clients) => `| ${name} | ${clients} | ${sizes.map((s) => cell(s, name, clients)).join(' | ')} |`,
      ),
    ),
    '',
    `![single-client p99 latency against graph size](scale-latency.svg)`,
    '',
  ];
  await writeFile(DOC, lines.join('\n') + NOTES);
  await writeFile(SVG, chart(queries, sizes, names));
}

// kept by hand: what the numbers mean and what limits them
const NOTES = readNotes();
function readNotes(): string {
  try {
    const text = readFileSync(DOC, 'utf8');
    const at = text.indexOf('\n## Notes');
    return at >= 0 ? text.slice(at) : '';
  } catch {
    return '';
  }
}

const COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];

/** single-client p99 against graph size, both axes logarithmic, one line per query */
function chart(rows: QueryRow[], sizes: number[], names: string[]): string {
  const W = 720;
  const H = 420;
  const left = 60;
  const right = 250;
  const top = 20;
  const bottom = 50;
  const single = rows.filter((r) => r.clients === 1 && r.p99 > 0);
  const lo = Math.floor(Math.log10(Math.min(...single.map((r) => r.p99), 1)));
  const hi = Math.ceil(Math.log10(Math.max(...single.map((r) => r.p99), 10)));
  const xMin = Math.log10(Math.min(...sizes));
  const xMax = Math.max(Math.log10(Math.max(...sizes)), xMin + 1);
  const x = (papers: number) => left + ((Math.log10(papers) - xMin) / (xMax - xMin)) * (W - left - right);
  const y = (ms: number) => H - bottom - ((Math.log10(ms) - lo) / (hi - lo)) * (H - top - bottom);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
  ];
  for (let e = lo; e <= hi; e++) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${y(10 ** e)}" y2="${y(10 ** e)}" stroke="#ddd"/>`,
      `<text x="${left - 6}" y="${y(10 ** e) + 4}" text-anchor="end">${10 ** e} ms</text>`,
    );
  }
  for (const papers of sizes)
    parts.push(
      `<line x1="${x(papers)}" x2="${x(papers)}" y1="${top}" y2="${H - bottom}" stroke="#eee"/>`,
      `<text x="${x(papers)}" y="${H - bottom + 18}" text-anchor="middle">${papers.toLocaleString('en')}</text>`,
    );
  parts.push(
    `<text x="${(left + W - right) / 2}" y="${H - 10}" text-anchor="middle">papers in the graph</text>`,
    `<text x="14" y="${(top + H - bottom) / 2}" transform="rotate(-90 14 ${(top + H - bottom) / 2})" text-anchor="middle">single-client p99</text>`,
  );
  names.forEach((name, i) => {
    const points = single
      .filter((r) => r.query === name)
      .sort((a, b) => a.papers - b.papers)
      .map((r) => `${x(r.papers).toFixed(1)},${y(r.p99).toFixed(1)}`);
    const colour = COLOURS[i % COLOURS.length];
    parts.push(
      `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>`,
      ...points.map(
        (p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${colour}"/>`,
      ),
      `<rect x="${W - right + 15}" y="${top + i * 20}" width="12" height="12" fill="${colour}"/>`,
      `<text x="${W - right + 32}" y="${top + i * 20 + 10}">${escapeXml(name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
