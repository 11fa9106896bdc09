import type { MethodRelation, RelationType } from '../types.ts';
import { aliasKey } from '../../src/graph/names.ts';
import type { Sentence } from './sentences.ts';

/** one occurrence of a concept, as relations need it */
export interface Occurrence {
  group: ConceptGroup;
  field: 'title' | 'abstract';
  start: number;
  end: number;
}

/** a concept of the paper with what relations need to know about it */
export interface ConceptGroup {
  name: string;
  kind: string;
  proposed: boolean;
  /** lexicon parents (canonical names) */
  parents: readonly string[];
  /** methods the lexicon knows this one as an alternative to (canonical names) */
  alternativeTo: readonly string[];
  /** aliasKeys of its names and surface forms */
  keys: ReadonlySet<string>;
}

interface Field {
  field: 'title' | 'abstract';
  text: string;
  sentences: readonly Sentence[];
}

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
const REACH = 40;
// "PFA closely approximates BP": an approximation stands in for what it approximates
const APPROXIMATES = /\bapproximat(?:es|ing)\s+(?:the\s+)?/gi;
// a way of learning, which a method can be one instance of: "Semi-Supervised Learning", "Meta-Learning"
const A_WAY_OF_LEARNING = /\blearning$/i;

/** relations from cue phrases, from lexicon parents, and from names built on another's ("EvolveGCN" → GCN) */
export function findRelations(
  fields: readonly Field[],
  occurrences: readonly Occurrence[],
  groups: readonly ConceptGroup[],
): MethodRelation[] {
  const relations: MethodRelation[] = [];
  const seen = new Set<string>();
  const add = (
    from: ConceptGroup,
    type: RelationType,
    to: ConceptGroup,
    evidence: MethodRelation['evidence'],
  ) => {
    const id = `${from.name}|${type}|${to.name}`;
    if (from === to || seen.has(id) || seen.has(`${to.name}|${type}|${from.name}`)) return;
    seen.add(id);
    relations.push({ from: from.name, type, to: to.name, evidence });
  };
  const methods = occurrences.filter((o) => o.group.kind === 'method');
  const primary = methods.find((o) => o.group.proposed)?.group;

  for (const { field, text, sentences } of fields) {
    for (const s of sentences) {
      const inSentence = methods.filter((o) => o.field === field && o.start >= s.start && o.end <= s.end);
      if (field === 'abstract') {
        const dangling = danglingAlternative(s, inSentence, methods, primary);
        if (dangling)
          add(dangling.from, 'ALTERNATIVE_TO', dangling.to, {
            sentence: s.text,
            start: dangling.start,
            end: dangling.end,
            field,
            confidence: 0.5,
            extractor: 'relation-dangling',
          });
      }
      if (inSentence.length === 0) continue;
      const subjectFor = (
        cueStart: number,
        target: ConceptGroup,
        proposedOnly: boolean,
      ): ConceptGroup | undefined => {
        const before = inSentence.filter((o) => o.end <= cueStart && o.group !== target);
        const proposed =
          before.find((o) => o.group.proposed)?.group ??
          inSentence.find((o) => o.group.proposed && o.group !== target)?.group;
        if (proposed) return proposed;
        // a weak cue ("based on") relates only what its own sentence proposes
        if (proposedOnly) return undefined;
        // "We introduce a design with classification heads instead of X": what the paper introduces replaces X
        if (
          primary &&
          /^\s*(?:we|our)\s+(?:\w+\s+)?(?:introduce|propose|present|develop|design)/i.test(s.text)
        )
          return primary;
        return before[before.length - 1]?.group ?? primary;
      };
      const evidence = (start: number, end: number, confidence: number, extractor: string) => ({
        sentence: s.text,
        start,
        end,
        field,
        confidence,
        extractor,
      });
      for (const [cue, type, confidence] of AFTER_CUES) {
        for (const m of s.text.matchAll(cue)) {
          const cueEnd = s.start + m.index + m[0].length;
          // what a method varies or replaces is an existing one, never the paper's own proposal
          const target = inSentence.find(
            (o) => o.start >= cueEnd && o.start - cueEnd <= REACH && !o.group.proposed,
          );
          if (!target) continue;
          const from = subjectFor(s.start + m.index, target.group, confidence < 0.6);
          if (from)
            add(
              from,
              type,
              target.group,
              evidence(s.start + m.index, target.end, confidence, 'relation-cue'),
            );
        }
      }
      // both named right around the verb: "we approximate the posterior with VI" approximates no method
      for (const m of s.text.matchAll(APPROXIMATES)) {
        const cueAt = s.start + m.index;
        const target = inSentence.find((o) => o.start === cueAt + m[0].length && !o.group.proposed);
        const before = inSentence.filter((o) => o.end <= cueAt && o.group !== target?.group);
        // a proposal's later mentions are not matched as occurrences: its name before the verb is enough
        const lead = aliasKey(s.text.slice(0, cueAt - s.start));
        const from =
          before.find((o) => o.group.proposed)?.group ??
          before[before.length - 1]?.group ??
          (primary && [...primary.keys].some((key) => key.length >= 3 && lead.includes(key))
            ? primary
            : undefined);
        if (target && from)
          add(
            from,
            'ALTERNATIVE_TO',
            target.group,
            evidence(cueAt, target.end, 0.6, 'relation-approximation'),
          );
      }
      // "PP-LCNet: A Lightweight CPU Convolutional Neural Network", "ProtoTEx, a novel … architecture based on"
      for (const o of inSentence) {
        if (!o.group.proposed) continue;
        // a title may drop the article: "Path Neural Networks: Expressive and Accurate Graph Neural Networks"
        const apposition = (
          field === 'title' ? /^\s*(?:[,:]|is|are)\s+(?:(?:a|an)\s+)?/i : /^\s*(?:[,:]|is|are)\s+(?:a|an)\s+/i
        ).exec(text.slice(o.end, o.end + 8));
        if (!apposition) continue;
        const at = o.end + apposition[0].length;
        const np =
          /^[^,.;:()]*?(?=\s+(?:that|which|for|to|with|in|on|by|based|where|whose)\b|[,.;:()]|$)/i.exec(
            text.slice(at, s.end),
          );
        const end = at + (np?.[0].length ?? 0);
        // "a Meta Learning Framework": the kind noun after the method says nothing more
        const kind = /\s+(?:framework|approach|method|model|architecture|system)s?$/i.exec(np?.[0] ?? '');
        const ends = new Set([end, kind ? end - kind[0].length : end]);
        const head = inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== o.group);
        if (head)
          add(o.group, 'VARIANT_OF', head.group, evidence(o.start, head.end, 0.6, 'relation-apposition'));
      }
      // "Meta Pruning via Graph Metanetworks: A Meta Learning Framework for …": what the title's subtitle calls it
      const colon = field === 'title' ? s.text.indexOf(':') : -1;
      const titled =
        colon > 0 ? inSentence.find((o) => o.group.proposed && o.end <= s.start + colon) : undefined;
      if (titled) {
        const at = s.start + colon + 1;
        const np =
          /^\s*(?:(?:a|an|the)\s+)?([^,.;:()]*?)(?=\s+(?:for|to|with|in|on|of|by|via|based|that|and)\b|$)/i.exec(
            text.slice(at, s.end),
          );
        const kind = /\s+(?:framework|approach|method|model|architecture|system)s?$/i.exec(np?.[1] ?? '');
        const end = at + (np?.[0].length ?? 0);
        const ends = new Set([end, kind ? end - kind[0].length : end]);
        // "GraphPrompt: Unifying Pre-Training and …" opens a clause, not a name
        const clause = /^\S+ing\b/i.test(np?.[1] ?? '');
        const head = inSentence.find((x) => x.start >= at && ends.has(x.end) && x.group !== titled.group);
        if (head && !clause)
          add(
            titled.group,
            'VARIANT_OF',
            head.group,
            evidence(titled.start, head.end, 0.55, 'relation-subtitle'),
          );
      }
      // a title "Momentum Auxiliary Network for Supervised Local Learning": a way of learning the proposal serves
      const forAt = titled || field !== 'title' ? -1 : s.text.search(/\s+for\s+(?=\S)/i);
      if (forAt > 0) {
        const paradigmAt = s.start + forAt + /\s+for\s+/i.exec(s.text.slice(forAt))![0].length;
        // the proposal may be named in the title without having been matched there
        const lead = aliasKey(s.text.slice(0, forAt));
        const proposal = groups.find((g) => g.proposed && g.kind === 'method' && g.keys.has(lead));
        const paradigm = inSentence.find(
          (o) => o.start === paradigmAt && !o.group.proposed && A_WAY_OF_LEARNING.test(o.group.name),
        );
        if (proposal && paradigm)
          add(
            proposal,
            'VARIANT_OF',
            paradigm.group,
            evidence(s.start, paradigm.end, 0.5, 'relation-title-for'),
          );
      }
      // a title "From Softmax to Sparsemax": the second replaces the first
      const fromTo = field === 'title' ? /^(\s*from\s+)(.+?)\s+to\s+/i.exec(s.text) : null;
      if (fromTo) {
        const toAt = s.start + fromTo[0].length;
        const old = inSentence.find((o) => o.start >= s.start + fromTo[1]!.length && o.end < toAt);
        const replacement = inSentence.find((o) => o.start === toAt);
        if (old && replacement && old.group !== replacement.group)
          add(
            replacement.group,
            'ALTERNATIVE_TO',
            old.group,
            evidence(s.start, replacement.end, 0.6, 'relation-title'),
          );
      }
      // "backpropagation-free", "BP-free"
      for (const o of inSentence) {
        if (!/^[-‐]free\b/i.test(text.slice(o.end, o.end + 6))) continue;
        const from =
          subjectFor(o.start, o.group, false) ??
          inSentence.find((x) => x.start > o.end && x.group !== o.group)?.group;
        if (from) add(from, 'ALTERNATIVE_TO', o.group, evidence(o.start, o.end + 5, 0.75, 'relation-free'));
      }
    }
  }

  const first = new Map<ConceptGroup, Occurrence>();
  for (const o of methods) if (!first.has(o.group)) first.set(o.group, o);
  const evidenceOf = (o: Occurrence, confidence: number, extractor: string) => {
    const f = fields.find((x) => x.field === o.field)!;
    const s = f.sentences.find((x) => x.start <= o.start && o.end <= x.end);
    return { sentence: s?.text ?? f.text, start: o.start, end: o.end, field: o.field, confidence, extractor };
  };
  const methodGroups = groups.filter((g) => g.kind === 'method' && first.has(g));
  for (const child of methodGroups) {
    for (const parent of methodGroups) {
      // "Direct Feedback Alignment … close to backpropagation": what the field knows, once the paper names both
      if (child.alternativeTo.includes(parent.name))
        add(child, 'ALTERNATIVE_TO', parent, evidenceOf(first.get(child)!, 0.55, 'lexicon-alternative'));
      if (child.parents.includes(parent.name)) {
        // the text must put them side by side: "GCN and GAT with other GNNs", not one in each half
        // (a proposal the lexicon already knows is placed by its parent wherever they appear)
        const together = child.proposed
          ? first.get(child)
          : methods.find(
              (o) =>
                o.group === child &&
                methods.some((p) => p.group === parent && p.field === o.field && sameSentence(fields, o, p)),
            );
        if (together) add(child, 'VARIANT_OF', parent, evidenceOf(together, 0.6, 'lexicon-parent'));
      }
      // a proposed name built on a known one: "EvolveGCN", "Stack LSTM", "Stochastic Backpropagation"
      else if (child.proposed && !parent.proposed) {
        const childKey = aliasKey(child.name);
        if (
          [...parent.keys].some((k) => k.length >= 3 && childKey.length > k.length && childKey.endsWith(k))
        ) {
          add(child, 'VARIANT_OF', parent, evidenceOf(first.get(child)!, 0.55, 'name-head'));
        }
      }
    }
  }
  return relations;
}

