import { describe, expect, it } from 'vitest';
import { PROPOSAL_RULES } from '../../../../../ingest/extract/proposals/index.ts';
import { propose } from './propose.ts';

describe('findProposals: the rules in order', () => {
  it('lists every rule once, names first and the bare verb last', () => {
    const names = PROPOSAL_RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('naming-cue');
    expect(names.at(-1)).toBe('propose-verb');
  });

  it.each([
    ['We propose a novel method, called FastONL, for ranking.', ['method:FastONL (naming-cue)']],
    ['We propose a hybrid retrieval system for QA.', ['method:hybrid retrieval system (propose-phrase)']],
    ['We propose to fill this gap.', ['method:to (propose-verb)']],
    ['Prior work proposed a hybrid retrieval system.', []],
  ])('%s', (text, cues) => expect(propose(text)).toEqual(cues));
});
