// ChangeReport -> JSON (schema version 1, documented in the README). Page text keeps its
// characters; control characters are written as JSON escapes so a terminal never runs them.

import type { ChangeReport } from '../types.js';
import { escapeJsonControls } from '../util/sanitize.js';

export function renderJson(report: ChangeReport): string {
  return escapeJsonControls(JSON.stringify(report, null, 2)) + '\n';
}
