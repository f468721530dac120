// The page templates of the cross-format suite. Held-out templates were written after the
// extractor was tuned on the others and are never tuned on: they measure how extraction does on
// a site it has not seen.

import type { Template } from './common.js';
import { aws } from './aws.js';
import { mslearn } from './mslearn.js';
import { github } from './github.js';
import { sphinxRtd } from './sphinx-rtd.js';
import { docusaurus } from './docusaurus.js';
import { mkdocsMaterial } from './mkdocs-material.js';
import { docsy } from './docsy.js';
import { mdn } from './mdn.js';
import { gcloud } from './gcloud.js';
import { vitepress } from './vitepress.js';
import { furo } from './furo.js';
import { starlight } from './starlight.js';
import { gitbook } from './gitbook.js';
import { mintlify } from './mintlify.js';
import { nextra } from './nextra.js';
import { antora } from './antora.js';
import { justTheDocs } from './just-the-docs.js';
import { hugoBook } from './hugo-book.js';
import { sphinxBook } from './sphinx-book.js';
import { hextra } from './hextra.js';
import { mkdocsRtd } from './mkdocs-rtd.js';

export type { Template, PageContext } from './common.js';

/**
 * Tuned-on templates first, then the held-out ones, never tuned on: Antora (written before the
 * last round of structure-first tuning, on Nextra), Just the Docs (written after it), then Hugo
 * Book and sphinx-book-theme (written after the innerText/w3m rounds that brought Just the Docs
 * and Starlight to one failing case), then Hextra and MkDocs' built-in readthedocs theme (written after
 * those two were measured, while the extractor was being tuned on other templates). MDN, Google Cloud, Starlight, GitBook, Mintlify and Nextra
 * were held out once, measured, then tuned on for extraction without profiles.
 */
export const TEMPLATES: Template[] = [aws, mslearn, github, sphinxRtd, docusaurus, mkdocsMaterial, docsy, mdn, gcloud, vitepress, furo, starlight, gitbook, mintlify, nextra, antora, justTheDocs, hugoBook, sphinxBook, hextra, mkdocsRtd];
