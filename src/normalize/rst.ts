// reStructuredText -> HTML with docutils, the reference implementation (Sphinx builds on it), run
// as a Python subprocess, then the HTML path. Measured on the 122 PEP versions of corpus/other:
// about 0.15 s a page on a quiet machine with Debian's python3-docutils (`/usr/bin/python3`
// starts in 0.1 s); the npm parsers either threw on 7 of them (rst-compiler: unresolved PEP
// references) or gave only a syntax tree (restructured), so neither was used. PEP pages (an
// RFC 2822 header) use docutils' PEP reader and get the title line peps.python.org shows. File
// inclusion and raw HTML stay off. Common Sphinx roles and directives render as Sphinx shows them.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { UserError } from '../types.js';

/** The converter: reST on stdin, the HTML body on stdout. */
const SCRIPT = String.raw`
import io, re, sys
sys.modules['PIL'] = None  # the image directive asks Pillow for sizes: 0.1 s of import for nothing we read
from docutils import nodes
from docutils.core import publish_parts
from docutils.parsers.rst import directives, roles, Directive
from docutils.parsers.rst.directives.body import CodeBlock

def text_role(name, rawtext, text, lineno, inliner, options={}, content=[]):
    m = re.match(r'^(.*?)\s*<[^<>]*>$', text, re.S)
    shown = (m.group(1) if m and m.group(1) else text).lstrip('~!')
    return [nodes.inline(rawtext, shown)], []

def code_role(name, rawtext, text, lineno, inliner, options={}, content=[]):
    m = re.match(r'^(.*?)\s*<[^<>]*>$', text, re.S)
    shown = (m.group(1) if m and m.group(1) else text).lstrip('~!')
    if shown.startswith('.'): shown = shown[1:]
    return [nodes.literal(rawtext, shown)], []

for r in ('ref', 'doc', 'term', 'guilabel', 'menuselection', 'abbr', 'download', 'numref', 'envvar', 'token', 'keyword'):
    roles.register_local_role(r, text_role)
for r in ('func', 'meth', 'class', 'attr', 'mod', 'data', 'const', 'exc', 'obj', 'program', 'option', 'file', 'samp', 'command', 'kbd', 'makevar', 'mailheader', 'mimetype', 'regexp', 'dfn'):
    roles.register_local_role(r, code_role)
    for d in ('py', 'c', 'cpp', 'js', 'std'):
        roles.register_local_role(d + ':' + r, code_role)

class Versioned(Directive):
    required_arguments = 1
    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    words = {'versionadded': 'Added in version', 'versionchanged': 'Changed in version', 'deprecated': 'Deprecated since version', 'versionremoved': 'Removed in version'}
    def run(self):
        p = nodes.paragraph()
        p += nodes.emphasis(text='%s %s' % (self.words[self.name], self.arguments[0]))
        text = self.arguments[1] if len(self.arguments) > 1 else ''
        if text or self.content:
            p += nodes.Text(': ')
        out = [p]
        if text:
            p += nodes.Text(text)
        if self.content:
            box = nodes.container()
            self.state.nested_parse(self.content, self.content_offset, box)
            out += box.children
        return out

class Dropped(Directive):
    optional_arguments = 10
    final_argument_whitespace = True
    has_content = True
    option_spec = None
    def run(self):
        return []

class Contents(Directive):
    optional_arguments = 10
    final_argument_whitespace = True
    has_content = True
    def run(self):
        box = nodes.container()
        self.state.nested_parse(self.content, self.content_offset, box)
        return box.children

class SeeAlso(Directive):
    has_content = True
    def run(self):
        box = nodes.admonition(classes=['seealso'])
        box += nodes.title(text='See also')
        self.state.nested_parse(self.content, self.content_offset, box)
        return [box]

for d in ('versionadded', 'versionchanged', 'deprecated', 'versionremoved'):
    directives.register_directive(d, Versioned)
for d in ('toctree', 'index', 'highlight', 'literalinclude', 'autosummary', 'automodule', 'autoclass', 'autofunction', 'tabularcolumns', 'sectionauthor', 'codeauthor', 'moduleauthor', 'currentmodule', 'module', 'default-role', 'testsetup', 'testcleanup'):
    directives.register_directive(d, Dropped)
for d in ('only', 'hlist', 'centered', 'glossary', 'tab', 'tabs', 'group-tab', 'code-tab'):
    directives.register_directive(d, Contents)
directives.register_directive('seealso', SeeAlso)
directives.register_directive('code-block', CodeBlock)
directives.register_directive('sourcecode', CodeBlock)

src = sys.stdin.read()
pep = re.match(r'PEP:[ \t]*\d', src) is not None
settings = {
    'report_level': 5, 'halt_level': 5, 'warning_stream': io.StringIO(), 'traceback': True,
    'file_insertion_enabled': False, 'raw_enabled': False, '_disable_config': True,
    'input_encoding': 'unicode', 'syntax_highlight': 'none', 'embed_stylesheet': False,
    'toc_backlinks': 'none', 'sectsubtitle_xform': False, 'pep_references': False, 'rfc_references': False,
}
parts = publish_parts(src, reader_name='pep' if pep else 'standalone', writer_name='html5', settings_overrides=settings)
sys.stdout.write(parts['html_body'])
`;

/** Python interpreters to try, fastest start first (Debian's starts in 0.1 s; a pyenv shim takes 0.4 s more). */
const PYTHONS = ['/usr/bin/python3', 'python3'];
let python: string | null = null;

function findPython(): string {
  if (python) return python;
  for (const p of PYTHONS) {
    if (p.startsWith('/') && !existsSync(p)) continue;
    const r = spawnSync(p, ['-c', 'import docutils'], { stdio: 'ignore' });
    if (r.status === 0) return (python = p);
  }
  throw new UserError('reading reStructuredText needs Python 3 with docutils (Debian: apt-get install python3-docutils)');
}

/** `PEP: 387` and `Title: ...` of a PEP's header: the title line peps.python.org shows. */
function pepTitle(src: string): string | null {
  const header = src.slice(0, src.search(/\n[ \t]*\n|$/));
  const num = /^PEP:[ \t]*(\d+)/m.exec(header);
  const title = /^Title:[ \t]*(.*(?:\n[ \t]+.*)*)/m.exec(header);
  return num && title ? `PEP ${Number(num[1])} – ${title[1].replace(/\s+/g, ' ').trim()}` : null;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML body docutils gives a reST page (its title as `<h1>`; a PEP's header as a field list, without the inline table of contents). */
export function rstToHtml(src: string, label: string): string {
  const r = spawnSync(findPython(), ['-c', SCRIPT], { input: src, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000 });
  if (r.status !== 0) {
    const why = (r.stderr || r.error?.message || '').trim().split('\n').pop() ?? 'failed';
    throw new UserError(`${label}: cannot read reStructuredText (docutils: ${why.slice(0, 200)})`);
  }
  // docutils' HTML5 writer marks inline literals as spans; Sphinx (and so the rendered site) writes <code>
  const body = r.stdout.replace(/<span class="docutils literal">([^<]*)<\/span>/g, '<code>$1</code>');
  const title = pepTitle(src);
  if (title === null) return body;
  return `<h1>${escapeHtml(title)}</h1>\n${body.replace(/<nav class="contents"[\s\S]*?<\/nav>/, '')}`;
}
