// Worst-case page pairs for the bench and the batch tests: generated, deterministic (seeded),
// no files needed. Each case is { name, ext, old, new, what }. Plain ESM JS so that both the
// bench (Node, dist/) and the vitest suite can import it.

/** Small seeded PRNG (mulberry32): the same inputs on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ac', 'cess', 'pol', 'i', 'cy', 'role', 'key', 'en', 'crypt', 'data', 'bu', 'ck', 'et', 'ser', 'vice', 'log', 'ging', 'trail', 'cloud', 'ob', 'ject', 'ver', 'sion', 'rule', 'tag', 'per', 'mis', 'sion', 'user', 'group', 'man', 'aged', 'in', 'line', 'ses', 'sion', 'cre', 'den', 'tial'];

/** A vocabulary of `n` pseudo-words and a Zipf-like sampler over it (common words shared by every text). */
export function vocabulary(n, rand) {
  const words = [];
  const seen = new Set();
  while (words.length < n) {
    const k = 1 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < k; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      words.push(w);
    }
  }
  // Zipf: P(rank r) ~ 1/r; inverse CDF by binary search over the cumulative weights
  const cum = [];
  let s = 0;
  for (let r = 1; r <= n; r++) cum.push((s += 1 / r));
  return () => {
    const x = rand() * s;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo];
  };
}

function sentence(word, rand, min = 6, max = 22) {
  const n = min + Math.floor(rand() * (max - min));
  const ws = [];
  for (let i = 0; i < n; i++) ws.push(word());
  ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
  return ws.join(' ') + '.';
}

function paragraph(word, rand, n = 3 + Math.floor(rand() * 4)) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(sentence(word, rand));
  return out.join(' ');
}

/** A Markdown page of about `bytes` with H2/H3 sections, paragraphs and lists; `headings` fixes the section titles. */
export function markdownPage(bytes, seed, headings) {
  const rand = rng(seed);
  const word = vocabulary(3000, rand);
  const out = ['# Generated guide page', ''];
  let size = 0;
  let k = 0;
  while (size < bytes) {
    const h = headings ? headings[k % headings.length] : `Section ${k}: ${word()} ${word()}`;
    const level = k % 4 === 0 ? 2 : 3;
    const parts = [`${'#'.repeat(level)} ${h}`, ''];
    for (let b = 0; b < 3; b++) {
      if (rand() < 0.3) {
        for (let i = 0; i < 4; i++) parts.push(`- ${sentence(word, rand)}`);
        parts.push('');
      } else parts.push(paragraph(word, rand), '');
    }
    const chunk = parts.join('\n');
    out.push(chunk);
    size += chunk.length;
    k++;
  }
  return out.join('\n');
}

/** Section titles for a page of about `bytes` (so old and new share headings and align section by section). */
function headingsFor(bytes, seed) {
  const rand = rng(seed);
  const word = vocabulary(500, rand);
  const n = Math.ceil(bytes / 1500);
  const hs = [];
  for (let i = 0; i < n; i++) hs.push(`Topic ${i} ${word()} ${word()}`);
  return hs;
}

/** Edit a page: change one word in about `rate` of the sentences, deterministic. */
function editSentences(text, rate, seed) {
  const rand = rng(seed);
  const word = vocabulary(3000, rng(seed + 1));
  return text.replace(/([A-Z][a-z]+(?: [a-z]+){3,}?)( [a-z]+)/g, (m, head, w) => (rand() < rate ? `${head} ${word()}x` : m));
}

/** One enormous paragraph of `bytes` (no blank lines, no headings). */
function onePara(bytes, seed) {
  const rand = rng(seed);
  const word = vocabulary(3000, rand);
  const out = [];
  let n = 0;
  while (n < bytes) {
    const s = sentence(word, rand);
    out.push(s);
    n += s.length + 1;
  }
  return out.join(' ');
}

/**
 * One unpunctuated paragraph of `bytes` naming "TLS 1.2" every `every` words, and a copy with
 * `edits` words changed (issue 17 item 4: every version mention read the sentence from its start).
 */
function tlsParagraph(bytes, every, edits, seed) {
  const rand = rng(seed);
  const word = vocabulary(3000, rand);
  const ws = [];
  for (let n = 0, k = 0; n < bytes; k++) {
    const w = k % every === every - 1 ? 'TLS 1.2' : word();
    ws.push(w);
    n += w.length + 1;
  }
  const edit = rng(seed + 1);
  const changed = [...ws];
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(edit() * changed.length);
    changed[i] = `${changed[i]}x`;
  }
  return { old: `# Transport security\n\n${ws.join(' ')}\n`, new: `# Transport security\n\n${changed.join(' ')}\n` };
}

