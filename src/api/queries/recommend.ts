import type { Driver } from 'neo4j-driver';
import type { ReadOptions } from '../read.ts';

export interface PaperScore {
  id: string;
  score: number;
  reasons: string[];
}
export async function relatedPapers(_d: Driver, _id: string, _l: number, _o: ReadOptions): Promise<PaperScore[]> {
  return [];
}
export async function recommendPapers(_d: Driver, _a: string[], _b: string[], _l: number, _o: ReadOptions): Promise<PaperScore[]> {
  return [];
}
export async function relatedConcepts(_d: Driver, _n: string, _l: number, _o: ReadOptions) {
  return [];
}
