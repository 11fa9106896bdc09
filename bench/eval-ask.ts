// Checks `ask` against `findPapers` over the concepts of a running graph: every concept asked for by name in a few
// phrasings, and dataset + method/task pairs that share a paper, each answer compared with `findPapers` of the
// filter the question means. The questions are written from the graph, not tuned on, so they show how `ask` reads
// wordings and names nobody chose for it.
//   npm run eval:ask -- [--url http://localhost:4000/graphql] [--names 2000] [--pairs 150]
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://localhost:4000/graphql' },
    // bounds, so that a large graph is sampled (in the API's own order) rather than read whole
    names: { type: 'string', default: '2000' },
    pairs: { type: 'string', default: '150' },
  },
});
const MAX_NAMES = Number(values.names);
const MAX_PAIRS = Number(values.pairs);
const PAGE = 100;

type Kind = 'methods' | 'datasets' | 'tasks';
type Filter = Partial<Record<Kind, string[]>>;

// how people ask for one concept, by its kind; {X} is the concept's name
const SINGLE: Record<Kind, string[]> = {
  methods: ['papers using {X}', 'which papers use {X}?', '{X} papers', 'Papers that apply the {X}'],
  datasets: [
    'papers using {X}',
    'Which papers evaluate on {X}?',
    '{X} papers',
    'papers with experiments on the {X} dataset',
  ],
  tasks: ['papers on {X}', 'Which papers address {X}?', '{X} papers', 'research about {X}'],
};
// and for a dataset with a method or a task; {D} is the dataset
const PAIRED: Record<'methods' | 'tasks', string[]> = {
  methods: [
    'papers using {X} on {D}',
    '{X} papers evaluated on {D}',
    'which papers apply {X} to {D}?',
    'papers that use {D} and {X}',
  ],
  tasks: [
    '{X} papers evaluated on {D}',
    'papers on {X} using {D}',
    'which papers address {X} on the {D} dataset?',
    '{D} papers about {X}',
  ],
};

async function gql<T>(query: string, variables: object = {}): Promise<T> {
  const response = await fetch(values.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

/** every page of a list query, up to `max` items */
async function paged<T>(field: string, selection: string, max: number): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; items.length < max; offset += PAGE) {
    const page = (
      await gql<Record<string, T[]>>(`{ ${field}(limit: ${PAGE}, offset: ${offset}) ${selection} }`)
    )[field]!;
    items.push(...page);
    if (page.length < PAGE) break;
  }
  return items.slice(0, max);
}

/** dataset + method/task pairs that share a paper, in a stable order */
async function sharedPairs(max: number) {
  const papers = await paged<Record<string, { name: string }[]>>(
    'papers',
    '{ evaluatesOn { name } introduces { name } uses { name } proposes { name } addresses { name } }',
    20 * max,
  );
  const pairs = new Map<string, { dataset: string; kind: 'methods' | 'tasks'; name: string }>();
  for (const p of papers) {
    const datasets = [...p.evaluatesOn!, ...p.introduces!].map((d) => d.name);
    const others = [
      ...[...p.uses!, ...p.proposes!].map((m) => ({ kind: 'methods' as const, name: m.name })),
      ...p.addresses!.map((t) => ({ kind: 'tasks' as const, name: t.name })),
    ];
    for (const dataset of datasets)
      for (const other of others)
        pairs.set(`${dataset}\t${other.kind}\t${other.name}`, { dataset, ...other });
  }
  return [...pairs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .slice(0, max)
    .map(([, pair]) => pair);
}

const ASK = 'query($q: String!) { ask(question: $q, limit: 100) { papers { id } } }';
const FIND = 'query($f: PaperFilter!) { findPapers(filter: $f, limit: 100) { id } }';

/** whether `ask` answers `question` with the papers `findPapers` gives for `filter` */
async function agrees(question: string, filter: Filter): Promise<boolean> {
  const [asked, found] = await Promise.all([
    gql<{ ask: { papers: { id: string }[] } }>(ASK, { q: question }),
    gql<{ findPapers: { id: string }[] }>(FIND, { f: filter }),
  ]);
  const a = asked.ask.papers.map((p) => p.id).sort();
  const f = found.findPapers.map((p) => p.id).sort();
  return a.length === f.length && a.every((id, i) => id === f[i]);
}

const fill = (template: string, name: string, dataset = '') =>
  template.replace('{X}', () => name).replace('{D}', () => dataset);

const tally = { single: { asked: 0, differ: 0 }, paired: { asked: 0, differ: 0 } };
const check = async (group: keyof typeof tally, question: string, filter: Filter) => {
  tally[group].asked += 1;
  if (await agrees(question, filter)) return;
  tally[group].differ += 1;
  console.log(`differs: ${question}  (meant ${JSON.stringify(filter)})`);
};

for (const kind of ['methods', 'datasets', 'tasks'] as const) {
  for (const { name } of await paged<{ name: string }>(kind, '{ name }', MAX_NAMES))
    for (const template of SINGLE[kind]) await check('single', fill(template, name), { [kind]: [name] });
}
for (const { dataset, kind, name } of await sharedPairs(MAX_PAIRS))
  for (const template of PAIRED[kind])
    await check('paired', fill(template, name, dataset), { datasets: [dataset], [kind]: [name] });

for (const [group, { asked, differ }] of Object.entries(tally))
  console.log(`${group}: ${asked} questions, ${differ} answered otherwise than findPapers`);
