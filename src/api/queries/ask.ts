import type { Driver } from 'neo4j-driver';
import type { ReadOptions } from '../read.ts';
import type { PaperFilter } from './find-papers.ts';

/** what `ask` understood and found */
export interface AskAnswer {
  interpretation: string;
  filter: PaperFilter;
  unresolved: string[];
  paperIds: string[];
}

export async function askQuestion(_driver: Driver, question: string, _limit: number, _options: ReadOptions): Promise<AskAnswer> {
  return { interpretation: `not yet: ${question}`, filter: {}, unresolved: [], paperIds: [] };
}
