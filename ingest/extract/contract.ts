import type { Extraction, Mention } from '../types.ts';

interface ContractConcept {
  name: string;
  aliases: string[];
  evidence?: Mention['evidence'];
}

const concepts = (
  mentions: readonly Mention[],
  kind: Mention['kind'],
  role?: Mention['role'],
): ContractConcept[] =>
  mentions
    .filter((m) => m.kind === kind && (role === undefined || m.role === role))
    .map((m) => ({ name: m.name, aliases: m.aliases, evidence: m.evidence }));

/** the extraction as one contract line: {id, title, methods_proposed, …, relations, code_urls} */
export function toContractJson(paper: { id: string; title: string }, extraction: Extraction): object {
  const { mentions } = extraction;
  return {
    id: paper.id,
    title: paper.title,
    methods_proposed: concepts(mentions, 'method', 'proposed'),
    methods_used: concepts(mentions, 'method', 'used'),
    datasets_proposed: concepts(mentions, 'dataset', 'proposed'),
    datasets_used: concepts(mentions, 'dataset', 'used'),
    tasks: concepts(mentions, 'task'),
    relations: extraction.relations.map((r) => ({
      from: r.from,
      type: r.type,
      to: r.to,
      evidence: r.evidence,
    })),
    code_urls: extraction.codeUrls,
    results: extraction.results.map((r) => ({
      method: r.method,
      dataset: r.dataset,
      task: r.task,
      metric: r.metric,
      value: r.valueText,
      sentence: r.evidence.sentence,
      numeric: r.value,
      unit: r.unit,
      higher_is_better: r.higherIsBetter,
      evidence: r.evidence,
    })),
  };
}
