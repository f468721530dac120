// AsciiDoc (Asciidoctor.js) and reStructuredText (docutils) as input formats, read through the
// HTML path: real corpus files against what their rendered pages read as.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { detectFormat } from '../../src/read/index.js';

const G = 'test/fixtures/generators';
const read = (p: string) => readFileSync(`${G}/${p}`, 'utf8');
const html = (body: string) => normalizeText(`<!doctype html><html><body><main>${body}</main></body></html>`, 'html').markdown;

// .ci/run installs Debian's python3-docutils; without it the reST reader says what to install.
const docutils = ['/usr/bin/python3', 'python3'].some((p) => spawnSync(p, ['-c', 'import docutils'], { stdio: 'ignore' }).status === 0);

describe('AsciiDoc', () => {
  it('keycloak/brute-force 13 (2022-10-19): a topic that starts at `===` gets its heading as the title; admonitions, lists, images and tables read as the rendered page', () => {
    const out = normalizeText(read('keycloak/brute-force/13-2022-10-19-f4827c5.adoc'), 'asciidoc').markdown;
    expect(out.split('\n\n').slice(0, 6).join('\n\n')).toBe(
      [
        '# Brute force attacks',
        'A brute force attack attempts to guess a user’s password by trying to log in multiple times. {project_name} has brute force detection capabilities and can temporarily disable a user account if the number of login failures exceeds a specified threshold.',
        '**Note** {project_name} disables brute force detection by default. Enable this feature to protect against brute force attacks.',
        'Procedure',
        'To enable this protection:',
        '1. Click **Realm Settings** in the menu\n2. Click the **Security Defenses** tab.\n3. Click the **Brute Force Detection** tab.',
      ].join('\n\n'),
    );
    expect(out).toContain('\n\n| Name | Description | Default |\n| --- | --- | --- |\n| Max Login Failures | The maximum number of login failures. | 30 failures. |\n');
    expect(normalizeText(out, 'markdown').markdown).toBe(out);
  });

  it("an admonition block reads as Asciidoctor's rendered admonition table (icon cell, content cell)", () => {
    const src = '= Page\n\n[NOTE]\n====\n{project_name} disables brute force detection by default.\n====\n';
    const rendered = `<h1>Page</h1><div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Note</div></td><td class="content">{project_name} disables brute force detection by default.</td></tr></table></div>`;
    expect(normalizeText(src, 'asciidoc').markdown).toBe(html(rendered));
    expect(html(rendered)).toBe('# Page\n\n**Note** {project_name} disables brute force detection by default.\n');
  });

  it('keycloak/session-timeouts 18 -> 19 (2022-07-26 -> 08-08): a revision that only re-wrapped and re-marked text reports nothing', async () => {
    const { compare } = await import('../../src/pipeline.js');
    const { filterReport } = await import('../../src/classify/index.js');
    const a = read('keycloak/session-timeouts/18-2022-07-26-c54c0dd.adoc');
    const b = read('keycloak/session-timeouts/19-2022-08-08-14fdd2a.adoc');
    const r = filterReport(compare({ label: 'a', text: a, format: 'asciidoc' }, { label: 'b', text: b, format: 'asciidoc' }));
    expect(r.sections.flatMap((s) => s.changes)).toEqual([]);
  });

  it('is detected by extension and by content', () => {
    expect(detectFormat(read('keycloak/brute-force/13-2022-10-19-f4827c5.adoc'), 'x.adoc')).toBe('asciidoc');
    expect(detectFormat(read('keycloak/brute-force/13-2022-10-19-f4827c5.adoc'))).toBe('asciidoc');
    expect(detectFormat('# Title\n\n- a\n- b\n\nSee [x](y).\n')).toBe('markdown');
  });
});

describe('reStructuredText', () => {
  it.skipIf(!docutils)('python-peps/pep-0602 13 (2019-11-07): the PEP header, title line and sections read as peps.python.org shows them', () => {
    const out = normalizeText(read('python-peps/pep-0602/13-2019-11-07-bd02107.rst'), 'rst').markdown;
    expect(out.startsWith('# PEP 602 – Annual Release Cycle for Python\n\nPEP:\n\n602\n\nTitle:\n\nAnnual Release Cycle for Python\n\n')).toBe(true);
    expect(out).toContain('\n\nStatus:\n\nAccepted\n\n');
    expect(out).toContain(
      '\n\n## Implementation\n\n### Seventeen months to develop a major version\n\nThis PEP proposes that Python 3.X.0 will be developed for around 17 months:\n\n- The first *five months* overlap with Python 3.(X-1).0\'s beta and release candidate stages and are thus unversioned.\n',
    );
    const header = `<h1 class="page-title">PEP 602 – Annual Release Cycle for Python</h1>
<dl class="rfc2822 field-list simple">
<dt class="field-odd">Author<span class="colon">:</span></dt>
<dd class="field-odd"><p>Łukasz Langa &lt;lukasz at python.org&gt;</p></dd>
<dt class="field-even">Status<span class="colon">:</span></dt>
<dd class="field-even"><p><abbr title="Accepted and implementation complete, or no longer active">Accepted</abbr></p></dd>
</dl>`;
    expect(html(header)).toBe('# PEP 602 – Annual Release Cycle for Python\n\nAuthor:\n\nŁukasz Langa \\<lukasz at python.org>\n\nStatus:\n\nAccepted\n');
    expect(normalizeText(out, 'markdown').markdown).toBe(out);
  });

  it.skipIf(!docutils)('python-peps/pep-0387 00 (2009-06-19): a 2009 PEP in a .txt file is detected and read as reST', () => {
    const text = read('python-peps/pep-0387/00-2009-06-19-9a1781b.txt');
    expect(detectFormat(text, '00-2009-06-19-9a1781b.txt')).toBe('rst');
    const out = normalizeText(text, 'rst').markdown;
    expect(out.startsWith('# PEP 387 – Backwards Compatibility Policy\n')).toBe(true);
    expect(out).toContain('\n\n## Abstract\n\n');
  });

  it.skipIf(!docutils)('common Sphinx roles and directives render as Sphinx shows them; file inclusion stays off', () => {
    const src = [
      'Title',
      '=====',
      '',
      'Call :func:`os.open` (see :ref:`the guide <guide>`).',
      '',
      '.. versionchanged:: 3.12',
      '   TLS 1.2 is now the minimum.',
      '',
      '.. include:: /etc/passwd',
      '',
      '.. code-block:: python',
      '',
      '   import ssl',
      '',
    ].join('\n');
    expect(normalizeText(src, 'rst').markdown).toBe('# Title\n\nCall `os.open` (see the guide).\n\n*Changed in version 3.12*: TLS 1.2 is now the minimum.\n\n```python\nimport ssl\n```\n');
  });
});
