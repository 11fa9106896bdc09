// The node and relationship files of a bulk load, one entry per kind: its file, its columns, and its rows,
// either streamed per batch (papers and what hangs off them) or written at the end from what the batches
// accumulated (concepts and everything merged across papers or shared by them), one merged item at a time.
// A new node or edge kind is one more entry here.
import {
  CONCEPT_LABEL,
  HAS_CODE,
  IN_CATEGORY,
  METHOD_RELATIONS,
  NAMES,
  NODE_LABEL,
  PAPER_CONCEPT_EDGES,
  REPORTS,
  RESULT_EDGE,
  SUBTASK_OF,
} from '../../src/graph/model.ts';
import type { GraphBatch } from '../rows.ts';
import { ARRAY_DELIMITER, type Column, type Value } from './csv.ts';
import { sorted, type BulkConcept, type BulkRelation, type BulkVersion } from './graph.ts';

interface TableBase {
  file: string;
  kind: 'nodes' | 'relationships';
  columns: Column[];
  /** what carries the table's list columns, for setting the empty lists an import leaves out */
  match: { label: string } | { types: readonly string[] };
}

/** rows taken from each batch as it is extracted */
export interface StreamedTable extends TableBase {
  rows: (batch: GraphBatch) => Iterable<Value[]>;
}

/** what the final tables are written from, each item once (BulkGraph's methods of the same names) */
export interface MergedItems {
  concepts: BulkConcept;
  relations: BulkRelation;
  aliases: string;
  categories: string;
  repositories: string;
  version: BulkVersion;
}

/** rows written at the end, from each item of one kind that every batch added up to */
export interface FinalTableOf<S extends keyof MergedItems> extends TableBase {
  source: S;
  rows: (item: MergedItems[S]) => Iterable<Value[]>;
}

/** a final table of any source */
export type FinalTable = { [S in keyof MergedItems]: FinalTableOf<S> }[keyof MergedItems];

const P = NODE_LABEL.paper;
const C = NODE_LABEL.concept;

export const STREAMED_TABLES: StreamedTable[] = [
  {
    file: 'papers.csv',
    kind: 'nodes',
    match: { label: P },
    columns: [
      { name: 'id', type: { id: P } },
      { name: '', type: 'label' },
      { name: 'title', type: 'string' },
      { name: 'abstract', type: 'string' },
      // the driver sends JavaScript numbers as floats, so a transactional load stores doubles
      { name: 'year', type: 'double' },
      { name: 'venue', type: 'string' },
      { name: 'url', type: 'string' },
      { name: 'source', type: 'string' },
      { name: 'contentHash', type: 'string' },
      { name: 'extractorVersion', type: 'string' },
    ],
    *rows(batch) {
      for (const { id, props: p } of batch.papers)
        yield [
          id,
          P,
          p.title,
          p.abstract,
          p.year,
          p.venue,
          p.url,
          p.source,
          p.contentHash,
          p.extractorVersion,
        ];
    },
  },
  {
    file: 'paper-concept.csv',
    kind: 'relationships',
    match: { types: PAPER_CONCEPT_EDGES },
    columns: [
      { name: '', type: { start: P } },
      { name: '', type: { end: C } },
      { name: '', type: 'type' },
      { name: 'sentence', type: 'string' },
      { name: 'start', type: 'double' },
      { name: 'end', type: 'double' },
      { name: 'field', type: 'string' },
      { name: 'confidence', type: 'double' },
      { name: 'extractor', type: 'string' },
    ],
    *rows(batch) {
      for (const paper of batch.papers)
        for (const { type, conceptId, evidence: e } of paper.edges)
          yield [paper.id, conceptId, type, e.sentence, e.start, e.end, e.field, e.confidence, e.extractor];
    },
  },
  {
    file: 'has-code.csv',
    kind: 'relationships',
    match: { types: [HAS_CODE] },
    columns: [
      { name: '', type: { start: P } },
      { name: '', type: { end: NODE_LABEL.repository } },
      { name: '', type: 'type' },
    ],
    *rows(batch) {
      for (const paper of batch.papers) for (const url of paper.codeUrls) yield [paper.id, url, HAS_CODE];
    },
  },
  {
    file: 'results.csv',
    kind: 'nodes',
    match: { label: NODE_LABEL.result },
    columns: [
      { name: 'id', type: { id: NODE_LABEL.result } },
      { name: '', type: 'label' },
      { name: 'metric', type: 'string' },
      { name: 'value', type: 'double' },
      { name: 'valueText', type: 'string' },
      { name: 'unit', type: 'string' },
      { name: 'higherIsBetter', type: 'boolean' },
      { name: 'sentence', type: 'string' },
      { name: 'field', type: 'string' },
      { name: 'start', type: 'double' },
      { name: 'end', type: 'double' },
      { name: 'confidence', type: 'double' },
      { name: 'extractor', type: 'string' },
    ],
    *rows(batch) {
      for (const paper of batch.papers)
        for (const { id, props: r } of paper.results)
          yield [
            id,
            NODE_LABEL.result,
            r.metric,
            r.value,
            r.valueText,
            r.unit,
            r.higherIsBetter,
            r.sentence,
            r.field,
            r.start,
            r.end,
            r.confidence,
            r.extractor,
          ];
    },
  },
  {
    file: 'reports.csv',
    kind: 'relationships',
    match: { types: [REPORTS] },
    columns: [
      { name: '', type: { start: P } },
      { name: '', type: { end: NODE_LABEL.result } },
      { name: '', type: 'type' },
    ],
    *rows(batch) {
      for (const paper of batch.papers) for (const { id } of paper.results) yield [paper.id, id, REPORTS];
    },
  },
  {
    file: 'result-concept.csv',
    kind: 'relationships',
    match: { types: Object.values(RESULT_EDGE) },
    columns: [
      { name: '', type: { start: NODE_LABEL.result } },
      { name: '', type: { end: C } },
      { name: '', type: 'type' },
    ],
    // a result names only its own paper's concepts, which the same batch writes
    *rows(batch) {
      for (const paper of batch.papers)
        for (const r of paper.results)
          for (const [conceptId, type] of [
            [r.methodId, RESULT_EDGE.method],
            [r.datasetId, RESULT_EDGE.dataset],
            [r.taskId, RESULT_EDGE.task],
          ] as const)
            if (conceptId !== null) yield [r.id, conceptId, type];
    },
  },
];

