// Pushing a store to a remote that others push to as well (sharded `track`: N processes, one
// remote). A push rejected because the remote moved on fetches the remote branch and replays the
// local commits on top of it, path by path (a version only touches its page's folder, so shards
// never conflict), keeping each commit's message, author and dates and pointing `Redline-Base`
// trailers at the replayed commits; then pushes again, a bounded number of times. No merge
// commits, no rebase state left behind if it is interrupted: the branch moves once, at the end.

import { UserError } from '../types.js';
import { GitFailure, type Git } from './gitproc.js';
import type { Edit, GitObjects, TreeEntry } from './objects.js';
import { pushAll } from '../util/arrays.js';

/** Push attempts before giving up (each after replaying onto what others pushed). */
export const MAX_PUSHES = 8;
const OID = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function checked(oid: string): string {
  if (!OID.test(oid)) throw new GitFailure(['rev-parse'], null, `unexpected object id ${JSON.stringify(oid)}`);
  return oid;
}

/** A push the remote refused because its branch moved on (someone else pushed first). */
export function rejectedAsStale(e: unknown): boolean {
  if (!(e instanceof GitFailure)) return false;
  const text = `${e.stdout}\n${e.stderr}`;
  return /\[rejected\]|non-fast-forward|fetch first|\[remote rejected\].*(cannot lock|failed to update|incorrect old value)/.test(text);
}

/**
 * File-level edits that turn tree `a` into tree `b` (null: empty). A folder only one side has is
 * walked file by file where it was added (so that replaying "add pages/x/..." onto a tree with
 * other pages keeps them) and deleted whole where it was removed.
 */
async function treeDiff(objects: GitObjects, a: string | null, b: string | null, prefix = ''): Promise<Edit[]> {
  if (a === b) return [];
  const [ea, eb] = await Promise.all([a ? objects.tree(a) : [], b ? objects.tree(b) : []]);
  const byName = (es: TreeEntry[]) => new Map(es.map((e) => [e.name, e]));
  const ma = byName(ea);
  const mb = byName(eb);
  const edits: Edit[] = [];
  for (const name of new Set([...ma.keys(), ...mb.keys()])) {
    const x = ma.get(name);
    const y = mb.get(name);
    if (x && y && x.oid === y.oid && x.mode === y.mode) continue;
    if (y?.type === 'tree' && (!x || x.type === 'tree')) pushAll(edits, await treeDiff(objects, x?.oid ?? null, y.oid, `${prefix}${name}/`));
    else edits.push({ path: `${prefix}${name}`, entry: y ? { mode: y.mode, oid: y.oid } : null });
  }
  return edits;
}

/**
 * Replay the commits reachable from `head` and not from `upstream` on top of `upstream`; returns
 * the new tip (objects only: the caller moves the branch).
 */
export async function replay(git: Git, objects: GitObjects, head: string, upstream: string): Promise<{ tip: string; count: number }> {
  const revs = (await git.raw(['rev-list', '--reverse', '--topo-order', checked(head), `^${checked(upstream)}`])).split('\n').filter(Boolean);
  let tip = upstream;
  const moved = new Map<string, string>();
  for (const rev of revs) {
    const c = await objects.commit(checked(rev));
    if (c.parents.length !== 1) throw new UserError(`cannot replay merge commit ${rev.slice(0, 10)} onto the remote: push the store by hand`);
    const edits = await treeDiff(objects, (await objects.commit(c.parents[0])).tree, c.tree);
    const base = (await objects.commit(tip)).tree;
    const tree = (await objects.editTree(base, edits)) ?? base;
    const message = c.message.replace(/^Redline-Base: ([0-9a-f]{40,64})$/m, (m, old: string) => (moved.has(old) ? `Redline-Base: ${moved.get(old)}` : m));
    tip = await objects.writeCommit({ ...c, tree, parents: [tip], message });
    moved.set(rev, tip);
  }
  return { tip, count: revs.length };
}

/** The remote and branch HEAD pushes to: the branch's upstream, else `origin`, else the only remote. */
async function target(git: Git, shownDir: string): Promise<{ remote: string; branch: string }> {
  const branch = (await git.raw(['symbolic-ref', '--short', 'HEAD'])).trim();
  const remotes = (await git.raw(['remote'])).split('\n').map((s) => s.trim()).filter(Boolean);
  let remote: string | null = null;
  try {
    remote = (await git.raw(['config', '--get', `branch.${branch}.remote`])).trim() || null;
  } catch {
    remote = null;
  }
  if (!remote) remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : null;
  if (!remote) {
    throw new UserError(
      remotes.length ? `store ${shownDir} has several git remotes and none is set for ${branch}: git -C ${shownDir} branch -u REMOTE/${branch}` : `store ${shownDir} has no git remote to push to: git -C ${shownDir} remote add origin URL`,
    );
  }
  return { remote, branch };
}

/**
 * Push HEAD's branch; when the remote moved on, fetch it, replay onto it, move the branch (index
 * and work tree follow, with `reset --keep`) and push again. `moved(tip)` is told each new HEAD.
 */
export async function pushWithReplay(git: Git, objects: GitObjects, head: string, shownDir: string, moved: (tip: string) => void): Promise<string> {
  const { remote, branch } = await target(git, shownDir);
  let replays = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      await git.raw(['push', '--quiet', '--porcelain', '--set-upstream', remote, `HEAD:refs/heads/${branch}`]);
      return `pushed ${branch} to ${remote}${replays ? ` (replayed onto newer commits there ${replays} time${replays === 1 ? '' : 's'})` : ''}`;
    } catch (e) {
      if (!rejectedAsStale(e)) throw e;
      if (attempt >= MAX_PUSHES) throw new UserError(`store ${shownDir}: push to ${remote} rejected ${attempt} times (others keep pushing); run again`);
    }
    await git.raw(['fetch', '--quiet', remote, `refs/heads/${branch}`]);
    // long-lived git processes may keep the list of packs they started with (mktree did, and
    // refused entries whose objects it could not see): start new ones, which see the fetch
    objects.close();
    const upstream = (await objects.read('FETCH_HEAD'))?.oid;
    if (!upstream) throw new UserError(`store ${shownDir}: cannot read ${remote}/${branch} after fetching it`);
    const { tip } = await replay(git, objects, head, upstream);
    // moves the branch, and brings the index and work tree from our commits to the replayed ones
    // (pages the others recorded appear); refuses if local edits would be overwritten
    await git.raw(['reset', '-q', '--keep', checked(tip)]);
    head = tip;
    moved(tip);
    replays++;
    // the pushes that raced us are likely racing again: spread the retries out
    await new Promise((r) => setTimeout(r, Math.random() * 200 * attempt));
  }
}
