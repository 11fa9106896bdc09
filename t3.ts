import { findResults } from './ingest/extract/results/index.ts';
import { splitSentences } from './ingest/extract/sentences.ts';
const t = process.argv[2]!;
const r = findResults([{ field: 'abstract', text: t, sentences: splitSentences(t) }], []);
for (const x of r) console.log(x.metric, '|', x.valueText, x.unit, x.evidence.extractor);
