// Page ids: the one name a tracked page has in the store, its sources entry and its folder.
// Validated here and nowhere else, so no id can step outside `pages/` or reach git as an option.

import { UserError } from '../types.js';

const PAGE_ID = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)?$/;

export function isPageId(id: string): boolean {
  return id.length <= 200 && PAGE_ID.test(id) && !id.includes('..');
}

export function checkPageId(id: string): string {
  if (!isPageId(id)) {
    throw new UserError(
      `invalid page id "${id}": use lowercase letters, digits, ".", "_" and "-", with at most one "/" (e.g. devops-guru/data-protection)`,
    );
  }
  return id;
}

/** The page's folder inside the store, as a git path (forward slashes). */
export function pageDir(id: string): string {
  return `pages/${checkPageId(id)}`;
}
