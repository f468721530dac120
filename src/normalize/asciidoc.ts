// AsciiDoc -> HTML with Asciidoctor.js (the reference processor, compiled from the Ruby original;
// loaded on first use: Markdown and text pages never pay for it), then the HTML path, which reads
// Asciidoctor's markup as it reads a rendered AsciiDoc site. Includes and other file and network
// access stay off (safe mode `secure`); undefined attributes (`{project_name}`) stay as written.

import { createRequire } from 'node:module';

interface AdProcessor {
  convert(src: string, opts: object): string;
}

let processor: AdProcessor | null = null;

/** The HTML body Asciidoctor gives an AsciiDoc page (with its document title as `<h1>` when it has one). */
export function asciidocToHtml(src: string): string {
  processor ??= (createRequire(import.meta.url)('@asciidoctor/core') as () => AdProcessor)();
  return processor.convert(src, {
    safe: 'secure',
    standalone: false,
    attributes: { showtitle: '', 'attribute-missing': 'skip' },
  });
}
