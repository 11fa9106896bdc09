import { KIND_NOUN } from './subject.ts';
import { sentenceEvidence } from './scope.ts';
import type { FoundRelation, SentenceRule } from './scope.ts';

// the noun phrase of an apposition ends before a clause, a preposition or punctuation
const APPOSED_PHRASE =
  /^[^,.;:()]*?(?=\s+(?:that|which|for|to|with|in|on|by|based|where|whose)\b|[,.;:()]|$)/i;

/**
 * "PP-LCNet: A Lightweight CPU Convolutional Neural Network", "ProtoTEx, a novel … architecture": a proposal
 * followed by ", a …" / ": a …" / "is a …" whose noun phrase ends in a known method is a variant of it (its kind
 * noun dropped: "a Meta Learning Framework"). A title may drop the article.
 */
export const apposition: SentenceRule = {
  name: 'relation-apposition',
  find(s) {
    const found: FoundRelation[] = [];
    for (const o of s.inSentence) {
      if (!o.group.proposed) continue;
      const opener =
        s.field === 'title'
          ? /^\s*(?:[,:]|is|are)\s+(?:(?:a|an)\s+)?/i
          : /^\s*(?:[,:]|is|are)\s+(?:a|an)\s+/i;
      const apposed = opener.exec(s.text.slice(o.end, o.end + 8));
      if (!apposed) continue;
      const at = o.end + apposed[0].length;
      const np = APPOSED_PHRASE.exec(s.text.slice(at, s.sentence.end));
      const end = at + (np?.[0].length ?? 0);
      const kind = KIND_NOUN.exec(np?.[0] ?? '');
      const ends = new Set([end, kind ? end - kind[0].length : end]);
      const head = s.inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== o.group);
      if (head)
        found.push({
          from: o.group,
          type: 'VARIANT_OF',
          to: head.group,
          evidence: sentenceEvidence(s, o.start, head.end, 0.6, 'relation-apposition'),
        });
    }
    return found;
  },
};
