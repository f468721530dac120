// Generator dialects: each feature read from a real source file (named by site, page, version)
// against the form the generator's site renders it in, and cases that must not fire.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';
import { compare } from '../../src/pipeline.js';
import { filterReport } from '../../src/classify/index.js';

const G = 'test/fixtures/generators';
const read = (p: string) => readFileSync(`${G}/${p}`, 'utf8');
const md = (s: string) => normalizeText(s, 'markdown').markdown;
const html = (body: string) => normalizeText(`<!doctype html><html><body><main>${body}</main></body></html>`, 'html').markdown;

/**
 * Lines of a real file from the `nth` line matching `from` up to (not including) the first later
 * line matching `to` (null: to the end of the file).
 */
function excerpt(path: string, from: RegExp, to: RegExp | null, nth = 1): string {
  const lines = read(path).split('\n');
  let a = -1;
  for (let k = 0; k < nth; k++) a = lines.findIndex((l, i) => i > a && from.test(l));
  const b = to ? lines.findIndex((l, i) => i > a && to.test(l)) : lines.length;
  if (a < 0 || b < 0) throw new Error(`excerpt not found in ${path}`);
  return lines.slice(a, b).join('\n') + '\n';
}

/** What a diff of two inputs reports once formatting is set aside. */
function reported(a: string, fa: 'markdown' | 'html', b: string, fb: 'markdown' | 'html'): string[] {
  const r = filterReport(compare({ label: 'a', text: a, format: fa }, { label: 'b', text: b, format: fb }));
  return r.sections.flatMap((s) => s.changes.map((c) => `${s.newHeading ?? s.oldHeading}: ${c.summary}`));
}

