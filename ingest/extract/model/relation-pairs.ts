import { aliasKey } from '../../../src/graph/names.ts';
import type { MethodRelation, RelationType } from '../../types.ts';
import type { Field } from '../items.ts';
import type { Merged } from '../merge.ts';
import type { Occurrence } from '../relations/index.ts';
import { sentenceAt } from '../sentences.ts';

/** the classes of the relation model, in the order of its outputs */
export const RELATION_CLASSES = ['none', 'ALTERNATIVE_TO', 'VARIANT_OF'] as const;

// words between two methods in one sentence that are read as features; a longer gap is only "far"
const MAX_BETWEEN = 8;
// a name shorter than this is no head of another ("GCN" is, "AI" is not)
const MIN_HEAD = 3;

/** a directed pair of the paper's methods the relation model judges, with its features and where it is stated */
export interface MethodPair {
  from: Merged;
  to: Merged;
  features: string[];
  /** the occurrence whose sentence is the evidence */
  at: Occurrence;
}

/**
 * The method pairs worth judging: two methods named in one sentence (both ways round), or one whose name ends
 * with the other's ("Relational Graph Convolutional Network" → "Graph Convolutional Network"). General features:
 * the words between them, their order, which is proposed, what the lexicon knows.
 */
export function methodPairs(
  concepts: readonly Merged[],
  fields: readonly Field[],
  /** pairs (by group name) already decided elsewhere, left out before their features are read */
  decided: ReadonlySet<string> = new Set(),
): MethodPair[] {
  const methods = concepts.filter((m) => m.group.kind === 'method');
  const pairs: MethodPair[] = [];
  // each occurrence's sentence, as "field:index", and each method's name key: read once per paper
  const sentence = new Map<Occurrence, string>();
  for (const m of methods)
    for (const o of m.occurrences) {
      const f = fields.find((x) => x.field === o.field)!;
      sentence.set(o, `${o.field}:${sentenceAt(f.sentences, o.start)}`);
    }
  const nameKey = new Map(methods.map((m) => [m, aliasKey(m.mention.name)]));
  for (const a of methods)
    for (const b of methods) {
      if (a === b || decided.has(`${a.group.name}|${b.group.name}`)) continue;
      const aKey = nameKey.get(a)!;
      const suffix = [...b.group.keys].some(
        (k) => k.length >= MIN_HEAD && aKey.length > k.length && aKey.endsWith(k),
      );
      let together: [Occurrence, Occurrence] | undefined;
      for (const oa of a.occurrences) {
        const ob = b.occurrences.find((o) => sentence.get(o) === sentence.get(oa));
        if (ob) {
          together = [oa, ob];
          break;
        }
      }
      if (!together && !suffix) continue;
      const f: string[] = [];
      const pp = `pp=${a.group.proposed ? 1 : 0}${b.group.proposed ? 1 : 0}`;
      f.push(pp);
      if (suffix) f.push('suffix', `suffix|${pp}`);
      if (a.group.parents.includes(b.group.name)) f.push('lex-parent');
      if (a.group.alternativeTo.includes(b.group.name)) f.push('lex-alternative');
      if (a.items.some((i) => i.concept)) f.push('from-known');
      if (b.items.some((i) => i.concept)) f.push('to-known');
      if (together) {
        const [oa, ob] = together;
        const text = fields.find((x) => x.field === oa.field)!.text;
        const first = oa.start <= ob.start ? 'from-first' : 'to-first';
        const between = text
          .slice(Math.min(oa.end, ob.end), Math.max(oa.start, ob.start))
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u)
          .filter(Boolean);
        f.push('together', first, `${first}|${pp}`, `in-${oa.field}`);
        if (between.length > MAX_BETWEEN) f.push(`far|${first}`);
        else {
          f.push(`gap=${Math.min(between.length, 4)}|${first}`);
          for (const w of between) f.push(`btw=${w}`, `btw=${w}|${first}`);
        }
        pairs.push({ from: a, to: b, features: f, at: oa });
      } else pairs.push({ from: a, to: b, features: f, at: a.occurrences[0]! });
    }
  return pairs;
}

/** the relation a judged pair states, with its sentence as evidence */
export function pairRelation(
  pair: MethodPair,
  type: RelationType,
  confidence: number,
  fields: readonly Field[],
): MethodRelation {
  const f = fields.find((x) => x.field === pair.at.field)!;
  const s = f.sentences[sentenceAt(f.sentences, pair.at.start)];
  return {
    from: pair.from.group.name,
    type,
    to: pair.to.group.name,
    evidence: {
      sentence: s?.text ?? f.text,
      start: pair.at.start,
      end: pair.at.end,
      field: pair.at.field,
      confidence,
      extractor: 'relation-model',
    },
  };
}
