// arXiv abstracts render a link as "http://github.com/x/y{this http url}": braces end a URL
const URL_RE = /\bhttps?:\/\/[^\s<>"{}]+/gi;

/** every URL in `text`, verbatim, without a trailing "{this http url}" or trailing punctuation */
export function findUrls(text: string): string[] {
  const urls: string[] = [];
  for (const m of text.matchAll(URL_RE)) {
    let url = m[0];
    // a closing bracket belongs to the URL only when it opens one too: "(see https://x.org/a_(b))."
    for (;;) {
      const trimmed = url.replace(/[.,;:!?'"]+$/, '');
      const close = /[)\]]$/.exec(trimmed);
      const opens = close ? count(trimmed, close[0] === ')' ? '(' : '[') : 0;
      const next = close && opens < count(trimmed, close[0]) ? trimmed.slice(0, -1) : trimmed;
      if (next === url) break;
      url = next;
    }
    if (/^https?:\/\/[^/]*\w\.\w/i.test(url) && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

const count = (text: string, char: string): number => text.split(char).length - 1;
