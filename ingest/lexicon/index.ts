import { readFileSync } from 'node:fs';
import type { ConceptKind } from '../types.ts';
import { aliasKey } from '../../src/graph/names.ts';
import { CURATED } from './curated.ts';

/** one known concept: its canonical name, the other names it goes by, and where it sits */
export interface LexiconConcept {
  kind: ConceptKind;
  name: string;
  aliases: string[];
  description?: string;
  /** Papers with Code id, e.g. "method/gcn" */
  pwcId?: string;
  categories: string[];
  /** canonical names of concepts of the same kind this one specialises (VARIANT_OF) */
  parents: string[];
  /** canonical names of methods this one is well known as an alternative to (ALTERNATIVE_TO) */
  alternativeTo?: string[];
}

/** the lexicon: every concept, and lookup by any name in aliasKey form */
export interface Lexicon {
  concepts: readonly LexiconConcept[];
  lookup(surface: string): LexiconConcept[];
}

interface PwcFile {
  concepts: LexiconConcept[];
}

let memo: Lexicon | undefined;

/** the curated core merged with the Papers with Code lists; read once per process */
export function loadLexicon(): Lexicon {
  memo ??= buildLexicon(CURATED, readPwc());
  return memo;
}

function readPwc(): LexiconConcept[] {
  const text = readFileSync(new URL('./pwc.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as PwcFile).concepts;
}

/** merge `core` (which wins on every name) with `pwc` and index all names */
export function buildLexicon(core: readonly LexiconConcept[], pwc: readonly LexiconConcept[]): Lexicon {
  const concepts: LexiconConcept[] = core.map((c) => ({
    ...c,
    aliases: [...c.aliases],
    categories: [...c.categories],
  }));
  const index = new Map<string, LexiconConcept[]>();
  const add = (c: LexiconConcept, name: string) => {
    const key = aliasKey(name);
    if (!key) return;
    const list = index.get(key);
    if (!list) index.set(key, [c]);
    else if (!list.includes(c)) list.push(c);
  };
  for (const c of concepts) for (const n of [c.name, ...c.aliases]) add(c, n);
  for (const p of pwc) {
    // a Papers with Code entry under a core name enriches the core concept instead of competing with it
    const same = index.get(aliasKey(p.name))?.find((c) => c.kind === p.kind);
    if (same) {
      if (p.pwcId && !same.pwcId) same.pwcId = p.pwcId;
      if (p.description && !same.description) same.description = p.description;
      same.categories = [...new Set([...same.categories, ...p.categories])];
      continue;
    }
    const aliases = p.aliases.filter((a) => !index.has(aliasKey(a)));
    if (index.has(aliasKey(p.name))) continue;
    const concept = { ...p, aliases };
    concepts.push(concept);
    for (const n of [concept.name, ...aliases]) add(concept, n);
  }
  const known = new Set(concepts.map((c) => `${c.kind}:${c.name}`));
  for (const c of concepts) {
    c.parents = c.parents.filter((p) => known.has(`${c.kind}:${p}`) && p !== c.name);
    if (c.alternativeTo) c.alternativeTo = c.alternativeTo.filter((a) => known.has(`method:${a}`));
  }
  return {
    concepts,
    lookup: (surface) => index.get(aliasKey(surface)) ?? [],
  };
}
