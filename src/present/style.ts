// Colours for terminal output, on or off as the caller decided (src/cli/output.ts decides from
// --color, NO_COLOR and the terminal).

import type { Severity } from '../types.js';

export interface Style {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  inverse(s: string): string;
  strike(s: string): string;
  underline(s: string): string;
  color: boolean;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const id = (s: string) => s;

export function makeStyle(color: boolean): Style {
  if (!color) return { red: id, green: id, yellow: id, cyan: id, magenta: id, dim: id, bold: id, inverse: id, strike: id, underline: id, color };
  return {
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    inverse: wrap(7, 27),
    strike: wrap(9, 29),
    underline: wrap(4, 24),
    color,
  };
}

export function severityColor(st: Style, sev: Severity): (s: string) => string {
  switch (sev) {
    case 'high':
      return (s) => st.bold(st.red(s));
    case 'medium':
      return st.yellow;
    case 'low':
      return st.cyan;
    default:
      return st.dim;
  }
}
