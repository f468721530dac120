// The built-in rule packs in the order they run (structure first, facts next, the editorial
// fallback last), and the default rule set. Only the list lives here; each pack is in its module.

import { editorialPack, defaultsPack, negationPack, numbersPack, obligationPack, statementsPack, structurePack, versionsPack, type RulePack, type RuleSet } from './rules.js';
import { tablesPack } from './tables.js';
import { dataPack } from './data.js';
import { lifecyclePack } from './lifecycle-pack.js';
import { COMPILED_BUILTIN_TOPICS } from './topics.js';
import { VERSION_FAMILIES } from './versions.js';

export const BUILTIN_PACKS: RulePack[] = [structurePack, dataPack, versionsPack, negationPack, obligationPack, lifecyclePack, tablesPack, numbersPack, defaultsPack, statementsPack, editorialPack];

export const DEFAULT_RULES: RuleSet = {
  packs: BUILTIN_PACKS,
  topics: COMPILED_BUILTIN_TOPICS,
  families: VERSION_FAMILIES,
  patterns: [],
  silences: [],
};
