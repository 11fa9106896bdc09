import type { SourceItem } from '../types.ts';
import type { Line } from './lines.ts';
import { normaliseSpace } from './normalise-space.ts';
import { reject } from './reject.ts';

// lines of the Hugging Face daily-papers page that a copy of its paper list brings along
const BOILERPLATE = new Set([
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'Subscribe',
]);
// the page's Subscribe button glued to the first title: "SubscribeEnd-to-End Audio Strikes Back…"
const GLUED_SUBSCRIBE = /^Subscribe(?=[\p{Lu}\p{N}"'(“‘])/u;
// titles are short and do not end with a full stop; a longer line, or one that does, is an abstract
const MAX_TITLE_CHARS = 300;
const ENDS_SENTENCE = /\.["'”’)\]]*$/;

/** title/abstract pairs from text lines, one title line then one abstract line; blank and boilerplate lines skipped */
export async function* readPairs(lines: AsyncIterable<Line>, file: string): AsyncGenerator<SourceItem> {
  let title: { text: string; line: number } | undefined;
  // the glued button only ever comes at the top of the page or right after its boilerplate
  let atPageTop = true;
  for await (const line of lines) {
    if ('error' in line) {
      yield reject(file, line.line, line.error, line.excerpt);
      continue;
    }
    const text = normaliseSpace(line.text);
    if (text === '') continue;
    if (BOILERPLATE.has(text)) {
      atPageTop = true;
      continue;
    }
    if (title === undefined) {
      const stripped = atPageTop ? text.replace(GLUED_SUBSCRIBE, '') : text;
      atPageTop = false;
      if (looksLikeTitle(stripped)) title = { text: stripped, line: line.line };
      else yield reject(file, line.line, 'abstract without title', text);
    } else if (looksLikeTitle(text)) {
      // two titles in a row: the first lost its abstract
      yield reject(file, title.line, 'title without abstract', title.text);
      title = { text, line: line.line };
    } else {
      yield { ok: true, record: { title: title.text, abstract: text, from: { file, line: title.line } } };
      title = undefined;
    }
  }
  if (title !== undefined) yield reject(file, title.line, 'title without abstract', title.text);
}

function looksLikeTitle(text: string): boolean {
  return text.length <= MAX_TITLE_CHARS && !ENDS_SENTENCE.test(text);
}
