// Structure and chrome recovered from whole-page text, case by case, from real renderings (named
// by page and version: corpus Markdown rendered to HTML through a docs-site template, then read
// by Chromium's innerText or `w3m -dump`), with the cases that must not fire beside them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeText } from '../../src/normalize/index.js';
import { readTextNotes } from '../../src/normalize/text.js';
import { toLines, wrapWidth } from '../../src/normalize/text-lines.js';
import { templateOf } from '../../src/normalize/text-guide.js';
import { guideTextSides } from '../../src/normalize/text-guided.js';
import { compare } from '../../src/pipeline.js';
import { hasChanges } from '../../src/classify/index.js';

const txt = (s: string) => normalizeText(s, 'text').markdown;
/** The text read with a Markdown version as its template. */
const guided = (text: string, md: string) => readTextNotes(text, { template: templateOf(normalize({ label: 'md', text: md, format: 'markdown' }).model!) });
const guidedMd = (text: string, md: string) =>
  guideTextSides(normalize({ label: 't', text, format: 'text' }), normalize({ label: 'md', text: md, format: 'markdown' })).a.markdown;

describe('unwrapping hard-wrapped text (w3m -dump)', () => {
  // kms/rotate-keys (2023) through w3m at 80 columns: paragraphs wrapped at 79
  const w3m = [
    'Cryptographic best practices discourage extensive reuse of encryption keys. To',
    'create new cryptographic material for your customer managed keys, you can',
    'create new KMS keys, and then change your applications or aliases to use the',
    'new KMS keys. Or, you can enable automatic key rotation for an existing KMS',
    'key. When you enable automatic key rotation for a KMS key, AWS KMS generates',
    'new cryptographic material for the KMS key every year.',
  ];

  it('finds the wrap width and joins a paragraph back into one line', () => {
    expect(wrapWidth(w3m)).toBe(78);
    // (too few wrapped lines to tell a width: left as they are)
    expect(wrapWidth(w3m.slice(0, 3))).toBeNull();
    const { lines } = toLines(['Rotating AWS KMS keys', '', ...w3m].join('\n'));
    expect(lines.map((l) => l.text)).toEqual(['Rotating AWS KMS keys', w3m.join(' ')]);
  });

  it('a page of short paragraphs, links and commands still tells its wrap width by its many full lines', () => {
    const para = [
      'Service principals are accounts not tied to any particular user, which you can',
      'assign permissions through predefined roles. Authenticating with a service',
      'principal is the best way to write secure scripts or programs.',
    ];
    const short = ['To log in with a client secret, use the following command:', 'Under PowerShell, use the Get-Credential cmdlet in a shell.', '  • Manage Azure subscriptions with the Azure CLI here'];
    const page = [...para, '', ...short, '', ...para, '', ...short, '', ...para, '', ...short, '', ...short, '', 'az login --service-principal --username APP_ID --password CLIENT_SECRET --tenant TENANT_ID'];
    expect(wrapWidth(page)).toBe(78);
  });

  it('unwrapped text (innerText) has no wrap width: short lines stay apart', () => {
    // resource-groups/security_data-protection (innerText): one block per line
    const inner = ['Data encryption', 'Encryption at rest', 'Data stored in Resource Groups is encrypted at rest using transparent server-side encryption.'];
    expect(wrapWidth(inner)).toBeNull();
    expect(toLines(inner.join('\n')).lines).toHaveLength(3);
  });

  it('a line ending near the width joins even when a no-break space glued the next words (devops-guru/data-protection 2021, w3m)', () => {
    const text = [
      'The AWS shared responsibility model applies to data protection in Amazon',
      'DevOps Guru. As described in this model, AWS is responsible for protecting the',
      'global infrastructure that runs all of the AWS Cloud. You are responsible for',
      'maintaining control over your content that is hosted on this infrastructure.',
      'This content includes the security configuration and management tasks for the',
      'AWS services that you use. For more information about data privacy, see the',
    ].join('\n');
    expect(toLines(text).lines).toHaveLength(1);
  });

  it('a word broken at a dash joins without a space; a rule under a short line stays apart', () => {
    const text = [
      'To safeguard key material for KMS keys, AWS KMS relies on a distributed fleet of',
      'FIPS 140-3 Security Level 3–validated hardware security modules (HSMs). Each AWS',
      'KMS HSM is a dedicated, standalone hardware appliance designed to provide data-',
      'at-rest protection to meet the security and scalability requirements of AWS KMS.',
      '',
      'Previous Next',
      '━'.repeat(79),
    ].join('\n');
    const { lines } = toLines(text);
    expect(lines[0].text).toContain('provide data-at-rest protection');
    expect(lines.map((l) => l.text.slice(0, 13))).toEqual(['To safeguard ', 'Previous Next', '━'.repeat(13)]);
  });
});