// "a promising alternative that …", "offering an alternative mechanism of learning": an alternative to nothing named
const DANGLING_ALTERNATIVE =
  /\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?alternative(?=\s*[,.;]|\s+(?:that|which|(?:method|approach|algorithm|mechanism|scheme|strategy|framework|paradigm|technique|rule|procedure|solution)\b(?!\s+to\b)))/i;
const OURS = /\b(?:we|our|this (?:paper|work|method|approach|framework|algorithm))\b/i;

/**
 * an alternative to nothing named is one to the first method the abstract names, the practice it sets out from.
 * What is the alternative: a proposal named before the cue, else the method named just before it ("the
 * forward-forward algorithm, a promising alternative"), else the paper's proposal when the sentence speaks of it
 */
function danglingAlternative(
  s: Sentence,
  inSentence: readonly Occurrence[],
  methods: readonly Occurrence[],
  primary: ConceptGroup | undefined,
): { from: ConceptGroup; to: ConceptGroup; start: number; end: number } | undefined {
  const cue = DANGLING_ALTERNATIVE.exec(s.text);
  if (!cue) return undefined;
  const cueAt = s.start + cue.index;
  const opening = methods
    .filter((o) => o.field === 'abstract' && !o.group.proposed)
    .reduce<Occurrence | undefined>((a, o) => (a && a.start <= o.start ? a : o), undefined);
  if (!opening || opening.end > s.start) return undefined;
  const before = inSentence.filter((o) => o.end <= cueAt && o.group !== opening.group);
  const from =
    before.find((o) => o.group.proposed)?.group ??
    before[before.length - 1]?.group ??
    (OURS.test(s.text) ? primary : undefined);
  // "we propose an alternative approach": a proposal named by the cue itself says nothing more
  if (!from || from === opening.group || /\balternative\b/i.test(from.name)) return undefined;
  return { from, to: opening.group, start: cueAt, end: cueAt + cue[0].length };
}

function sentenceOf(fields: readonly Field[], o: Occurrence): Sentence | undefined {
  return fields.find((f) => f.field === o.field)?.sentences.find((s) => s.start <= o.start && o.end <= s.end);
}

const sameSentence = (fields: readonly Field[], a: Occurrence, b: Occurrence): boolean =>
  sentenceOf(fields, a) !== undefined && sentenceOf(fields, a) === sentenceOf(fields, b);
