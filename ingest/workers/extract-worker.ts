// The extraction worker: loads the lexicon and model once (on first use), then extracts each batch it is sent.
import { extractPaper } from '../extract/index.ts';
import { serveExtraction } from './serve.ts';

serveExtraction(extractPaper);
