// The graph's vocabulary: labels, relationship types and their directions, and the filter's constraint kinds.
// Ingest writes with it and the API reads with it; every list of relationship types in Cypher is built here.

/** what extraction calls a concept's kind */
export type ConceptKind = 'method' | 'dataset' | 'task';

/** a concept's label in Neo4j (every concept also carries :Concept) */
export type ConceptLabel = 'Method' | 'Dataset' | 'Task';

export const CONCEPT_LABEL: Record<ConceptKind, ConceptLabel> = {
  method: 'Method',
  dataset: 'Dataset',
  task: 'Task',
};

/** (:Paper)-[type]->(:Concept): what a paper proposes or uses, each with its evidence */
export const PAPER_CONCEPT_EDGES = ['PROPOSES', 'USES', 'INTRODUCES', 'EVALUATES_ON', 'ADDRESSES'] as const;
export type PaperEdgeType = (typeof PAPER_CONCEPT_EDGES)[number];

/** the edge a mention becomes, by the concept's kind and whether the paper proposes or uses it */
export const MENTION_EDGE: Record<ConceptKind, Record<'proposed' | 'used', PaperEdgeType>> = {
  method: { proposed: 'PROPOSES', used: 'USES' },
  dataset: { proposed: 'INTRODUCES', used: 'EVALUATES_ON' },
  task: { proposed: 'ADDRESSES', used: 'ADDRESSES' },
};

/** (:Method)-[type]->(:Method): relations stated by papers (and, for VARIANT_OF, the lexicon's hierarchy) */
export const METHOD_RELATIONS = ['ALTERNATIVE_TO', 'VARIANT_OF'] as const;
export type MethodRelationType = (typeof METHOD_RELATIONS)[number];

/** (:Task)-[:SUBTASK_OF]->(:Task), (:Paper)-[:HAS_CODE]->(:Repository), (:Alias)-[:NAMES]->(:Concept) … */
export const SUBTASK_OF = 'SUBTASK_OF';
export const HAS_CODE = 'HAS_CODE';
export const NAMES = 'NAMES';
export const IN_CATEGORY = 'IN_CATEGORY';

/** the labels of the graph's other nodes (a concept's are :Concept and its CONCEPT_LABEL) */
export const NODE_LABEL = {
  paper: 'Paper',
  concept: 'Concept',
  alias: 'Alias',
  category: 'Category',
  repository: 'Repository',
  result: 'Result',
  graphVersion: 'GraphVersion',
} as const;

/** the types as a Cypher relationship-type alternation, e.g. `PROPOSES|USES` (constants only, never input) */
export function anyOf(types: readonly string[]): string {
  return types.join('|');
}

/** the lists of a paper filter: each resolves names of one label and follows one pattern from the paper */
export const CONSTRAINT_KINDS = [
  'datasets',
  'methods',
  'tasks',
  'proposesAlternativeTo',
  'proposesVariantOf',
] as const;
export type ConstraintKind = (typeof CONSTRAINT_KINDS)[number];

/** (:Paper)-[:REPORTS]->(:Result): a number a paper states, with its sentence */
export const REPORTS = 'REPORTS';

/** (:Result)-[type]->(:Concept): the method, dataset and task a result is of, where the text ties it to one */
export const RESULT_EDGE: Record<ConceptKind, 'OF_METHOD' | 'ON_DATASET' | 'FOR_TASK'> = {
  method: 'OF_METHOD',
  dataset: 'ON_DATASET',
  task: 'FOR_TASK',
};
