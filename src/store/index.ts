// The snapshot store: the public face of src/store. Everything else imports from here.

export type { Store, VersionInfo, StoredVersion, PageMeta, NewVersion } from './store.js';
export { REVIEWS_FILE } from './store.js';
export { initStore, openStore, isStore, requireStore, type GitStore } from './git.js';
export { resolveStoreRef, storeDiffPair, pickVersion, type ResolvedVersion } from './resolve.js';
export { parseStoreRef, looksLikeStore, DEFAULT_STORE, type StoreRefArg } from './ref.js';
export { trackPages, parseShard, shardOf, DEFAULT_POLITENESS, type Shard, type TrackEvent, type TrackOptions, type TrackResult, type PageOutcome } from './track.js';
export { importFile, importHistory, historyFiles, renormalizeStore, addSource, removeSource, parseVersionDate, type ImportOptions, type HistoryFile } from './ops.js';
export { pageLog, pageRows, logLine, type LogEntry, type PageRow } from './history.js';
export { readSources, appendEntry, checkEntry, findSourcesFile, type SourceEntry } from './sources.js';
export { fetchPage, FetchError, USER_AGENT, type FetchOptions, type FetchResult } from './fetcher.js';
export { redactUrl, redactText } from './redact.js';
export { CURRENT_NORMALIZER, versionDoc, versionLabel, type Normalizer } from './record.js';
