import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/normalize/index.js';

const md = (s: string) => normalizeText(s, 'markdown').markdown;

describe('markdown normalization', () => {
  it.each([
    ['awsdocs escapes', 'We recommend TLS 1\\.2 or later \\(IAM\\)\\.', 'We recommend TLS 1.2 or later (IAM).\n'],
    ['list markers unify to - (and lists that become adjacent merge)', '+ one\n+ two\n\n* three\n', '- one\n- two\n- three\n'],
    ['hard wraps unwrap', 'a long\nparagraph that\nwraps\n', 'a long paragraph that wraps\n'],
    ['nbsp and odd spaces', 'DevOps\u00a0Guru\u202fuses\u200b it', 'DevOps Guru uses it\n'],
    ['underscore emphasis becomes *', '_italic_ and __bold__', '*italic* and **bold**\n'],
    ['link titles dropped', '[x](https://a.example/ "https://a.example/")', '[x](https://a.example/)\n'],
    ['entities decoded', 'AT&amp;T &lt;tag&gt;', 'AT&T \\<tag>\n'],
    ['CRLF line endings', '# T\r\n\r\ntext\r\nmore\r\n', '# T\n\ntext more\n'],
    ['ordered lists renumber', '3. a\n3. b\n', '3. a\n4. b\n'],
    ['setext headings become ATX', 'Title\n=====\n\nSub\n---\n\nx', '# Title\n\n## Sub\n\nx\n'],
    ['prettier-padded table', '| a   | b |\n| :-- | --: |\n| 1   | 2 |\n', '| a | b |\n| --- | --- |\n| 1 | 2 |\n'],
    ['note box H6 merges into its paragraph', '###### Important\n\nOnly symmetric keys.\n', '**Important** Only symmetric keys.\n'],
    ['awsdocs note merges too', '**Note**  \nOnly symmetric keys.\n', '**Note** Only symmetric keys.\n'],
    ['Topics TOC dropped', '**Topics**\n+ [A](a.md)\n+ [B](b.md)\n\ntext', 'text\n'],
    ['literal markup characters stay literal', 'kms:Get\\* and 1\\. item', 'kms:Get\\* and 1. item\n'],
  ])('%s', (_name, input, expected) => {
    expect(md(input)).toBe(expected);
  });

  it('keeps anchors out of the text but records them by heading', () => {
    const r = normalizeText('# Title<a name="top"></a>\n\n## Sub\n<a name="sub-anchor"></a>\n\ntext', 'markdown');
    expect(r.markdown).toBe('# Title\n\n## Sub\n\ntext\n');
    expect(r.anchors).toEqual({ 0: 'top', 1: 'sub-anchor' });
  });

  it('reads YAML front matter: title becomes the H1, the rest is dropped', () => {
    const r = normalizeText('---\ntitle: "Data Protection"\ndate: 2020-11-09\n---\n\nBody text.\n', 'markdown');
    expect(r.title).toBe('Data Protection');
    expect(r.markdown).toBe('# Data Protection\n\nBody text.\n');
  });

  it('reads TOML front matter', () => {
    const r = normalizeText('+++\ntitle = "Quotas"\nweight = 3\n+++\nBody.\n', 'markdown');
    expect(r.markdown).toBe('# Quotas\n\nBody.\n');
  });

  it('nested list items and continuation paragraphs keep their structure', () => {
    const src = '+ **A**: first\n\n  more about A\n  + nested\n+ B\n';
    expect(md(src)).toBe('- **A**: first\n\n  more about A\n\n  - nested\n- B\n');
  });

  it('the awsdocs 2021 DevOps Guru page and its hard-wrapped Hugo sibling normalize alike where the text is alike', () => {
    const a = md('The [shared responsibility model](https://aws.amazon.com/x) applies to data\nprotection in this AWS product or service\\.');
    const b = md('The [shared responsibility model](https://aws.amazon.com/x) applies to data protection in this AWS product or service.');
    expect(a).toBe(b);
  });
});

describe('regressions from the corpus', () => {
  it('s3/storage-lens-data-protection 00 (2022-12-02): text before bold with nested italics is kept', () => {
    expect(md('The **Trend for *date*** chart updates.')).toBe('The Trend for *date* chart updates.\n');
  });
  it('devops-guru/data-protection 00 (2020-12-18): an email autolink stays an address', () => {
    expect(md('Contact us at amazon-devops-guru-feedback@amazon.com with feedback.')).toBe('Contact us at amazon-devops-guru-feedback@amazon.com with feedback.\n');
  });
});

describe('in-page tables of contents from docs-site crawls', () => {
  it('live lambda/security-dataprotection 00: "###### Sections" and its link list are dropped', () => {
    expect(md('Intro.\n\n###### Sections\n\n- [Encryption in transit](#x "#x")\n- [At rest](y.md "y.md")\n\n## Encryption in transit\n\nText.')).toBe('Intro.\n\n## Encryption in transit\n\nText.\n');
  });
  it('live codepipeline/data-protection 00: a "###### Topics" heading left without its list is dropped', () => {
    expect(md('Last paragraph.\n\n###### Topics\n')).toBe('Last paragraph.\n');
  });
});
