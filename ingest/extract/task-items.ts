import { aliasKey } from '../../src/graph/names.ts';
import type { FieldName, Item } from './items.ts';
import type { Hit } from './matcher.ts';
import type { Token } from './tokens.ts';
import type { Lexicon, LexiconConcept } from '../lexicon/index.ts';

function taskItem(
  concept: LexiconConcept,
  surface: string,
  field: FieldName,
  start: number,
  end: number,
  extractor: string,
  confidence: number,
): Item {
  return {
    kind: 'task',
    role: 'used',
    name: concept.name,
    surface,
    extraAliases: [],
    concept,
    weak: false,
    field,
    start,
    end,
    extractor,
    confidence,
  };
}

// "Differentiable Architecture Search": a method named after the task it solves names that task too
export function tasksInMethodNames(
  lexicon: Lexicon,
  tokens: readonly Token[],
  text: string,
  hits: readonly Hit[],
  field: FieldName,
): Item[] {
  const found: Item[] = [];
  for (const h of hits) {
    if (h.concept.kind !== 'method' || h.last - h.first < 2) continue;
    for (let from = h.first + 1; from < h.last; from++) {
      const surface = text.slice(tokens[from]!.start, h.end);
      const concept = lexicon.lookup(surface).find((c) => c.kind === 'task');
      if (!concept) continue;
      found.push(taskItem(concept, surface, field, tokens[from]!.start, h.end, 'method-task', 0.5));
      break;
    }
  }
  return found;
}

// a task that a text defines by its own short form is no modifier form of the task it ends in: "recommendation"
// loses "social recommender systems" where "Social recommender systems (SocialRS)" is defined
export function keepDefinedTasksApart(items: Item[]): void {
  const defined = items
    .filter((i) => i.extractor === 'acronym' && i.kind === 'task' && !i.concept)
    .map((i) => aliasKey(i.name));
  if (defined.length === 0) return;
  for (const i of items)
    if (i.extractor === 'lexicon' && i.kind === 'task')
      i.extraAliases = i.extraAliases.filter((a) => !defined.some((k) => aliasKey(a).endsWith(k)));
}

// "node and graph classification": the first task's head noun is left out; the lexicon must know the whole name
export function elidedTasks(
  lexicon: Lexicon,
  tokens: readonly Token[],
  text: string,
  hits: readonly Hit[],
  field: FieldName,
): Item[] {
  const found: Item[] = [];
  for (const h of hits) {
    if (h.concept.kind !== 'task' || h.last === h.first || h.first < 2) continue;
    const conj = tokens[h.first - 1]!;
    const word = tokens[h.first - 2]!;
    if (!/^(?:and|or)$/.test(conj.low) || !/^\s+$/.test(text.slice(word.end, conj.start))) continue;
    const rest = text.slice(tokens[h.first + 1]!.start, h.end);
    const concept = lexicon.lookup(`${word.text} ${rest}`).find((c) => c.kind === 'task');
    if (!concept || concept === h.concept) continue;
    // the name as the text implies it, not the lone modifier ("node")
    found.push(taskItem(concept, `${word.text} ${rest}`, field, word.start, word.end, 'elided-task', 0.6));
  }
  return found;
}
