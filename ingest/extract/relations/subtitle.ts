import { KIND_NOUN } from './subject.ts';
import { sentenceEvidence } from './scope.ts';
import type { ConceptGroup, SentenceScope, SentenceRule } from './scope.ts';

const SUBTITLE_PHRASE =
  /^\s*(?:(?:a|an|the)\s+)?([^,.;:()]*?)(?=\s+(?:for|to|with|in|on|of|by|via|based|that|and)\b|$)/i;

/** the proposal a title names before its colon, if any */
export function titledProposal(
  s: SentenceScope,
): { group: ConceptGroup; start: number; colon: number } | undefined {
  const colon = s.field === 'title' ? s.sentence.text.indexOf(':') : -1;
  if (colon <= 0) return undefined;
  const o = s.inSentence.find((x) => x.group.proposed && x.end <= s.sentence.start + colon);
  return o && { group: o.group, start: o.start, colon };
}

/**
 * "Meta Pruning via Graph Metanetworks: A Meta Learning Framework for …": the proposal a title names before its
 * colon is a variant of the method the subtitle's noun phrase ends in. A subtitle that opens a clause
 * ("GraphPrompt: Unifying Pre-Training and …") names nothing.
 */
export const subtitle: SentenceRule = {
  name: 'relation-subtitle',
  find(s) {
    const titled = titledProposal(s);
    if (!titled) return [];
    const at = s.sentence.start + titled.colon + 1;
    const np = SUBTITLE_PHRASE.exec(s.text.slice(at, s.sentence.end));
    const kind = KIND_NOUN.exec(np?.[1] ?? '');
    const end = at + (np?.[0].length ?? 0);
    const ends = new Set([end, kind ? end - kind[0].length : end]);
    const clause = /^\S+ing\b/i.test(np?.[1] ?? '');
    const head = s.inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== titled.group);
    if (!head || clause) return [];
    return [
      {
        from: titled.group,
        type: 'VARIANT_OF',
        to: head.group,
        evidence: sentenceEvidence(s, titled.start, head.end, 0.55, 'relation-subtitle'),
      },
    ];
  },
};
