// Trains the extraction model from ../shared/eval (gold-train + gold-dev) and writes the file the extractor
// loads: npm run train:extract. Deterministic: the same data gives the same bytes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { MODEL_URL } from '../ingest/extract/model/index.ts';
import { DEFAULT_SETTINGS, trainModel } from '../ingest/extract/model/train.ts';
import { readDev, readTrain } from './annotated.ts';

const data = [...readTrain(), ...readDev()];
const model = trainModel(loadLexicon(), data, DEFAULT_SETTINGS);
const text = `${JSON.stringify(model)}\n`;
writeFileSync(MODEL_URL, text);
console.log(
  `${fileURLToPath(MODEL_URL)}: ${data.length} papers, ${model.trainedOn.examples} candidates, ` +
    `${Object.keys(model.concepts.weights).length} features, ${model.heads.length} heads, ${(text.length / 1024).toFixed(0)} KiB`,
);
