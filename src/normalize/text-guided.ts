// The guide step of the compare pipeline (between normalize and sections): a side read from
// whole-page text is read again with the other side's model as its template (text-guide.ts),
// when the other side has markup. Both sides text, or neither: nothing to do. Plain data in and
// out (two NormalizeResults; what each reader was unsure of stays in its `notes`).

import { normalize, type NormalizeResult } from './index.js';
import { templateOf } from './text-guide.js';

export interface Guided {
  a: NormalizeResult;
  b: NormalizeResult;
}

const guidable = (d: NormalizeResult) => d.format === 'text' && d.source !== undefined;

function reread(d: NormalizeResult, other: NormalizeResult): NormalizeResult {
  if (!guidable(d) || guidable(other) || !other.model) return d;
  return normalize({ label: d.label, text: d.source!, format: 'text' }, { template: templateOf(other.model), boilerplate: d.boilerplate });
}

/** Each text side read again, guided by the other side when that one has markup. */
export function guideTextSides(a: NormalizeResult, b: NormalizeResult): Guided {
  return { a: reread(a, b), b: reread(b, a) };
}
