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

export type { Template, PageContext } from './common.js';

export const TEMPLATES: Template[] = [aws, mslearn, github, sphinxRtd, docusaurus, mkdocsMaterial, docsy];
