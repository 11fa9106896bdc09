import { createHash } from 'node:crypto';
import type { Lexicon, LexiconConcept } from './lexicon/index.ts';
import { type MethodRelationType, type PaperEdgeType, MENTION_EDGE } from '../src/graph/model.ts';
import { aliasKey, conceptId, paperId, resultId } from '../src/graph/names.ts';
import type {
  ConceptKind,
  Evidence,
  Extraction,
  Mention,
  PaperRecord,
  ReportedResult,
  ResultUnit,
} from './types.ts';

/** a concept as it is written to Neo4j */
export interface ConceptRow {
  id: string;
  kind: ConceptKind;
  name: string;
  nameKey: string;
  aliases: string[];
  /** every Alias key that should name this concept */
  keys: string[];
  description: string | null;
  origin: 'lexicon' | 'discovered';
  pwcId: string | null;
  categories: string[];
  /** ids of broader concepts of the same kind, from the lexicon */
  parentIds: string[];
}

/** one paper → concept edge with its evidence */
export interface EdgeRow {
  type: PaperEdgeType;
  conceptId: string;
  evidence: Evidence;
}

/** one method → method relation stated by a paper */
export interface RelationRow {
  type: MethodRelationType;
  fromId: string;
  toId: string;
  sentence: string;
}

/** one number a paper reports, with the ids of its concepts (null where the text ties it to none) */
export interface ResultRow {
  id: string;
  props: {
    metric: string;
    value: number;
    valueText: string;
    unit: ResultUnit;
    higherIsBetter: boolean;
    sentence: string;
    field: Evidence['field'];
    start: number;
    end: number;
    confidence: number;
    extractor: string;
  };
  methodId: string | null;
  datasetId: string | null;
  taskId: string | null;
}

/** a paper as it is written to Neo4j, with its edges */
export interface PaperRow {
  id: string;
  props: {
    title: string;
    abstract: string;
    year: number | null;
    venue: string | null;
    url: string | null;
    source: string;
    contentHash: string;
    extractorVersion: string;
  };
  edges: EdgeRow[];
  relations: RelationRow[];
  codeUrls: string[];
  results: ResultRow[];
}

/** one batch, ready for the loader: its papers and every concept they touch */
export interface GraphBatch {
  papers: PaperRow[];
  concepts: ConceptRow[];
}

/** one batch of papers as the loader's rows: ids assigned, concepts keyed, edges and relations deduplicated */
export function toGraphBatch(
  items: readonly { record: PaperRecord; extraction: Extraction }[],
  lexicon: Lexicon,
  extractorVersion: string,
): GraphBatch {
  const concepts = new Map<string, ConceptRow>();
  const known = (kind: ConceptKind, name: string) =>
    lexicon.lookup(name).find((c) => c.kind === kind && c.name === name);

  // adds a concept (and, for lexicon concepts, its broader concepts) and returns its id
  const addConcept = (
    kind: ConceptKind,
    name: string,
    surfaces: readonly string[],
    origin: Mention['origin'],
  ): string => {
    const entry = origin === 'lexicon' ? known(kind, name) : undefined;
    const id = conceptId(kind, name);
    const existing = concepts.get(id);
    if (existing) {
      existing.aliases = sortedSet([...existing.aliases, ...surfaces.filter((s) => s !== name)]);
      existing.keys = sortedSet([...existing.keys, ...surfaces.map(aliasKey)]);
      return id;
    }
    const row = entry ? lexiconRow(entry, id) : discoveredRow(kind, name, id);
    row.aliases = sortedSet([...row.aliases, ...surfaces.filter((s) => s !== name)]);
    row.keys = sortedSet([...row.keys, ...surfaces.map(aliasKey)].filter((key) => key !== ''));
    concepts.set(id, row);
    if (entry) row.parentIds = entry.parents.map((parent) => addConcept(kind, parent, [], 'lexicon'));
    return id;
  };

  const papers = new Map<string, PaperRow>();
  for (const { record, extraction } of items) {
    const id = paperId(record);
    const methodIds = new Map<string, string>();
    const mentioned = new Set<string>();
    const edges = new Map<string, EdgeRow>();
    for (const mention of extraction.mentions) {
      const target = addConcept(mention.kind, mention.name, mention.aliases, mention.origin);
      if (mention.kind === 'method') methodIds.set(mention.name, target);
      mentioned.add(target);
      const type = MENTION_EDGE[mention.kind][mention.role];
      const key = `${type} ${target}`;
      const previous = edges.get(key);
      if (!previous || previous.evidence.confidence < mention.evidence.confidence) {
        edges.set(key, { type, conceptId: target, evidence: mention.evidence });
      }
    }
    const methodId = (name: string) =>
      methodIds.get(name) ??
      addConcept('method', name, [name], known('method', name) ? 'lexicon' : 'discovered');
    const relations = extraction.relations
      .map((relation) => ({
        type: relation.type,
        fromId: methodId(relation.from),
        toId: methodId(relation.to),
        sentence: relation.evidence.sentence,
      }))
      .filter((relation) => relation.fromId !== relation.toId);
    const props = {
      title: record.title,
      abstract: record.abstract,
      year: record.year ?? null,
      venue: record.venue ?? null,
      url: record.url ?? null,
      source: record.from.file,
      contentHash: contentHash(record),
      extractorVersion,
    };
    // the same paper twice in a batch: the later record wins, as it would in a later batch
    papers.set(id, {
      id,
      props,
      edges: [...edges.values()],
      relations: uniqueRelations(relations),
      codeUrls: [...new Set(extraction.codeUrls)],
      results: resultRows(id, extraction.results, mentioned),
    });
  }
  return { papers: [...papers.values()], concepts: [...concepts.values()] };
}

