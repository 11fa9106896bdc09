// What the transactional loader accumulates across batches (concepts merged, aliases and categories unioned,
// method relations gathering papers, paper counts), computed for a first load. Applying the same GraphBatch rows
// in the same order with the same rules as ingest/load/statements.ts is what keeps the two loads' graphs equal
// (test/integration/ingest/bulk.int.test.ts compares them). The rows wait on disk, not in the heap (that state
// grows with the number of papers): each batch appends its concept rows and relation occurrences to external
// sorts, and the merge folds each concept's or relation's rows, in the order they were added, as it is written.
import type { MethodRelationType } from '../../src/graph/model.ts';
import { conceptsToWrite } from '../load/index.ts';
import type { ConceptRow, GraphBatch } from '../rows.ts';
import { ExternalSort, grouped, type SortLimits } from '../sort.ts';

/** a concept as MERGE_CONCEPTS leaves it after every batch that touched it */
export interface BulkConcept {
  id: string;
  kind: ConceptRow['kind'];
  name: string;
  nameKey: string;
  origin: ConceptRow['origin'];
  description: string | null;
  pwcId: string | null;
  aliases: Set<string>;
  keys: Set<string>;
  categories: Set<string>;
  parentIds: Set<string>;
  /** paper → concept edges, which COUNT_PAPERS counts */
  paperCount: number;
}

/** a method → method relation as MERGE_RELATIONS and MERGE_HIERARCHY leave it */
export interface BulkRelation {
  type: MethodRelationType;
  fromId: string;
  toId: string;
  paperIds: string[];
  evidence: string[];
  fromLexicon: boolean;
}

/** the GraphVersion node: one write transaction a batch */
export interface BulkVersion {
  version: number;
  loadedAt: string;
}

/** one batch's row for a concept, with the batch's paper → concept edges to it */
interface ConceptOccurrence {
  row: ConceptRow;
  edges: number;
}

/** a paper stating a relation, or (paper null) the lexicon making one method a variant of another */
interface RelationOccurrence {
  type: MethodRelationType;
  fromId: string;
  toId: string;
  paper: { id: string; sentence: string } | null;
}

export class BulkGraph {
  private readonly conceptRows: ExternalSort<ConceptOccurrence>;
  private readonly relationRows: ExternalSort<RelationOccurrence>;
  // the names of nodes that several concepts or papers share, written once each
  private readonly aliasKeys: ExternalSort<null>;
  private readonly categoryNames: ExternalSort<null>;
  private readonly repositoryUrls: ExternalSort<null>;
  /** write transactions a transactional load would have run: one per batch with papers to store */
  batches = 0;

  /** the sorts' run files go to `dir` */
  constructor(dir: string, limits: Partial<SortLimits> = {}) {
    this.conceptRows = new ExternalSort(dir, 'concepts', limits);
    this.relationRows = new ExternalSort(dir, 'relations', limits);
    this.aliasKeys = new ExternalSort(dir, 'aliases', limits);
    this.categoryNames = new ExternalSort(dir, 'categories', limits);
    this.repositoryUrls = new ExternalSort(dir, 'repositories', limits);
  }

  /** applies one batch (every paper in it is new: a bulk load starts from an empty database) */
  async add(batch: GraphBatch): Promise<void> {
    if (batch.papers.length === 0) return;
    this.batches += 1;
    const edges = new Map<string, number>();
    for (const paper of batch.papers)
      for (const { conceptId } of paper.edges) edges.set(conceptId, (edges.get(conceptId) ?? 0) + 1);
    const concepts = conceptsToWrite(batch, batch.papers);
    for (const row of concepts) await this.conceptRows.add(row.id, { row, edges: edges.get(row.id) ?? 0 });
    // methods' lexicon parents are VARIANT_OF edges marked fromLexicon (tasks' are SUBTASK_OF, from the rows)
    for (const row of concepts)
      if (row.kind === 'method')
        for (const parentId of row.parentIds)
          await this.relationRows.add(relationKey('VARIANT_OF', row.id, parentId), {
            type: 'VARIANT_OF',
            fromId: row.id,
            toId: parentId,
            paper: null,
          });
    for (const paper of batch.papers) {
      for (const { type, fromId, toId, sentence } of paper.relations)
        await this.relationRows.add(relationKey(type, fromId, toId), {
          type,
          fromId,
          toId,
          paper: { id: paper.id, sentence },
        });
      for (const url of paper.codeUrls) await this.repositoryUrls.add(url, null);
    }
  }

