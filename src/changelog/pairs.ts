// What the changelog's two threads share: the job a worker gets and the document with its model.

import type { NormalizeResult } from '../normalize/index.js';
import { readMarkdown } from '../normalize/markdown.js';

/** A pair sent to the worker: the two versions as the store reads them (their models are read there). */
export interface PairJob {
  id: number;
  old: NormalizeResult;
  new: NormalizeResult;
}

/**
 * The document with its model: a version is compared twice (with the one before and the one
 * after it), and the sections stage would otherwise parse its canonical Markdown each time
 * (buildSections of the text and sectionsOfModel of readMarkdown(text) are the same tree).
 */
export function withModel(doc: NormalizeResult): NormalizeResult {
  return doc.model ? doc : { ...doc, model: readMarkdown(doc.markdown) };
}

