import { KgError } from '../../errors.ts';
import type { Run } from '../read.ts';

const SEARCH = /* cypher */ `
  CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $limit}) YIELD node, score
  RETURN node.id AS id, score`;

/** papers whose title or abstract match a Lucene query, best first, with Lucene's score */
export async function searchPaperIds(
  run: Run,
  query: string,
  limit: number,
): Promise<{ id: string; score: number }[]> {
  if (query.trim() === '') throw new KgError('BAD_USER_INPUT', 'searchPapers needs some text to search for.');
  try {
    const rows = await run(SEARCH, { query, limit });
    return rows.map((row) => ({ id: row.get('id'), score: row.get('score') }));
  } catch (error) {
    // Lucene syntax errors ("graph AND", an unbalanced quote) are the caller's to fix
    if (/ParseException|Cannot parse|Failed to invoke procedure/.test(String((error as Error).message))) {
      throw new KgError(
        'BAD_USER_INPUT',
        `searchPapers could not parse "${query}" as a Lucene query: quote it or drop the operators.`,
      );
    }
    throw error;
  }
}