export const FINAL_TABLES: FinalTable[] = [
  {
    file: 'concepts.csv',
    kind: 'nodes',
    match: { label: C },
    source: 'concepts',
    columns: [
      { name: 'id', type: { id: C } },
      { name: '', type: 'label' },
      { name: 'name', type: 'string' },
      { name: 'nameKey', type: 'string' },
      { name: 'origin', type: 'string' },
      { name: 'paperCount', type: 'long' },
      { name: 'aliases', type: 'string[]' },
      { name: 'aliasText', type: 'string' },
      { name: 'description', type: 'string' },
      { name: 'pwcId', type: 'string' },
    ],
    *rows(c) {
      const aliases = sorted(c.aliases);
      yield [
        c.id,
        `${C}${ARRAY_DELIMITER}${CONCEPT_LABEL[c.kind]}`,
        c.name,
        c.nameKey,
        c.origin,
        c.paperCount,
        aliases,
        aliases.join(' | '),
        c.description,
        c.pwcId,
      ];
    },
  },
  {
    file: 'names.csv',
    kind: 'relationships',
    match: { types: [NAMES] },
    source: 'concepts',
    columns: [
      { name: '', type: { start: NODE_LABEL.alias } },
      { name: '', type: { end: C } },
      { name: '', type: 'type' },
    ],
    *rows(c) {
      for (const key of c.keys) yield [key, c.id, NAMES];
    },
  },
  {
    file: 'in-category.csv',
    kind: 'relationships',
    match: { types: [IN_CATEGORY] },
    source: 'concepts',
    columns: [
      { name: '', type: { start: C } },
      { name: '', type: { end: NODE_LABEL.category } },
      { name: '', type: 'type' },
    ],
    *rows(c) {
      for (const name of c.categories) yield [c.id, name, IN_CATEGORY];
    },
  },
  {
    file: 'subtask-of.csv',
    kind: 'relationships',
    match: { types: [SUBTASK_OF] },
    source: 'concepts',
    columns: [
      { name: '', type: { start: C } },
      { name: '', type: { end: C } },
      { name: '', type: 'type' },
    ],
    *rows(c) {
      for (const parent of c.parentIds) yield [c.id, parent, SUBTASK_OF];
    },
  },
  {
    file: 'aliases.csv',
    kind: 'nodes',
    match: { label: NODE_LABEL.alias },
    source: 'aliases',
    columns: [
      { name: 'key', type: { id: NODE_LABEL.alias } },
      { name: '', type: 'label' },
    ],
    *rows(key) {
      yield [key, NODE_LABEL.alias];
    },
  },
  {
    file: 'categories.csv',
    kind: 'nodes',
    match: { label: NODE_LABEL.category },
    source: 'categories',
    columns: [
      { name: 'name', type: { id: NODE_LABEL.category } },
      { name: '', type: 'label' },
    ],
    *rows(name) {
      yield [name, NODE_LABEL.category];
    },
  },
  {
    file: 'method-relations.csv',
    kind: 'relationships',
    match: { types: METHOD_RELATIONS },
    source: 'relations',
    columns: [
      { name: '', type: { start: C } },
      { name: '', type: { end: C } },
      { name: '', type: 'type' },
      { name: 'support', type: 'long' },
      { name: 'paperIds', type: 'string[]' },
      { name: 'evidence', type: 'string[]' },
      { name: 'fromLexicon', type: 'boolean' },
    ],
    *rows(r) {
      yield [r.fromId, r.toId, r.type, r.paperIds.length, r.paperIds, r.evidence, r.fromLexicon];
    },
  },
  {
    file: 'repositories.csv',
    kind: 'nodes',
    match: { label: NODE_LABEL.repository },
    source: 'repositories',
    columns: [
      { name: 'url', type: { id: NODE_LABEL.repository } },
      { name: '', type: 'label' },
    ],
    *rows(url) {
      yield [url, NODE_LABEL.repository];
    },
  },
  {
    file: 'graph-version.csv',
    kind: 'nodes',
    match: { label: NODE_LABEL.graphVersion },
    source: 'version',
    columns: [
      { name: 'id', type: { id: NODE_LABEL.graphVersion } },
      { name: '', type: 'label' },
      { name: 'version', type: 'long' },
      { name: 'updatedAt', type: 'datetime' },
    ],
    *rows({ version, loadedAt }) {
      yield ['graph', NODE_LABEL.graphVersion, version, loadedAt];
    },
  },
];