/**
 * a paper's results as rows: each concept name becomes the id of that paper's concept, or null when the paper has
 * no such concept (a result never creates a concept); the same number at the same place is kept once, most confident
 */
function resultRows(
  paper: string,
  results: readonly ReportedResult[],
  mentioned: ReadonlySet<string>,
): ResultRow[] {
  const idOf = (kind: ConceptKind, name: string | null) => {
    const id = name === null ? null : conceptId(kind, name);
    return id !== null && mentioned.has(id) ? id : null;
  };
  const rows = new Map<string, ResultRow>();
  for (const result of results) {
    const { evidence } = result;
    const id = resultId(paper, {
      ...result,
      field: evidence.field,
      start: evidence.start,
      end: evidence.end,
    });
    const previous = rows.get(id);
    if (previous && previous.props.confidence >= evidence.confidence) continue;
    rows.set(id, {
      id,
      props: {
        metric: result.metric,
        value: result.value,
        valueText: result.valueText,
        unit: result.unit,
        higherIsBetter: result.higherIsBetter,
        sentence: evidence.sentence,
        field: evidence.field,
        start: evidence.start,
        end: evidence.end,
        confidence: evidence.confidence,
        extractor: evidence.extractor,
      },
      methodId: idOf('method', result.method),
      datasetId: idOf('dataset', result.dataset),
      taskId: idOf('task', result.task),
    });
  }
  return [...rows.values()];
}

function lexiconRow(entry: LexiconConcept, id: string): ConceptRow {
  const names = [entry.name, ...entry.aliases];
  return {
    id,
    kind: entry.kind,
    name: entry.name,
    nameKey: aliasKey(entry.name),
    aliases: sortedSet(entry.aliases),
    keys: sortedSet(names.map(aliasKey).filter((key) => key !== '')),
    description: entry.description ?? null,
    origin: 'lexicon',
    pwcId: entry.pwcId ?? null,
    categories: sortedSet(entry.categories),
    parentIds: [],
  };
}

function discoveredRow(kind: ConceptKind, name: string, id: string): ConceptRow {
  return {
    id,
    kind,
    name,
    nameKey: aliasKey(name),
    aliases: [],
    keys: [aliasKey(name)].filter((key) => key !== ''),
    description: null,
    origin: 'discovered',
    pwcId: null,
    categories: [],
    parentIds: [],
  };
}

/** a fingerprint of what is stored of a paper: a changed one is written again */
export function contentHash(
  record: Pick<PaperRecord, 'title' | 'abstract' | 'year' | 'venue' | 'url'>,
): string {
  const content = JSON.stringify([record.title, record.abstract, record.year, record.venue, record.url]);
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

function uniqueRelations(relations: RelationRow[]): RelationRow[] {
  const seen = new Map<string, RelationRow>();
  for (const relation of relations)
    seen.set(
      `${relation.type} ${relation.fromId} ${relation.toId}`,
      seen.get(`${relation.type} ${relation.fromId} ${relation.toId}`) ?? relation,
    );
  return [...seen.values()];
}

// sorted, so a concept merged in any order of papers ends up with the same lists
const sortedSet = (values: readonly string[]): string[] => [...new Set(values)].sort();
