const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** the text of UTF-8 bytes, or undefined when they are not valid UTF-8 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strict.decode(bytes);
  } catch {
    return undefined;
  }
}

/** the text of possibly invalid UTF-8 bytes, bad sequences shown as U+FFFD: for excerpts only */
export function decodeLeniently(bytes: Uint8Array): string {
  return lenient.decode(bytes);
}
