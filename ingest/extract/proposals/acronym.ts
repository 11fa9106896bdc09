import type { Cue } from '../items.ts';
import { kindAfter } from '../phrases.ts';
import { wordsOf } from '../tokens.ts';
import type { ProposalRule } from './scope.ts';

/**
 * "we propose Path Neural Networks (PathNNs)": a short form defined after the verb names the proposal; it
 * replaces a cue it overlaps. A coined short form ("PathNN") is the name the paper uses; an all-capital one
 * only abbreviates its long form.
 */
export const acronymAfterVerb: ProposalRule = {
  name: 'propose-acronym',
  find({ text, sentence, acronyms, afterAt, after, lead }, found) {
    const named = found.length > 0;
    for (const d of acronyms) {
      if (d.longStart < afterAt || d.shortEnd > sentence.end) continue;
      const overlap = found.findIndex((f) => f.start <= d.longStart && d.longStart < f.end + 2);
      // "we present X, a novel approach for … Detection Systems (NIDSs)": a later definition is what X is for
      if (named && overlap < 0) continue;
      // "we introduce Relational Graph Convolutional Networks (R-GCNs)": right after the verb, even a known name is new
      const head = d.longStart <= (after[lead]?.start ?? afterAt);
      const kind =
        overlap >= 0
          ? found[overlap]!.kind
          : kindAfter(wordsOf(text.slice(d.shortEnd, sentence.end), d.shortEnd));
      const name = /\p{Ll}/u.test(d.short.replace(/s$/, '')) ? d.short.replace(/(?<=\p{Lu})s$/u, '') : d.long;
      const cue: Cue = {
        kind,
        role: 'proposed',
        name,
        aliases: [d.long, d.short],
        start: d.longStart,
        end: d.longEnd,
        extractor: head ? 'propose-acronym-head' : 'propose-acronym',
        confidence: 0.8,
      };
      if (overlap >= 0) found.splice(overlap, 1, cue);
      else found.push(cue);
    }
  },
};
