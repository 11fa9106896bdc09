/** collapse whitespace runs (tabs, newlines, no-break spaces) to one space and trim */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
