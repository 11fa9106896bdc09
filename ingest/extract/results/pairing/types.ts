import type { MetricMention } from '../../../../src/graph/metric-mentions.ts';
import type { ValueMention } from '../values.ts';

/** a value paired with the metric it is a score in */
export interface Pairing {
  metric: MetricMention;
  /** the value is written as a difference to something else: "improves accuracy by 2%", "+2.1 points" */
  change: boolean;
  rule: string;
  confidence: number;
}

/** one way a sentence ties a number to a metric; `paired` holds what earlier values in the sentence got */
export type PairingRule = (
  sentence: string,
  value: ValueMention,
  metrics: readonly MetricMention[],
  paired: readonly { value: ValueMention; pairing: Pairing }[],
) => Pairing | undefined;

// words that make a value a difference when they stand beside it
export const CHANGE_WORDS =
  /\b(?:improv\w*|gains?|increas\w*|boost\w*|outperform\w*|surpass\w*|higher|lower|better|worse|more|less|fewer|reduc\w*|decreas\w*|drops?|lift|margin|by|absolute|relative)\b/i;
