// Trains the extraction model from ../shared/eval (gold-train + gold-dev) and writes the file the extractor
// loads: npm run train:extract. Deterministic: the same data gives the same bytes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { loadLexicon } from '../ingest/lexicon/index.ts';
import { MODEL_URL } from '../ingest/extract/model/index.ts';
import { DEFAULT_SETTINGS, trainModel } from '../ingest/extract/model/train.ts';
import { readDev, readTrain } from './annotated.ts';

const data = [...readTrain(), ...readDev()];
const model = trainModel(loadLexicon(), data, DEFAULT_SETTINGS);
// written as prettier writes JSON, so the committed file passes the format check as trained
const text = await format(JSON.stringify(model), {
  ...(await resolveConfig(fileURLToPath(MODEL_URL))),
  parser: 'json',
});
writeFileSync(MODEL_URL, text);
console.log(
  `${fileURLToPath(MODEL_URL)}: ${data.length} papers, ${model.trainedOn.examples} candidates, ` +
    `${Object.keys(model.concepts.weights).length} features, ${model.heads.length} heads, ` +
    `${Object.keys(model.relations?.weights ?? {}).length} relation features, ` +
    `${Object.keys(model.bounds?.weights ?? {}).length} bounds features, ${(text.length / 1024).toFixed(0)} KiB`,
);