/** HTML whose body nests `depth` elements inside each other around a little text. */
function deepHtml(depth, text) {
  return `<!doctype html><html><head><title>Deep page</title></head><body><main><h1>Deep page</h1>${'<div><span>'.repeat(depth / 2)}<p>${text}</p>${'</span></div>'.repeat(depth / 2)}</main></body></html>\n`;
}

/** Paragraphs of emphasis markers that marked scans in time quadratic in their number (`_a_` and `**a` run together). */
function markerPage(bytes, changed) {
  const para = (k) => `Paragraph ${k}: ${'_a_'.repeat(1500)} ${'**a'.repeat(1500)} end ${k === changed ? 'new' : 'old'}.`;
  const n = Math.max(1, Math.round(bytes / para(0).length));
  return `# Marker page\n\n${Array.from({ length: n }, (_, k) => para(k)).join('\n\n')}\n`;
}

/** An HTML page holding one table of `rows` x `cols` short cells; `changed` names the cell [row, col] that says "new". */
export function tablePage(rows, cols, changed) {
  const head = Array.from({ length: cols }, (_, c) => `<th>Column ${c}</th>`).join('');
  const body = [];
  for (let r = 0; r < rows; r++) {
    let tr = '<tr>';
    for (let c = 0; c < cols; c++) tr += `<td>${changed && changed[0] === r && changed[1] === c ? 'new' : `r${r}c${c}`}</td>`;
    body.push(tr + '</tr>');
  }
  return `<!doctype html><html><head><title>Big table</title></head><body><main><h1>Big table</h1><p>A generated table.</p><table><thead><tr>${head}</tr></thead><tbody>\n${body.join('\n')}\n</tbody></table></main></body></html>\n`;
}

/** The four worst cases of issue 7, at full size (scale < 1 shrinks them for quick runs), and more: emphasis markers by the thousand, a 1 MB unpunctuated paragraph full of version mentions, a 1000 x 300 HTML table (issue 17). */
export function worstCases(scale = 1) {
  const kb = (n) => Math.round(n * 1024 * scale);
  const hs = headingsFor(kb(200), 7);
  const bigOld = markdownPage(kb(5 * 1024), 11);
  return [
    {
      name: 'rewritten-200k',
      what: 'a ~200 KB page rewritten from top to bottom (same headings, every paragraph new)',
      ext: 'md',
      old: markdownPage(kb(200), 1, hs),
      new: markdownPage(kb(200), 2, hs),
    },
    {
      name: 'page-5mb',
      what: 'a 5 MB page with one word changed in about 5% of its sentences',
      ext: 'md',
      old: bigOld,
      new: editSentences(bigOld, 0.05, 12),
    },
    {
      name: 'paragraph-1mb',
      what: 'a page that is one 1 MB paragraph, with one word changed in about 2% of its sentences',
      ext: 'md',
      old: onePara(kb(1024), 21),
      new: editSentences(onePara(kb(1024), 21), 0.02, 22),
    },
    {
      name: 'markers-1mb',
      what: 'a 1 MB page of paragraphs with 6,000 unmatched emphasis markers each (`_a__a_...`, `**a**a...`), one paragraph changed',
      ext: 'md',
      old: markerPage(kb(1024), -1),
      new: markerPage(kb(1024), 3),
    },
    {
      name: 'paragraph-tls-1mb',
      what: 'one unpunctuated 1 MB paragraph naming "TLS 1.2" every 100 words, with 50 words changed',
      ext: 'md',
      ...tlsParagraph(kb(1024), 100, 50, 31),
    },
    {
      name: 'html-table-1000x300',
      what: 'an HTML table of 1,000 rows x 300 columns (issue 17), one cell changed',
      ext: 'html',
      old: tablePage(Math.max(1, Math.round(1000 * scale)), 300, null),
      new: tablePage(Math.max(1, Math.round(1000 * scale)), 300, [Math.round(500 * scale), 150]),
    },
    {
      name: 'html-deep-10000',
      what: 'HTML nested 10,000 levels deep',
      ext: 'html',
      old: deepHtml(10000, 'The deepest paragraph says the key is rotated every year.'),
      new: deepHtml(10000, 'The deepest paragraph says the key is rotated every month.'),
    },
  ];
}
