import type { Token } from '../tokens.ts';
import { makeItem } from '../items.ts';
import type { Field, Item } from '../items.ts';

const MAX_WORDS = 4;
// words that end the phrase a title's "for" opens: "… for Policy Learning via …"
const PURPOSE_BREAK =
  /^(?:via|with|using|from|by|through|under|without|and|or|in|on|at|to|of|as|is|are|can|do|does|beyond|based|guided)$/;
// what follows "for" without naming a task: "for Free", "for All"
const NOT_PURPOSE = /^(?:free|all|everyone|better|less|more|any|each|every|what|whom|large|small)$/;

/**
 * A task guess for the model: the noun phrase a title's last "for" opens, up to a word that ends it
 * ("Barrier Frank-Wolfe for Marginal Inference", "… for Policy Learning via …"). Nothing here is kept on its own:
 * the model judges it (cross-validation: the same guess in the abstract, or before "task", cost more than it gave).
 */
export function findTitlePurpose(tokens: readonly Token[], f: Field): Item[] {
  let at = -1;
  for (let i = tokens.length - 2; i >= 0; i--)
    if (tokens[i]!.low === 'for') {
      at = i;
      break;
    }
  if (at < 0) return [];
  let i = at + 1;
  if (/^(?:the|a|an)$/.test(tokens[i]!.low)) i++;
  const run: Token[] = [];
  for (; i < tokens.length && run.length <= MAX_WORDS; i++) {
    const t = tokens[i]!;
    if (PURPOSE_BREAK.test(t.low)) break;
    // one noun phrase: words joined by a space or a hyphen
    const prev = run[run.length - 1];
    if (prev && !(t.start - prev.end <= 1 && /^[\s‐-]?$/.test(f.text.slice(prev.end, t.start)))) break;
    run.push(t);
  }
  if (run.length === 0 || run.length > MAX_WORDS || NOT_PURPOSE.test(run[0]!.low)) return [];
  if (run.every((t) => /^\d+$/.test(t.text))) return [];
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return [
    makeItem({
      kind: 'task',
      name: f.text.slice(first.start, last.end),
      field: f.field,
      start: first.start,
      end: last.end,
      extractor: 'title-purpose',
      confidence: 0.3,
    }),
  ];
}
