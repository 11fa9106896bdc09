// Writes ingest/extract/word-classes.json: the closed-class words and verb forms of compromise's lexicon, which the
// extractor reads instead of importing compromise. Run it after upgrading compromise:
//   npx tsx tools/build-word-classes.ts
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import { WORD_CLASSES_URL, wordClassesOf } from '../ingest/extract/words.ts';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const classes = wordClassesOf(lexicon);
writeFileSync(WORD_CLASSES_URL, `${JSON.stringify(classes, null, 2)}\n`);
console.log(`${classes.closed.length} closed-class words, ${classes.verbs.length} verb forms`);
