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
