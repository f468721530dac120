// Issue 13 through the CLI users run (`redline diff a.md b.md`): each example of "What we
// measured" comes out as described, on real page versions (test/fixtures/issue13/manifest.json).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const FX = 'test/fixtures/issue13';
const key = (stdout: string) => stdout.split('\n').filter((l) => /^ {2}(HIGH|MEDIUM|LOW) /.test(l)).map((l) => l.trim().replace(/\s+\([^()]*\)$/, ''));
const tmp = mkdtempSync(join(tmpdir(), 'redline-meaning-'));
const page = (name: string, body: string) => {
  const f = join(tmp, name);
  writeFileSync(f, `# Data protection\n\n${body}\n`);
  return f;
};

describe('redline diff: issue 13 examples', () => {
  it('a weakened obligation is not LOW (devops-guru/data-protection 02 -> 03)', () => {
    const r = cli(['diff', `${FX}/devops-guru.data-protection.02-2021-05-03.md`, `${FX}/devops-guru.data-protection.03-2021-11-01.md`]);
    expect(r.code).toBe(1);
    expect(key(r.stdout)).toContain('HIGH   Obligation weaker (prohibited -> strongly recommended against): "include credentials information in the URL" ("When" -> "If"; "don\'t" -> "we strongly recommend that you do not")');
  });

  it('a service\'s own promise weakened is its own kind, high', () => {
    const r = cli(['diff', page('a.md', "If you give us an email address, we'll automatically send you expiration emails."), page('b.md', "If you give us an email address, we'll do our best to send you expiration emails.")]);
    expect(key(r.stdout)).toEqual(['HIGH   Promise weakened (will -> best effort): "send you expiration emails" ("automatically" -> "do our best to")']);
  });

  it('a recommendation is not read as a requirement', () => {
    const r = cli(['diff', page('c.md', 'We recommend TLS 1.2 or later.'), page('d.md', 'We recommend TLS 1.3.')]);
    expect(key(r.stdout)).toEqual(['MEDIUM TLS: recommended version 1.2 or later -> 1.3']);
  });

  it('the end-of-support banner above the title is a high lifecycle event with its date (devops-guru live 03 -> 04)', () => {
    const r = cli(['diff', 'test/fixtures/corpus/devops-guru/live-03-docs-md.md', `${FX}/devops-guru.live.04-undated-d50c53a.md`]);
    expect(key(r.stdout)).toEqual(['HIGH   End of support: 2027-09-30 ("End of support notice: On September 30, 2027, AWS will end support for Amazon DevOps Guru.")']);
  });

  it('cipher suites removed from a JSON security policy are read like the same removal in a table', () => {
    const policy = (c: string[]) => '## Policy\n\n```json\n' + JSON.stringify({ SecurityPolicyName: 'Example-2020-06', SshCiphers: c }, null, 2) + '\n```';
    const r = cli(['diff', page('e.md', policy(['aes256-ctr', 'aes256-cbc', 'aes192-cbc'])), page('f.md', policy(['aes256-ctr']))]);
    expect(key(r.stdout)).toEqual(['MEDIUM AES: 256-CBC, 192-CBC removed; JSON values changed: SshCiphers: "aes256-cbc" removed; SshCiphers: "aes192-cbc" removed']);
  });

  it('table rows pair by key and name their row and column (ory/rate-limits 14 -> 15)', () => {
    const r = cli(['diff', `${FX}/ory.rate-limits.14-2025-11-26.mdx`, `${FX}/ory.rate-limits.15-2025-12-03.mdx`]);
    expect(key(r.stdout)).toContain('MEDIUM Development / Staging, /sessions/whoami: \'Environment\' reordered: "Development / Staging"; \'Sustained (rpm)\' 30 -> 300');
    expect(r.stdout).toContain("MEDIUM Row added: Development / Staging, POST /admin/identities ('Burst (rps)' 1; 'Sustained (rpm)' 10)");
  });

  it('the same rename is rated the same everywhere on the page (s3/default-bucket-encryption 04 -> 05)', () => {
    const r = cli(['diff', `${FX}/s3.default-bucket-encryption.04-2021-07-16.md`, `${FX}/s3.default-bucket-encryption.05-2021-09-09.md`]);
    expect(r.stdout).toContain('severity LOW');
    expect(r.stdout).not.toMatch(/MEDIUM .*CMK/);
  });
});
