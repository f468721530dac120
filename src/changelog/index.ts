// The changelog: a store's history over a window of time as plain data (build.ts), with the
// changes several pages share found once (shared.ts). Renderers live in src/present/changelog.ts.

export type { ChangeKind, Changelog, ChangelogChange, ChangelogDay, ChangelogEntry, ChangelogPage, SectionRef, SharedChange, SharedMember } from './types.js';
export { buildChangelog, byChangelogOrder, entryFromReport, parseBound, parseWindow, toDays, type BuildOptions } from './build.js';
export { changedSentences, groupSharedChanges } from './shared.js';
export { maskedWords, productNames, SIMILAR } from '../group/index.js';