describe('Docusaurus / MDX', () => {
  it('ory/kratos-security 00 (2022-02-10): `:::warning` over two paragraphs reads as the rendered admonition (Docusaurus 3 markup)', () => {
    const src = excerpt('ory/kratos-security/00-2022-02-10-b50e2c3.mdx', /^:::warning$/, /^> "Often/, 2);
    const rendered = `<div class="theme-admonition theme-admonition-warning admonition_xJq3 alert alert--warning"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 16 16"><path fill-rule="evenodd" d="M8.893 1.5c-.183-.31-.52-.5-.887-.5s-.703.19-.886.5L.138 13.499a.98.98 0 0 0 0 1.001c.193.31.53.501.886.501h13.964c.367 0 .704-.19.877-.5a1.03 1.03 0 0 0 .01-1.002L8.893 1.5z"></path></svg></span>warning</div><div class="admonitionContent_BuS1"><p>This feature is a work in progress and is tracked as
<a href="https://github.com/ory/kratos/issues/133">kratos#133</a>.</p><p>It does not yet work as documented!</p></div></div>`;
    expect(md(src)).toBe(html(rendered));
    expect(md(src)).toBe('**Warning** This feature is a work in progress and is tracked as [kratos#133](https://github.com/ory/kratos/issues/133).\n\nIt does not yet work as documented!\n');
  });

  it('ory/kratos-security 00 (2022-02-10): `:::info` with a link reads as the rendered admonition (Docusaurus 3 markup)', () => {
    const src = excerpt('ory/kratos-security/00-2022-02-10-b50e2c3.mdx', /^:::info$/, /^### Expensive Hashing/);
    const rendered = `<div class="theme-admonition theme-admonition-info admonition_xJq3 alert alert--info"><div class="admonitionHeading_Gvgb"><span class="admonitionIcon_Rf37"><svg viewBox="0 0 14 16"><path d="M7 2.3c3.14 0 5.7 2.56"></path></svg></span>info</div><div class="admonitionContent_BuS1"><p>Further improvements are work in progress and are tracked on
<a href="https://github.com/ory/kratos/labels/package%2Fselfservice%2Fpassword">GitHub</a>.</p></div></div>`;
    expect(md(src)).toBe(html(rendered));
  });

  it('ory/kratos-security 17 (2025-11-26): Tabs and TabItems inside mdx-code-block fences become tab labels over their content', () => {
    const src = excerpt('ory/kratos-security/17-2025-11-26-63a5334.mdx', /^```mdx-code-block$/, null);
    expect(md(src)).toBe(
      [
        '**Ory Console**',
        '',
        '1. Go to .',
        '2. Toggle **CAPTCHA protection**.',
        '3. (optional) Add or remove domains from the **Allowed domains** list.',
        '',
        '- You must define at least one valid domain.',
        '- You can list up to 10 domains in total.',
        '',
        '4. Click **Save**.',
        '5. Navigate to your registration or login screen to test the CAPTCHA protection.',
        '',
        '**Ory CLI**',
        '',
        '```shell',
        "ory patch identity-config --project <project-id> --workspace <workspace-id> \\",
        "  --replace '/selfservice/mehods/captcha/enabled=true' \\",
        `  --replace '/selfservice/methods/captcha/config/allowed_domains=["example.org", "foo.bar.dev"]'`,
        '```',
        '',
      ].join('\n'),
    );
  });

  it('imports, exports, JSX comments and heading ids go; a CodeBlock is code', () => {
    const src = [
      "import Tabs from '@theme/Tabs'",
      "import TabItem from '@theme/TabItem'",
      '',
      "export const toc = [{ value: 'Rate limits', id: 'limits' }]",
      '',
      '# Rate limits {#limits}',
      '',
      '{/* internal note */}',
      '',
      '<CodeBlock language="yaml" title="config.yml">',
      '{`limits:',
      '  burst: 10`}',
      '</CodeBlock>',
      '',
    ].join('\n');
    expect(md(src)).toBe('# Rate limits\n\n```yaml\nlimits:\n  burst: 10\n```\n');
  });

  it('cert-manager/remove-deprecated-apis 04 -> 05 (2022-04-12 -> 09-02): a JSX `<div className="alert">` is a note box; moved link targets report nothing', () => {
    const a = read('cert-manager/remove-deprecated-apis/04-2022-04-12-da8b41b.md');
    const b = read('cert-manager/remove-deprecated-apis/05-2022-09-02-dfa66da.md');
    expect(md(b)).toContain('\n\n**Note** An earlier version of this document listed a number of kubectl commands to run to migrate resources. These steps have now been encoded in [`cmctl upgrade migrate-api-version` command](../../reference/cmctl.md#migrate-api-version).');
    expect(reported(a, 'markdown', b, 'markdown')).toEqual([]);
  });
});

describe('Microsoft Learn / DocFX', () => {
  it('azure-cli/authenticate-azure-cli-service-principal 12 (2026-08-06): `> [!TIP]` reads as the rendered alert', () => {
    const src = excerpt('azure-cli/authenticate-azure-cli-service-principal/12-2026-08-06-268cac9.md', /^> \[!TIP\]/, /^To log in with a certificate/);
    const rendered = `<div class="TIP alert is-success"><p class="alert-title"><span class="docon docon-lightbulb" aria-hidden="true"></span> Tip</p><p>If your client secret starts with a special character such as a hyphen (<code>-</code>), the shell or CLI
parser might interpret it as an option flag. To avoid this issue, use the <code>=</code> syntax to attach the
value directly to the parameter:</p>
<pre><code class="lang-azurecli-interactive">az login --service-principal --username APP_ID --password=CLIENT_SECRET --tenant TENANT_ID
</code></pre></div>`;
    expect(md(src)).toBe(html(rendered));
    expect(md(src).startsWith('**Tip** If your client secret')).toBe(true);
  });

  it('azure-cli/authenticate-azure-cli-mfa 02 -> 03 (2025-02-19 -> 02-20): a formatting-only revision reports nothing', () => {
    const a = read('azure-cli/authenticate-azure-cli-mfa/02-2025-02-19-66e5a5f.md');
    const b = read('azure-cli/authenticate-azure-cli-mfa/03-2025-02-20-fa5fd33.md');
    expect(reported(a, 'markdown', b, 'markdown')).toEqual([]);
  });

  it('a bump of ms.date (or any other metadata field) alone is not a content change', () => {
    const a = read('azure-cli/authenticate-azure-cli-service-principal/12-2026-08-06-268cac9.md');
    const b = a.replace(/^ms\.date: .*$/m, 'ms.date: 12/31/2027').replace(/^ms\.custom: .*$/m, 'ms.custom: devx-track-azurecli, other');
    expect(b).not.toBe(a);
    expect(md(b)).toBe(md(a));
  });

  it('DocFX layout lines go and `:::image` is an image', () => {
    const src = [
      ':::zone pivot="cli"',
      '',
      'Sign in first.',
      '',
      ':::image type="content" source="media/sign-in.png" alt-text="Screenshot of the sign-in page.":::',
      '',
      ':::zone-end',
      '',
    ].join('\n');
    expect(md(src)).toBe(html('<p>Sign in first.</p><p><img src="media/sign-in.png" alt="Screenshot of the sign-in page." data-linktype="relative-path"></p>'));
  });
});

describe('MkDocs Material / pymdownx', () => {
  const page = 'mkdocs-material/privacy-plugin/09-2025-11-11-3815f60.md';

  it('privacy-plugin 09 (2025-11-11): `<!-- md:setting -->` headings and version/default badges read as the rendered badges', () => {
    const src = excerpt(page, /^#### <!-- md:setting config\.log_level -->/, /^=== "`error`"/);
    const rendered = `<h4 id="config.log_level"><code>log_level</code><a class="headerlink" href="#config.log_level" title="Permanent link">&para;</a></h4>
<p><span class="mdx-badge"><span class="mdx-badge__icon"><a href="../../conventions/#version" title="Minimum version"><span class="twemoji"><svg viewBox="0 0 24 24"><path d="M5.5 7A1.5"></path></svg></span></a></span><span class="mdx-badge__text"><a href="../../changelog/#9.7.0">9.7.0</a></span></span>
<span class="mdx-badge"><span class="mdx-badge__icon"><a href="../../conventions/#default" title="Default value"><span class="twemoji"><svg viewBox="0 0 24 24"><path d="M12 20a6"></path></svg></span></a></span><span class="mdx-badge__text"><code>info</code></span></span></p>
<p>Use this setting to control the log level that the plugin should employ when
encountering errors, which requires that the <a href="#config.log"><code>log</code></a> setting is
enabled. The following log levels are available:</p>`;
    expect(md(src)).toBe('#### `log_level`\n\n9.7.0 `info`\n\nUse this setting to control the log level that the plugin should employ when encountering errors, which requires that the `log` setting is enabled. The following log levels are available:\n');
    expect(reported('# Privacy\n\n' + src, 'markdown', `<h1>Privacy</h1>${rendered}`, 'html')).toEqual([]);
  });

  it('privacy-plugin 09 (2025-11-11): `=== "Tab"` content tabs become tab labels over their dedented content', () => {
    const src = excerpt(page, /^=== "`error`"/, /^=== "`info`"/);
    expect(md(src)).toBe(
      '**error**\n\n```yaml\nplugins:\n  - privacy:\n      log_level: error\n```\n\nOnly errors are reported.\n\n**warn**\n\n```yaml\nplugins:\n  - privacy:\n      log_level: warn\n```\n\nErrors and warnings are reported, terminating the build in `strict` mode. This includes warnings when symlinks cannot be created due to a lack of permissions on Windows systems (#6550).\n',
    );
  });

  it('privacy-plugin 09 (2025-11-11): icon shortcodes and cross-page references read as the rendered grid cards', () => {
    const src = excerpt(page, /^<div class="grid cards" markdown>/, /^## Configuration/);
    const out = md(src);
    expect(out).toContain('- [Built-in optimize plugin](optimize.md)\n');
    expect(out).toContain('so you can distribute the `site` directory as a `.zip` file');
    expect(out).not.toMatch(/:material-|\\\[/);
  });

  it('admonitions `!!! type "Title"`, `???` and `???+` read as the rendered boxes', () => {
    const src = [
      '!!! warning "Deprecated"',
      '',
      '    The `tags_file` setting is deprecated.',
      '',
      '    Use `listings` instead.',
      '',
      '??? info',
      '',
      '    Collapsed by default.',
      '',
      '!!! note ""',
      '',
      '    No title shown.',
      '',
    ].join('\n');
    const rendered = `<div class="admonition warning"><p class="admonition-title">Deprecated</p><p>The <code>tags_file</code> setting is deprecated.</p><p>Use <code>listings</code> instead.</p></div>
<div class="admonition info"><p class="admonition-title">Info</p><p>Collapsed by default.</p></div>
<div class="admonition note"><p>No title shown.</p></div>`;
    expect(md(src)).toBe(html(rendered));
  });
});

describe('Hugo shortcodes', () => {
  it('cert-manager/remove-deprecated-apis 02 (2022-01-11): Docsy `{{% alert title color %}}` reads as the rendered alert', () => {
    const src = excerpt('cert-manager/remove-deprecated-apis/02-2022-01-11-ec8813b.md', /^\{\{% alert/, /^# Upgrading/);
    const rendered = `<div class="alert alert-warning" role="alert"><h4 class="alert-heading">Note</h4>An earlier version of this document listed a number of kubectl commands to run to migrate resources. These steps have now been encoded in <a href="https://cert-manager.io/docs/usage/cmctl/#migrate-api-version"><code>cmctl upgrade migrate-api-version</code> command</a>. If you have already run the kubectl commands, your resources should have been migrated and there should be no need to also run the <code>cmctl</code> command. However, if you are not sure, you can still run the <code>cmctl</code> command as well- it will be a no-op if no actions are needed.</div>`;
    expect(md(src)).toBe(html(rendered));
  });

  it('shortcode spacing is formatting: `{{<note>}}` and `{{< note >}}` read the same', () => {
    expect(md('{{<note>}}\nUse TLS.\n{{</note>}}\n')).toBe(md('{{< note >}}\nUse TLS.\n{{< /note >}}\n'));
    expect(md('See {{<param "version">}} and {{ site.Params.x }}.')).toBe(md('See {{< param "version" >}} and {{site.Params.x}}.'));
  });

  it('inline shortcodes: ref, glossary tooltips, figures; tab panes', () => {
    const src = [
      'Stored in {{< glossary_tooltip text="etcd" term_id="etcd" >}}; see [Secrets]({{< ref "secrets.md" >}}).',
      '',
      '{{< figure src="/images/arch.svg" alt="Architecture" >}}',
      '',
      '{{< tabpane >}}',
      '{{< tab header="Linux" lang="bash" >}}',
      'export X=1',
      '{{< /tab >}}',
      '{{< /tabpane >}}',
      '',
    ].join('\n');
    expect(md(src)).toBe('Stored in etcd; see [Secrets](secrets.md).\n\n![Architecture](/images/arch.svg)\n\n**Linux**\n\n```bash\nexport X=1\n```\n');
  });
});

describe('MDN (KumaScript) and older note syntax', () => {
  it('mdn/clickjacking v1 -> v2: `> **Note:** text` and `> [!NOTE]` are the same note box; link macros read as their link text', () => {
    const a = read('../../../corpus/mdn/clickjacking/v1-74eae48.md');
    const b = read('../../../corpus/mdn/clickjacking/v2-1a7a9f6.md');
    expect(md(a)).toBe(md(b));
    expect(md(a)).toContain('\n\n**Note** The `X-Frame-Options: ALLOWFROM https://example.org` syntax is deprecated');
    expect(md(a)).toContain('embedded within an `<iframe>` on another site');
    expect(md(a)).toContain('a robust `Content-Security-Policy` to prevent clickjacking');
    expect(md(a)).not.toContain('QuickLinks');
  });

  it('macros: glossary terms read as their text, reference links as code, sidebars and widgets go, unknown macros stay', () => {
    expect(md('{{HTTPSidebar}}\n\nUse {{Glossary("HSTS", "strict transport")}} and {{HTTPHeader("Strict-Transport-Security")}}.\n\n{{Specifications}}\n\n{{Compat}}\n\n{{UnknownMacro("x")}}\n')).toBe(
      'Use strict transport and `Strict-Transport-Security`.\n\n{{UnknownMacro("x")}}\n',
    );
  });

  it('github-docs/sudo-mode v1 -> v2: `{% note %}` + `**Note**:` and `> [!NOTE]` read the same box', () => {
    expect(md('{% note %}\n\n**Note**: If your enterprise uses SSO, you will not be prompted.\n\n{% endnote %}\n')).toBe(
      md('> [!NOTE]\n> If your enterprise uses SSO, you will not be prompted.\n'),
    );
  });
});

describe('Liquid / Jinja', () => {
  it('keycloak/realm-ssl 00 (2016-05-13): GitBook Liquid around AsciiDoc: variables stay as written, nothing else of the template shows', () => {
    const r = normalizeText(read('keycloak/realm-ssl/00-2016-05-13-7669bfa.adoc'), 'asciidoc').markdown;
    expect(r).toContain('{{book.project.name}} requires SSL for all IP addresses.');
    expect(r).not.toMatch(/\{%|\{\{ /);
    expect(normalizeText(r, 'markdown').markdown).toBe(r);
  });

  it('control tags go, every branch stays; GitHub Docs note tags are a box', () => {
    const src = '{% ifversion ghes %}\nOn GHES.\n{% else %}\nOn GitHub.com.\n{% endif %}\n\n{% note %}\n\nKeep tokens secret.\n\n{% endnote %}\n\n{% data variables.product.prodname_dotcom %} hosts it.\n';
    expect(md(src)).toBe('On GHES. On GitHub.com.\n\n**Note** Keep tokens secret.\n\n{% data variables.product.prodname_dotcom %} hosts it.\n');
  });
});

describe('does not fire', () => {
  it.each([
    ['inside fenced code', '```mdx\nimport Tabs from "@theme/Tabs"\n\n:::note\nx\n:::\n\n!!! note\n    y\n\n{{< note >}}z{{< /note >}}\n```\n', null],
    ['on inline code', 'Write `:::note` or `{{< note >}}` or `{{ x }}` or `[a][b]`.\n', null],
    ['on a plain quote', '> A quote.\n>\n> [NOTE] is not an alert marker.\n', '> A quote.\n>\n> \\[NOTE\\] is not an alert marker.\n'],
    ['on a prose line that starts with "Import"', 'Import the settings from "config.json" first.\n', null],
    ['on a defined reference link', 'See [the guide][guide].\n\n[guide]: https://example.com/guide\n', 'See [the guide](https://example.com/guide).\n'],
    ['on braces in prose', 'Set a map {#a: 1} and call f(x){y}.\n', null],
    ['on a closing </div> that no JSX element opened', '<div class="x">\n\ntext\n\n</div>\n', 'text\n'],
  ])('%s', (_name, src, expected) => {
    const once = md(src);
    expect(once).toBe(expected ?? src);
    expect(md(once)).toBe(once);
  });
});
