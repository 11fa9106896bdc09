import type { MethodRelation } from '../../types.ts';
import { approximation } from './approximation.ts';
import { cuePhrases } from './cue-phrases.ts';
import { danglingAlternative } from './dangling-alternative.ts';
import { freeSuffix } from './free-suffix.ts';
import { lexiconAlternative } from './lexicon-alternative.ts';
import { lexiconParent } from './lexicon-parent.ts';
import { nameHead } from './name-head.ts';
import type {
  ConceptGroup,
  FoundRelation,
  Occurrence,
  PairRule,
  PairScope,
  RelationField,
  SentenceRule,
} from './scope.ts';
import { subtitle } from './subtitle.ts';
import { titleFor } from './title-for.ts';
import { titleFromTo } from './title-from-to.ts';

export type { ConceptGroup, Occurrence, PairRule, RelationField, SentenceRule } from './scope.ts';

/**
 * The rules that read a relation off one sentence, in order. Order matters only for duplicates: a pair related
 * by an earlier rule (either way round) keeps that rule's type and evidence.
 */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  danglingAlternative,
  cuePhrases,
  approximation,
  subtitle,
  titleFor,
  titleFromTo,
  freeSuffix,
];

/** The rules that relate two methods of the paper from the lexicon and their names, after the sentence rules. */
export const PAIR_RULES: readonly PairRule[] = [lexiconAlternative, lexiconParent, nameHead];

/** the relations between the paper's methods: sentence rules over each sentence, then pair rules over each pair */
export function findRelations(
  fields: readonly RelationField[],
  occurrences: readonly Occurrence[],
  groups: readonly ConceptGroup[],
  rules: { sentence: readonly SentenceRule[]; pair: readonly PairRule[] } = {
    sentence: SENTENCE_RULES,
    pair: PAIR_RULES,
  },
): MethodRelation[] {
  const relations: MethodRelation[] = [];
  const seen = new Set<string>();
  const add = ({ from, type, to, evidence }: FoundRelation) => {
    const id = `${from.name}|${type}|${to.name}`;
    if (from === to || seen.has(id) || seen.has(`${to.name}|${type}|${from.name}`)) return;
    seen.add(id);
    relations.push({ from: from.name, type, to: to.name, evidence });
  };
  const methods = occurrences.filter((o) => o.group.kind === 'method');
  const primary = methods.find((o) => o.group.proposed)?.group;
  const withoutMethods = rules.sentence.filter((rule) => rule.withoutMethods);

  for (const { field, text, sentences } of fields) {
    for (const sentence of sentences) {
      const inSentence = methods.filter(
        (o) => o.field === field && o.start >= sentence.start && o.end <= sentence.end,
      );
      const sentenceRules = inSentence.length > 0 ? rules.sentence : withoutMethods;
      if (sentenceRules.length === 0) continue;
      // written out rather than spread from a paper scope: this runs for every sentence
      const scope = { fields, groups, methods, primary, field, text, sentence, inSentence };
      for (const rule of sentenceRules) rule.find(scope).forEach(add);
    }
  }

  const first = new Map<ConceptGroup, Occurrence>();
  for (const o of methods) if (!first.has(o.group)) first.set(o.group, o);
  const pairs: PairScope = { fields, groups, methods, primary, first };
  const named = groups.filter((g) => g.kind === 'method' && first.has(g));
  for (const child of named)
    for (const parent of named) for (const rule of rules.pair) rule.find(child, parent, pairs).forEach(add);
  return relations;
}
