// Real page histories from other generators (test/fixtures/generators, copied from the shared
// corpus, and corpus/, gathered from public documentation repositories): every version normalizes
// idempotently, consecutive versions diff, formatting-only revisions report nothing, and a few
// real revisions report exactly what changed (golden files).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { detectFormat } from '../../src/read/index.js';
import { compare } from '../../src/pipeline.js';
import { filterReport } from '../../src/classify/index.js';
import { renderText } from '../../src/present/text.js';
import type { Format } from '../../src/types.js';

const ROOTS = ['test/fixtures/generators', 'corpus'];
const GOLDEN = 'test/fixtures/generators/golden';
const PAGE_FILE = /^(?:\d\d-\d{4}-\d\d-\d\d|v\d+)-[0-9a-f]{7}\.(md|mdx|adoc|rst|txt)$/;

/** Page folders (site/page) and their versions, oldest first. */
function pages(): Array<{ dir: string; files: string[] }> {
  const out: Array<{ dir: string; files: string[] }> = [];
  for (const root of ROOTS) {
    if (!existsSync(root)) continue;
    for (const site of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const page of readdirSync(join(root, site.name), { withFileTypes: true }).filter((d) => d.isDirectory())) {
        const dir = join(root, site.name, page.name);
        const files = readdirSync(dir).filter((f) => PAGE_FILE.test(f)).sort();
        if (files.length) out.push({ dir, files });
      }
    }
  }
  return out;
}

const versions = pages().flatMap((p) => p.files.map((f) => join(p.dir, f)));
const pairs = pages().flatMap((p) => p.files.slice(1).map((f, i) => [join(p.dir, p.files[i]), join(p.dir, f)] as const));

function raw(file: string): { label: string; text: string; format: Format } {
  const text = readFileSync(file, 'utf8');
  return { label: file.split('/').slice(-3).join('/'), text, format: detectFormat(text, file) };
}

function report(a: string, b: string) {
  return filterReport(compare(raw(a), raw(b)));
}

describe('generator corpus', () => {
  it('holds pages of at least ten sites', () => {
    expect(new Set(pages().map((p) => p.dir.split('/').slice(-2, -1)[0])).size).toBeGreaterThanOrEqual(10);
  });

  it.each(versions)('%s normalizes idempotently', (file) => {
    const r = raw(file);
    const once = normalizeText(r.text, r.format).markdown;
    expect(normalizeText(once, 'markdown').markdown).toBe(once);
  });

  it.each(pairs)('%s -> next version diffs', (a, b) => {
    const r = report(a, b);
    expect(r.old.title).not.toBeNull();
    expect(r.sections.length).toBeGreaterThan(0);
  });

  // Revisions whose words did not change (re-wraps, markup, link targets, metadata dates, a new generator's syntax)
  it.each([
    ['azure-cli/authenticate-azure-cli-mfa', '02-2025-02-19-66e5a5f.md', '03-2025-02-20-fa5fd33.md'],
    ['cert-manager/ca', '08-2020-03-20-e938927.md', '09-2020-03-23-d324fd3.md'],
    ['cert-manager/remove-deprecated-apis', '04-2022-04-12-da8b41b.md', '05-2022-09-02-dfa66da.md'],
    ['keycloak/session-timeouts', '18-2022-07-26-c54c0dd.adoc', '19-2022-08-08-14fdd2a.adoc'],
    ['ory/password-policy', '05-2022-12-01-13b9c38.mdx', '06-2022-12-01-8c1d0ba.mdx'],
    ['ory/kratos-security', '16-2025-10-15-c8f83f2.mdx', '17-2025-11-26-63a5334.mdx'],
    ['../../../corpus/mdn/clickjacking', 'v1-74eae48.md', 'v2-1a7a9f6.md'],
  ])('%s %s -> %s (formatting only) reports nothing', (page, a, b) => {
    const r = report(join('test/fixtures/generators', page, a), join('test/fixtures/generators', page, b));
    expect(r.sections.flatMap((s) => s.changes.map((c) => c.summary))).toEqual([]);
  });

  it.each([
    ['cert-manager-remove-deprecated-apis-02-03', 'test/fixtures/generators/cert-manager/remove-deprecated-apis/02-2022-01-11-ec8813b.md', 'test/fixtures/generators/cert-manager/remove-deprecated-apis/03-2022-01-11-663378c.md'],
    ['pep-0602-13-14', 'test/fixtures/generators/python-peps/pep-0602/13-2019-11-07-bd02107.rst', 'test/fixtures/generators/python-peps/pep-0602/14-2021-02-03-9b64c6e.rst'],
    ['keycloak-realm-ssl-05-06', 'test/fixtures/generators/keycloak/realm-ssl/05-2017-08-28-44c6a3c.adoc', 'test/fixtures/generators/keycloak/realm-ssl/06-2018-03-26-9ed6759.adoc'],
    ['kubernetes-secrets-good-practices-v1-v2', 'corpus/kubernetes/secrets-good-practices/v1-1f51dff.md', 'corpus/kubernetes/secrets-good-practices/v2-0751d63.md'],
    ['cloudflare-tls-13-v1-v2', 'corpus/cloudflare/tls-13/v1-bda1f3c.mdx', 'corpus/cloudflare/tls-13/v2-05b5f46.mdx'],
    ['github-docs-sudo-mode-v1-v2', 'corpus/github-docs/sudo-mode/v1-57528e2.md', 'corpus/github-docs/sudo-mode/v2-09b7ee6.md'],
    ['azure-docs-key-vault-soft-delete-v1-v2', 'corpus/azure-docs/key-vault-overview-soft-delete/v1-0f5543e.md', 'corpus/azure-docs/key-vault-overview-soft-delete/v2-dec1ce9.md'],
  ])('golden: %s', (name, a, b) => {
    const text = renderText(report(a, b), { color: false });
    const file = join(GOLDEN, `${name}.txt`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, text);
    expect(text, `${name}: report differs; if a change meant this, check the diff by eye and rerun with UPDATE_GOLDEN=1`).toBe(readFileSync(file, 'utf8'));
  });
});