describe('headings, labels and bullets from layout', () => {
  it('a real heading followed by a paragraph is a heading (innerText: heading, blank line, paragraph)', () => {
    const src = 'Data protection in AWS Resource Groups\n\nIntro sentence here.\n\nEncryption at rest\n\nData stored in Resource Groups is encrypted at rest.\n';
    expect(txt(src)).toBe('# Data protection in AWS Resource Groups\n\nIntro sentence here.\n\n## Encryption at rest\n\nData stored in Resource Groups is encrypted at rest.\n');
  });

  it('must not fire: a one-word sentence line, a line the next line continues in lower case, a run of short list items', () => {
    // resource-groups/security_data-protection v02: the source broke its first sentence after a link
    const src = [
      'Data protection in AWS Resource Groups',
      '',
      'The AWS shared responsibility model',
      '',
      'applies to data protection in AWS Resource Groups.',
      '',
      'Done.',
      '',
      'Supported browsers:',
      '',
      'Chrome 49+',
      'Safari 10+',
      'Edge 79+',
      '',
      'More text follows here.',
    ].join('\n');
    expect(txt(src).split('\n').filter((l) => l.startsWith('#'))).toEqual(['# Data protection in AWS Resource Groups']);
  });

  it('note labels merge with the paragraph they label, as the Markdown reader renders note boxes (kms/rotate-keys, innerText)', () => {
    const text = 'Rotating AWS KMS keys\n\nIntro.\n\nNote\nThe rotation interval for AWS managed keys changed in May 2022.\n';
    const md = '# Rotating AWS KMS keys\n\nIntro\\.\n\n**Note**  \nThe rotation interval for AWS managed keys changed in May 2022\\.\n';
    expect(txt(text)).toBe('# Rotating AWS KMS keys\n\nIntro.\n\n**Note** The rotation interval for AWS managed keys changed in May 2022.\n');
    expect(hasChanges(compare({ label: 't', text, format: 'text' }, { label: 'm', text: md, format: 'markdown' }))).toBe(false);
  });

  it('w3m bullets (•, □, numbers) give nested and ordered lists', () => {
    const src = 'T\n\nIntro.\n\n  • a\n      □ b\n  • c\n\n 1. one\n 2. two\n';
    // (as the Markdown reader gives `- a\n  - b\n- c`)
    expect(txt(src)).toBe('# T\n\nIntro.\n\n- a\n\n  - b\n- c\n\n1. one\n2. two\n');
  });
});

describe('tables and code from layout', () => {
  it('tab-separated rows (innerText) are a table; one line with a tab in it is not', () => {
    expect(txt('T\n\nIntro.\n\nName\tQuota\nKeys\t10,000\n')).toBe('# T\n\nIntro.\n\n| Name | Quota |\n| --- | --- |\n| Keys | 10,000 |\n');
    expect(txt('T\n\nIntro.\n\nPress\tEnter to continue.\n')).toBe('# T\n\nIntro.\n\nPress Enter to continue.\n');
  });

  it('w3m columns with cells wrapped inside their column (iam/reference_iam-quotas 2024)', () => {
    const src = [
      'IAM object quotas',
      '',
      'The following quotas are adjustable.',
      '',
      '                Resource                        Default quota         Maximum',
      '                                                                       quota',
      'Customer managed policies in an AWS       1500                       5000',
      'account',
      'Groups in an AWS account                  300                        500',
      'Virtual MFA devices (assigned or          Equal to the user quota    Not',
      'unassigned) in an AWS account             for the account            applicable',
      '',
    ].join('\n');
    expect(txt(src)).toBe(
      [
        '# IAM object quotas',
        '',
        'The following quotas are adjustable.',
        '',
        '| Resource | Default quota | Maximum quota |',
        '| --- | --- | --- |',
        '| Customer managed policies in an AWS account | 1500 | 5000 |',
        '| Groups in an AWS account | 300 | 500 |',
        '| Virtual MFA devices (assigned or unassigned) in an AWS account | Equal to the user quota for the account | Not applicable |',
        '',
      ].join('\n'),
    );
  });

  it('box-drawn tables (w3m with a border)', () => {
    const src = 'T\n\nIntro.\n\n┌─┬─┐\n│A│B│\n├─┼─┤\n│x│y│\n└─┴─┘\n';
    expect(txt(src)).toBe('# T\n\nIntro.\n\n| A | B |\n| --- | --- |\n| x | y |\n');
  });

  it('JSON: a span that balances its brackets, and data flattened onto one line (devops-guru 2024 copy)', () => {
    const src = 'T\n\nThe following example:\n\n{\n  "KeyRotationEnabled": true\n}\n\nAfter.\n';
    expect(txt(src)).toBe('# T\n\nThe following example:\n\n```\n{\n  "KeyRotationEnabled": true\n}\n```\n\nAfter.\n');
    const seed = normalizeText(readFileSync('snapshots/devops-guru.2024.rendered.txt', 'utf8'), 'text').markdown;
    expect(seed).toContain('\n```\n"Statement" : [ { "Sid"');
  });

  it('shell commands with continuations and YAML (cert-manager/vault, innerText)', () => {
    const src = [
      'Vault',
      '',
      'Generate the bundle:',
      'step certificate create "Example Server Root CA" server_ca.crt server_ca.key \\',
      '  --profile root-ca \\',
      '  --insecure',
      '',
      'apiVersion: cert-manager.io/v1',
      'kind: Issuer',
      'metadata:',
      '  name: vault-issuer',
      '',
      'Done.',
    ].join('\n');
    const md = txt(src);
    expect(md).toContain('```\nstep certificate create "Example Server Root CA" server_ca.crt server_ca.key \\\n  --profile root-ca \\\n  --insecure\n```');
    expect(md).toContain('```\napiVersion: cert-manager.io/v1\nkind: Issuer\nmetadata:\n  name: vault-issuer\n```');
  });
});

