import type { Sentence } from '../sentences.ts';

const PROPOSE =
  /\b(?:we|this (?:paper|work|article|study|letter|note)|our (?:work|paper))\b(?:\s+(?:\w+ly|also|then|further|first|here|therefore|thus|now|instead)){0,2}\s+(?:propose|introduce|present|develop|design|devise|formulate|describe|put forward|offer|build|construct|create|release|collect|curate|contribute)(?:s|d|ed)?\b/i;
// "we first prove …, then propose X", "we analyze … and introduce X"
const PROPOSE_LATER =
  /\bwe\b[^.;:]{0,160}?\b(?:and|then)\s+(?:then\s+|also\s+|further\s+)?(?:propose|introduce|present|develop|design|devise)(?:s|d|ed)?\b/i;
// "we bridge this gap by introducing X"
const PROPOSE_BY = /\bwe\b[^.;:]{0,120}?\bby (?:introducing|proposing|presenting|developing|designing)\b/i;
// "Our algorithm introduces a recognition model": a part of the proposal, named where it is introduced
const OUR_INTRODUCES =
  /\bour (?:algorithm|method|model|approach|framework|system)\s+(?:also\s+)?introduces\b/i;

/** where a sentence proposes: the verb's span, and whether it introduces only a part of the proposal */
export interface ProposingVerb {
  index: number;
  end: number;
  ofPart: boolean;
}

/** where a sentence says the paper proposes something: the verb's span, and whether it introduces only a part */
export function proposingVerb(sentence: string): ProposingVerb | undefined {
  const whole = PROPOSE.exec(sentence) ?? PROPOSE_LATER.exec(sentence) ?? PROPOSE_BY.exec(sentence);
  if (whole) return { index: whole.index, end: whole.index + whole[0].length, ofPart: false };
  const part = OUR_INTRODUCES.exec(sentence);
  return part ? { index: part.index, end: part.index + part[0].length, ofPart: true } : undefined;
}

/** each sentence's proposing verb, in order: read once per abstract by the proposal and self-reference rules */
export const proposingVerbs = (sentences: readonly Sentence[]): (ProposingVerb | undefined)[] =>
  sentences.map((s) => proposingVerb(s.text));
