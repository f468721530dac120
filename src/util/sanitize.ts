// Page text is untrusted: escape sequences and control characters must never reach a
// terminal raw. Everything a presenter prints from page content goes through here.

// C0 controls except \t and \n, DEL, C1 controls, and Unicode bidi overrides/isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replace control characters with visible escapes (`\x1b` -> `␛`-free `\x1b` text). */
export function sanitize(s: string): string {
  return s.replace(CONTROL, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** One-line version: also folds newlines and tabs. */
export function sanitizeLine(s: string): string {
  return sanitize(s.replace(/[\r\n\t]+/g, ' '));
}

// Characters JSON.stringify leaves raw (it escapes only C0) but a terminal may act on: DEL, C1
// controls (U+009B is CSI) and bidi overrides/isolates.
const JSON_RAW = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with DEL, C1 controls and bidi overrides written as `\uXXXX`: the same JSON value,
 * safe on a terminal. Takes JSON text (they only ever occur inside its strings). */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