describe('chrome around the content', () => {
  it('an AWS page copied whole (innerText): cookie notice, header, breadcrumb, sidebar, page tools, TOC, feedback, conventions, footer (kms/rotate-keys 2023)', () => {
    const src = [
      'Select your cookie preferences',
      '',
      'We use essential cookies and similar tools that are necessary to provide our site and services.',
      '',
      'AcceptDeclineCustomize',
      'Skip to main contentDocumentationContact UsEnglishCreate an AWS Account',
      'Documentation › AWS Key Management Service › Developer Guide › Security',
      'AWS Key Management Service',
      'What is AWS Key Management Service?',
      'Getting started',
      'Rotating AWS KMS keys',
      'Quotas',
      'PDF RSS Focus mode',
      'Rotating AWS KMS keys',
      '',
      'Cryptographic best practices discourage extensive reuse of encryption keys.',
      '',
      'Topics',
      '',
      'How automatic key rotation works',
      'Rotating keys manually',
      'How automatic key rotation works',
      '',
      'Key rotation in AWS KMS is a cryptographic best practice.',
      '',
      'Rotating keys manually',
      '',
      'You might decide to create a new KMS key.',
      '',
      'Did this page help you? - Yes',
      '',
      "Thanks for letting us know we're doing a good job!",
      '',
      'Document Conventions',
      'Monitoring key rotation',
      'Importing key material',
      'On this page',
      'How automatic key rotation works',
      'Rotating keys manually',
      'Privacy | Site terms | Cookie preferences',
      '© 2023, Amazon Web Services, Inc. or its affiliates. All rights reserved.',
    ].join('\n');
    const r = readTextNotes(src);
    expect(r.model.title).toBe('Rotating AWS KMS keys');
    expect(normalizeText(src, 'text').markdown).toBe(
      [
        '# Rotating AWS KMS keys',
        '',
        'Cryptographic best practices discourage extensive reuse of encryption keys.',
        '',
        '## How automatic key rotation works',
        '',
        'Key rotation in AWS KMS is a cryptographic best practice.',
        '',
        '## Rotating keys manually',
        '',
        'You might decide to create a new KMS key.',
        '',
      ].join('\n'),
    );
  });

  it('Microsoft Learn page tools under the title and an empty "In this article"', () => {
    const src = [
      'Skip to main content',
      'This browser is no longer supported.',
      'Upgrade to Microsoft Edge to take advantage of the latest features, security updates, and technical support.',
      'Learn',
      'Sign in',
      'Lambda quotas',
      'Article',
      '2025-03-14',
      '7 contributors',
      'Feedback',
      'In this article',
      '',
      'Lambda sets quotas for the amount of compute and storage resources.',
      '',
      'Feedback',
      '',
      'Was this page helpful?',
      '',
      'Yes No',
      'Additional resources',
      'en-us',
      'Your Privacy Choices',
      '© Microsoft 2025',
    ].join('\n');
    expect(txt(src)).toBe('# Lambda quotas\n\nLambda sets quotas for the amount of compute and storage resources.\n');
  });

  it('the first line "Title - Service" gives the title (the flagship copy)', () => {
    const r = normalizeText(readFileSync('snapshots/devops-guru.2024.rendered.txt', 'utf8'), 'text');
    expect(r.title).toBe('Data protection in Amazon DevOps Guru');
    expect(r.notes).toBeUndefined();
  });

  it('says what it chose when no line matches a known title', () => {
    const r = readTextNotes('Home\nGuides\nData encryption\n\nData stored in Resource Groups is encrypted at rest.\n');
    expect(r.model.title).toBe('Data encryption');
    expect(r.notes).toEqual(['text: no title line matched; took "Data encryption", the last of 3 heading-like lines above the first paragraph']);
  });
});

