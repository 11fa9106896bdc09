import type { RelationType } from '../../types.ts';
import { subjectFor } from './subject.ts';
import { sentenceEvidence } from './scope.ts';
import type { FoundRelation, SentenceRule } from './scope.ts';

// cue → relation; the target is the first method named within a few words after the cue
const AFTER_CUES: readonly [RegExp, RelationType, number][] = [
  [
    /\b(?:an? )?alternatives?(?: (?:approach|method|algorithm|framework|strategy|solution|paradigm|technique)s?)? to\s+|\binstead of\s+|\brather than\s+|\bin place of\s+|\breplac(?:e|es|ing)\s+|\bwithout (?:the need for |using |relying on |requiring |any )?|\bavoid(?:s|ing)?\s+|\beliminat(?:e|es|ing) (?:the need for )?|\bdispens(?:e|es|ing) with\s+|\bfree of\s+|\bdoes not (?:require|rely on|use)\s+/gi,
    'ALTERNATIVE_TO',
    0.7,
  ],
  [
    /\b(?:an? )?(?:variant|extension|generali[sz]ation|special case|version|modification|improvement|specialization|adaptation) of\s+|\bextends?\s+|\bextending\s+|\binspired by\s+|\bgenerali[sz](?:es|ing)\s+|\bbuilds? (?:up)?on\s+|\bimproves? (?:up)?on\s+/gi,
    'VARIANT_OF',
    0.65,
  ],
  [/\bbased on\s+/gi, 'VARIANT_OF', 0.5],
];
// how far (characters) after its cue the target may start
const REACH = 40;
// below this a cue is weak ("based on"): it relates only what its own sentence proposes
const WEAK = 0.6;

/**
 * "X, an alternative to Y", "instead of Y", "without Y", "X extends Y", "based on Y": the first method named
 * within a few words after the cue, and what the sentence relates to it (see subjectFor). What a method varies
 * or replaces is an existing one, never the paper's own proposal.
 */
export const cuePhrases: SentenceRule = {
  name: 'relation-cue',
  find(s) {
    const found: FoundRelation[] = [];
    for (const [cue, type, confidence] of AFTER_CUES) {
      for (const m of s.sentence.text.matchAll(cue)) {
        const cueEnd = s.sentence.start + m.index + m[0].length;
        const target = s.inSentence.find(
          (o) => o.start >= cueEnd && o.start - cueEnd <= REACH && !o.group.proposed,
        );
        if (!target) continue;
        const from = subjectFor(s, s.sentence.start + m.index, target.group, confidence < WEAK);
        if (from)
          found.push({
            from,
            type,
            to: target.group,
            evidence: sentenceEvidence(s, s.sentence.start + m.index, target.end, confidence, 'relation-cue'),
          });
      }
    }
    return found;
  },
};
