// What the transactional loader accumulates across batches (concepts merged, aliases and categories unioned,
// method relations gathering papers, paper counts), computed in memory for a first load. Applying the same
// GraphBatch rows in the same order with the same rules as ingest/load/statements.ts is what keeps the two
// loads' graphs equal (test/integration/ingest/bulk.int.test.ts compares them).
import type { MethodRelationType } from '../../src/graph/model.ts';
import { conceptsToWrite } from '../load/index.ts';
import type { ConceptRow, GraphBatch } from '../rows.ts';

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

export class BulkGraph {
  readonly concepts = new Map<string, BulkConcept>();
  readonly relations = new Map<string, BulkRelation>();
  /** write transactions a transactional load would have run: one per batch with papers to store */
  batches = 0;

  /** applies one batch (every paper in it is new: a bulk load starts from an empty database) */
  add(batch: GraphBatch): void {
    if (batch.papers.length === 0) return;
    this.batches += 1;
    const concepts = conceptsToWrite(batch, batch.papers);
    for (const row of concepts) this.mergeConcept(row);
    for (const row of concepts) for (const parentId of row.parentIds) this.mergeParent(row, parentId);
    for (const paper of batch.papers) {
      for (const edge of paper.edges) this.concepts.get(edge.conceptId)!.paperCount += 1;
      for (const relation of paper.relations) {
        const key = `${relation.type} ${relation.fromId} ${relation.toId}`;
        const merged = this.relation(key, relation.type, relation.fromId, relation.toId);
        // a paper's relations are added together and paper ids are unique, so a paper already counted is the last
        if (merged.paperIds.at(-1) === paper.id) continue;
        merged.paperIds.push(paper.id);
        merged.evidence.push(relation.sentence);
      }
    }
  }

  // ON CREATE from the first row; a lexicon row turns a discovered concept into a lexicon one; lists unioned
  private mergeConcept(row: ConceptRow): void {
    let concept = this.concepts.get(row.id);
    if (!concept) {
      concept = {
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
      this.concepts.set(row.id, concept);
    } else if (row.origin === 'lexicon' && concept.origin !== 'lexicon') {
      concept.origin = 'lexicon';
      concept.description = row.description;
      concept.pwcId = row.pwcId;
    }
    for (const alias of row.aliases) concept.aliases.add(alias);
    for (const key of row.keys) concept.keys.add(key);
    for (const category of row.categories) concept.categories.add(category);
  }

  // tasks get SUBTASK_OF, methods a VARIANT_OF marked fromLexicon (datasets' parents give no edge)
  private mergeParent(child: ConceptRow, parentId: string): void {
    if (child.kind === 'task') this.concepts.get(child.id)!.parentIds.add(parentId);
    if (child.kind === 'method')
      this.relation(`VARIANT_OF ${child.id} ${parentId}`, 'VARIANT_OF', child.id, parentId).fromLexicon =
        true;
  }

  private relation(key: string, type: MethodRelationType, fromId: string, toId: string): BulkRelation {
    let relation = this.relations.get(key);
    if (!relation) {
      relation = { type, fromId, toId, paperIds: [], evidence: [], fromLexicon: false };
      this.relations.set(key, relation);
    }
    return relation;
  }
}

/** sorted, as apoc.coll.sort sorts strings (UTF-16 code units, like Array.prototype.sort) */
export const sorted = (values: Iterable<string>): string[] => [...values].sort();