  /** every concept merged, by id; their alias keys and categories are collected for aliases() and categories() */
  async *concepts(): AsyncGenerator<BulkConcept> {
    for await (const concept of grouped(this.conceptRows.sorted(), newConcept, mergeConcept)) {
      for (const key of concept.keys) await this.aliasKeys.add(key, null);
      for (const name of concept.categories) await this.categoryNames.add(name, null);
      yield concept;
    }
  }

  /** every method relation merged, by type, start and end */
  relations(): AsyncGenerator<BulkRelation> {
    return grouped(this.relationRows.sorted(), newRelation, mergeRelation);
  }

  /** every Alias key, once; after concepts() */
  aliases(): AsyncGenerator<string> {
    return unique(this.aliasKeys);
  }

  /** every Category name, once; after concepts() */
  categories(): AsyncGenerator<string> {
    return unique(this.categoryNames);
  }

  /** every code repository's URL, once */
  repositories(): AsyncGenerator<string> {
    return unique(this.repositoryUrls);
  }

  /** the GraphVersion node, if any batch stored papers */
  async *version(loadedAt: string): AsyncGenerator<BulkVersion> {
    if (this.batches > 0) yield { version: this.batches, loadedAt };
  }
}

/** sorted, as apoc.coll.sort sorts strings (UTF-16 code units, like Array.prototype.sort) */
export const sorted = (values: Iterable<string>): string[] => [...values].sort();

const relationKey = (type: MethodRelationType, fromId: string, toId: string) => `${type} ${fromId} ${toId}`;

const unique = (sort: ExternalSort<null>) =>
  grouped(
    sort.sorted(),
    (key) => key,
    () => {},
  );

// ON CREATE from the first row
function newConcept(_id: string, { row, edges }: ConceptOccurrence): BulkConcept {
  const concept: BulkConcept = {
    id: row.id,
    kind: row.kind,
    name: row.name,
    nameKey: row.nameKey,
    origin: row.origin,
    description: row.description,
    pwcId: row.pwcId,
    aliases: new Set(),
    keys: new Set(),
    categories: new Set(),
    parentIds: new Set(),
    paperCount: 0,
  };
  mergeConcept(concept, { row, edges });
  return concept;
}

// a lexicon row turns a discovered concept into a lexicon one; lists unioned; tasks' parents are SUBTASK_OF
function mergeConcept(concept: BulkConcept, { row, edges }: ConceptOccurrence): void {
  if (row.origin === 'lexicon' && concept.origin !== 'lexicon') {
    concept.origin = 'lexicon';
    concept.description = row.description;
    concept.pwcId = row.pwcId;
  }
  for (const alias of row.aliases) concept.aliases.add(alias);
  for (const key of row.keys) concept.keys.add(key);
  for (const category of row.categories) concept.categories.add(category);
  if (row.kind === 'task') for (const parentId of row.parentIds) concept.parentIds.add(parentId);
  concept.paperCount += edges;
}

function newRelation(_key: string, { type, fromId, toId, paper }: RelationOccurrence): BulkRelation {
  const relation: BulkRelation = { type, fromId, toId, paperIds: [], evidence: [], fromLexicon: false };
  mergeRelation(relation, { type, fromId, toId, paper });
  return relation;
}

function mergeRelation(relation: BulkRelation, { paper }: RelationOccurrence): void {
  if (paper === null) relation.fromLexicon = true;
  // a paper's relations are added together and paper ids are unique, so a paper already counted is the last
  else if (relation.paperIds.at(-1) !== paper.id) {
    relation.paperIds.push(paper.id);
    relation.evidence.push(paper.sentence);
  }
}
