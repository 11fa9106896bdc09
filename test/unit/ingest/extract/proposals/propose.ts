// Runs proposal rules over a text, as findProposals does, and reads back what they name.
import { findAcronyms } from '../../../../../ingest/extract/acronyms.ts';
import { findProposals, PROPOSAL_RULES } from '../../../../../ingest/extract/proposals/index.ts';
import type { ProposalRule } from '../../../../../ingest/extract/proposals/index.ts';
import { splitSentences } from '../../../../../ingest/extract/sentences.ts';
import { loadLexicon } from '../../../../../ingest/lexicon/index.ts';

const lexicon = loadLexicon();

/** what `rules` name as proposed in `text`, as "kind:name (extractor)" */
export function propose(text: string, rules: readonly ProposalRule[] = PROPOSAL_RULES): string[] {
  return findProposals(lexicon, text, splitSentences(text), findAcronyms(text), rules).map(
    (c) => `${c.kind}:${c.name} (${c.extractor})`,
  );
}
