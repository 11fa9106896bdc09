// The extraction worker: builds the extractor as the thread starts (while the calling thread still reads the input
// to plan the duplicate check), then extracts each batch it is sent.
import { committedExtractor } from '../extract/index.ts';
import { serveExtraction } from './serve.ts';

serveExtraction(committedExtractor());