describe('one version guides the reading of the other', () => {
  // kms/data-protection: the Markdown source and the same page's innerText (headings over lists, no bullets)
  const md = [
    '# Data protection in AWS Key Management Service',
    '',
    'Intro paragraph here.',
    '',
    '## Protecting key material',
    '',
    '### Key material generated in AWS KMS',
    '',
    'AWS KMS supports two network connectivity options:',
    '+ An IPSec VPN connection over the internet',
    '+ AWS Direct Connect',
    '',
    '| Resource | Quota |',
    '| --- | --- |',
    '| Keys | 100,000 |',
    '| Aliases | 50 |',
    '',
  ].join('\n');
  const inner = [
    'Data protection in AWS Key Management Service',
    '',
    'Intro paragraph here.',
    '',
    'Protecting key material',
    'Key material generated in AWS KMS',
    '',
    'AWS KMS supports two network connectivity options:',
    '',
    'An IPSec VPN connection over the internet',
    'AWS Direct Connect',
    'Resource',
    'Quota',
    'Keys',
    '100,000',
    'Aliases',
    '50',
  ].join('\n');

  it('headings take the template levels, lines become its list items, cells one per line its table', () => {
    expect(guidedMd(inner, md)).toBe(normalize({ label: 'md', text: md, format: 'markdown' }).markdown);
  });

  it('without the template the same text keeps the facts layout gives (no invented lists or tables)', () => {
    const plain = txt(inner);
    expect(plain).not.toContain('| Resource');
    expect(plain).not.toContain('- An IPSec');
  });

  it('text against the same content as Markdown reports no change at all', () => {
    expect(hasChanges(compare({ label: 't', text: inner, format: 'text' }, { label: 'm', text: md, format: 'markdown' }))).toBe(false);
  });

  it('a heading the template renamed is still a heading; lines the template lacks stay visible', () => {
    const next = md.replace('### Key material generated in AWS KMS', '### Key material that AWS KMS generates').replace('+ AWS Direct Connect', '+ AWS Direct Connect\n+ A VPC endpoint');
    const r = compare({ label: 't', text: inner, format: 'text' }, { label: 'm', text: next, format: 'markdown' });
    const mdOnly = compare({ label: 'a', text: md, format: 'markdown' }, { label: 'm', text: next, format: 'markdown' });
    const shape = (x: typeof r) => x.sections.map((s) => `${s.status}:${s.oldHeading}->${s.newHeading}`);
    expect(shape(r)).toEqual(shape(mdOnly));
  });

  it('a heading a crawler wrapped onto two lines is joined when the template has it whole', () => {
    const text = 'Data protection in AWS Key Management Service\n\nIntro paragraph here.\n\nProtecting key material generated\nin AWS KMS\n\nText.\n';
    const tmd = '# Data protection in AWS Key Management Service\n\nIntro paragraph here.\n\n## Protecting key material generated in AWS KMS\n\nText.\n';
    expect(guided(text, tmd).model.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual([
      'Data protection in AWS Key Management Service',
      'Protecting key material generated in AWS KMS',
    ]);
  });

  it('images the text cannot show are taken from the template, and the report says so', () => {
    const imd = '# T\n\nThe properties of the KMS key do not change.\n\n![\\[Image NOT FOUND\\]](http://example.com/key-rotation.png)\n\nMore.\n';
    const r = compare({ label: 't', text: 'T\n\nThe properties of the KMS key do not change.\n\nMore.\n', format: 'text' }, { label: 'm', text: imd, format: 'markdown' });
    expect(hasChanges(r)).toBe(false);
    expect(r.fallbacks).toContain('t: text: 1 image(s) of the other version kept as they are (a text rendering cannot show images)');
  });

  it('a note box the text shows without its label (drawn as an icon) takes the other version\'s label; a label the text shows is not doubled', () => {
    // cert-manager/ca (MDX `<div className="warning">`): innerText has no "Warning" line
    const bmd = '# CA\n\n<div className="warning">\nCA issuers are for demos.\n</div>\n\nMore text here.\n';
    const bare = compare({ label: 't', text: 'CA\n\nCA issuers are for demos.\n\nMore text here.\n', format: 'text' }, { label: 'm', text: bmd, format: 'markdown' });
    expect(hasChanges(bare)).toBe(false);
    expect(bare.fallbacks.some((f) => /1 note box\(es\) without their label/.test(f))).toBe(true);
    const shown = compare({ label: 't', text: 'CA\n\nWarning\nCA issuers are for demos.\n\nMore text here.\n', format: 'text' }, { label: 'm', text: bmd, format: 'markdown' });
    expect(hasChanges(shown)).toBe(false);
    // the words changed: no label put back, the change stays
    const changed = compare({ label: 't', text: 'CA\n\nCA issuers are for production.\n\nMore text here.\n', format: 'text' }, { label: 'm', text: bmd, format: 'markdown' });
    expect(hasChanges(changed)).toBe(true);
  });

  it('the title is the line standing on its own, not the breadcrumb or sidebar item with the same words (w3m keeps their markers)', () => {
    // MDN-like page through w3m: breadcrumb item, a search field, then the h1 with links under it
    const w3m = [' 1. Web', ' 2. Data protection', '', 'Filter sidebar[          ]', '', 'Data protection', '', '  • Overview', '  • Compatibility table', '  • Browser notes', '', 'The shared responsibility model applies to data protection.', '', 'Encryption at rest', '', 'Data is encrypted at rest.', ''].join('\n');
    const pmd = '# Data protection\n\nThe shared responsibility model applies to data protection.\n\n## Encryption at rest\n\nData is encrypted at rest.\n';
    const out = guidedMd(w3m, pmd);
    expect(out.startsWith('# Data protection\n')).toBe(true);
    expect(out).not.toContain('Filter sidebar');
  });

  it('guided: a short line set apart right under a heading, no heading of the other version, is a paragraph (the source wrapped its heading)', () => {
    // kms/data-protection (2023): `### Protecting key material generated outside of` over a paragraph `AWS KMS`
    const text = 'Data protection\n\nIntro text here.\n\nProtecting key material generated outside of\n\nAWS KMS\n\nAWS KMS provides alternatives.\n';
    const next = '# Data protection\n\nIntro text here.\n\n## Protecting key material generated outside of AWS KMS\n\nAWS KMS provides alternatives.\n';
    expect(guidedMd(text, next)).toContain('## Protecting key material generated outside of\n\nAWS KMS\n\nAWS KMS provides');
  });

  it('an empty "In this article" over the title, with a badge between the title and its text, leaves the title to the page', () => {
    // MDN-like innerText of a page without sections: the sidebar lists the title too
    const inner = ['Web security', 'Lambda quotas', 'Same-origin policy', 'In this article', 'Lambda quotas', 'Baseline Widely available', '', 'Lambda sets quotas for the resources that you can use.', ''].join('\n');
    const qmd = '# Lambda quotas\n\nLambda sets quotas for the resources that you can use.\n';
    expect(guidedMd(inner, qmd)).toBe(qmd);
  });

  it('the front matter\'s description, shown under the title by the layout (Docsy\'s lead), is no content of the text', () => {
    const dmd = '---\ntitle: CA\ndescription: "cert-manager configuration: CA Issuers"\n---\n\nCA issuers are for demos.\n';
    const inner = 'Docs\nCA\ncert-manager configuration: CA Issuers\nCA issuers are for demos.\n';
    expect(guidedMd(inner, dmd)).toBe('# CA\n\nCA issuers are for demos.\n');
  });

  it('a title over a lower-case tagline set apart by a blank line is still the title (Docsy lead under the h1)', () => {
    const page = '  • Documentation\n  • GitHub\n\nCA\n\ncert-manager configuration: CA Issuers\nCA issuers are generally for demos or for advanced users with tooling.\n';
    expect(txt(page).startsWith('# CA\n')).toBe(true);
  });

  it('a cookie banner naming its site is chrome, not the first running text (the title above the content is found)', () => {
    const page = 'docs.example.com uses cookies from Example to deliver and enhance the quality of its services and to analyze traffic. Learn more.OK, got it\n\n  • Overview\n  • Pricing\n\nLambda quotas\n\nLambda sets quotas for the resources that you can use.\n';
    expect(txt(page)).toBe('# Lambda quotas\n\nLambda sets quotas for the resources that you can use.\n');
  });
});
