// Terminal text measuring, clipping and word wrapping for the review UI. The UI lays out its
// own lines (so it can scroll them) and hands Ink lines that already fit; this is that layout.
// It measures sanitized text only: callers sanitize page text first.

/** Styled run of text inside one screen line. */
export type SegStyle =
  | 'text'
  | 'dim'
  | 'bold'
  | 'heading'
  | 'del'
  | 'ins'
  | 'added'
  | 'removed'
  | 'moved'
  | 'sev-high'
  | 'sev-medium'
  | 'sev-low'
  | 'sev-none'
  | 'rule';

export interface Seg {
  text: string;
  style: SegStyle;
}

export type Line = Seg[];

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  );
}

export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** Cut `s` to at most `width` columns, ending with … when cut. */
export function clip(s: string, width: number): string {
  if (width <= 0) return '';
  if (textWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Pad with spaces (or cut) to exactly `width` columns. */
export function fit(s: string, width: number): string {
  const c = clip(s, width);
  return c + ' '.repeat(Math.max(0, width - textWidth(c)));
}

export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + textWidth(s.text), 0);
}

/** Cut a styled line to `width` columns. */
export function clipLine(line: Line, width: number): Line {
  if (lineWidth(line) <= width) return line;
  const out: Line = [];
  let left = width - 1;
  for (const seg of line) {
    if (left <= 0) break;
    const w = textWidth(seg.text);
    if (w <= left) {
      out.push(seg);
      left -= w;
      continue;
    }
    let t = '';
    for (const ch of seg.text) {
      const cw = charWidth(ch);
      if (cw > left) break;
      t += ch;
      left -= cw;
    }
    if (t) out.push({ text: t, style: seg.style });
    left = 0;
  }
  out.push({ text: '…', style: 'dim' });
  return out;
}

/** Pad a styled line with spaces to `width` columns (cutting it first if longer). */
export function padLine(line: Line, width: number): Line {
  const c = clipLine(line, width);
  const w = lineWidth(c);
  return w < width ? [...c, { text: ' '.repeat(width - w), style: 'text' }] : c;
}

/**
 * Word-wrap one logical line of styled runs to `width` columns. Breaks after spaces where it
 * can, inside a word only when the word alone is wider than the line. Never returns zero lines.
 */
export function wrapLine(line: Line, width: number): Line[] {
  const w = Math.max(1, width);
  // tokens: a word (which may span runs of different styles) and the spaces after it
  const tokens: { word: Seg[]; space: Seg[] }[] = [];
  let cur: { word: Seg[]; space: Seg[] } = { word: [], space: [] };
  for (const seg of line) {
    for (const part of seg.text.split(/(\s+)/)) {
      if (!part) continue;
      if (/^\s+$/.test(part)) cur.space.push({ text: ' '.repeat(part.length), style: seg.style });
      else {
        if (cur.space.length) {
          tokens.push(cur);
          cur = { word: [], space: [] };
        }
        cur.word.push({ text: part, style: seg.style });
      }
    }
  }
  if (cur.word.length || cur.space.length) tokens.push(cur);

  const out: Line[] = [];
  let row: Line = [];
  let used = 0;
  const push = (s: Seg) => {
    const last = row[row.length - 1];
    if (last && last.style === s.style) row[row.length - 1] = { text: last.text + s.text, style: s.style };
    else row.push(s);
    used += textWidth(s.text);
  };
  const newRow = () => {
    out.push(trimEnd(row));
    row = [];
    used = 0;
  };
  const width_ = (segs: Seg[]) => segs.reduce((n, s) => n + textWidth(s.text), 0);
  for (const tok of tokens) {
    const wordW = width_(tok.word);
    if (used > 0 && used + wordW > w) newRow();
    if (wordW > w) {
      // a word longer than the line: break it by characters
      for (const s of tok.word) {
        for (const ch of s.text) {
          if (used + charWidth(ch) > w) newRow();
          push({ text: ch, style: s.style });
        }
      }
    } else for (const s of tok.word) push(s);
    // spaces that do not fit are dropped: the next word starts a new row anyway
    for (const s of tok.space) {
      const leading = out.length === 0 && tok.word.length === 0; // indentation of the first row
      if ((used > 0 || leading) && used + textWidth(s.text) <= w) push(s);
    }
  }
  if (row.length || out.length === 0) out.push(trimEnd(row));
  return out;
}

function trimEnd(line: Line): Line {
  const out = line.map((s) => ({ ...s }));
  while (out.length) {
    const last = out[out.length - 1];
    const t = last.text.replace(/ +$/, '');
    if (t) {
      last.text = t;
      break;
    }
    out.pop();
  }
  return out;
}

/** Wrap text that may contain newlines: each paragraph wrapped on its own. */
export function wrapText(text: string, style: SegStyle, width: number, prefix: Seg | null = null): Line[] {
  const out: Line[] = [];
  const pw = prefix ? textWidth(prefix.text) : 0;
  for (const para of text.split('\n')) {
    const rows = wrapLine([{ text: para, style }], width - pw);
    rows.forEach((r, i) => {
      if (!prefix) out.push(r);
      else out.push([i === 0 ? prefix : { text: ' '.repeat(pw), style: prefix.style }, ...r]);
    });
  }
  return out;
}
