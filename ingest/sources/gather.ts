// past the limit only this much is kept: enough for an excerpt
const KEPT_BYTES = 1024;

/** the bytes of one line or element, gathered across chunks */
export interface Gathered {
  parts: Buffer[];
  size: number;
}

/** add a piece; once the total passes `limit`, only the first bytes stay in memory */
export function gather(bytes: Gathered, piece: Buffer, limit: number): void {
  const before = bytes.size;
  bytes.size += piece.length;
  if (bytes.size <= limit) bytes.parts.push(piece);
  else if (before <= limit)
    bytes.parts = [Buffer.concat([...bytes.parts, piece], Math.min(KEPT_BYTES, bytes.size))];
}

/** the gathered bytes as one buffer (copied only when they span chunks) */
export function joined(bytes: Gathered): Buffer {
  return bytes.parts.length === 1 ? bytes.parts[0]! : Buffer.concat(bytes.parts);
}
