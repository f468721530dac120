// Small page trees for the batch tests, written into a fresh temp folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type Tree = Record<string, string | Buffer>;

export function writeTree(root: string, files: Tree): string {
  for (const [rel, body] of Object.entries(files)) {
    const f = join(root, rel);
    mkdirSync(dirname(f), { recursive: true });
    writeFileSync(f, body);
  }
  return root;
}

/** A temp folder with `old/` and `new/` built from the two trees. */
export function makeTrees(oldFiles: Tree, newFiles: Tree): { root: string; oldDir: string; newDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'redline-batch-'));
  mkdirSync(join(root, 'old'));
  mkdirSync(join(root, 'new'));
  return { root, oldDir: writeTree(join(root, 'old'), oldFiles), newDir: writeTree(join(root, 'new'), newFiles) };
}

const KEYS = `# Key rotation

Keys protect the data stored in the service. Every key has an owner and an alias.

## Rotation

The service rotates each key every year. You can also rotate a key yourself at any time.

## Deletion

A deleted key cannot be recovered. Schedule deletion with a waiting period of 7 to 30 days.
`;

const POLICY = `# Access policies

A policy lists the actions a principal may perform on a resource.

## Managed keys

Managed keys are rotated by the service. The service rotates each key every year.

## Limits

Each account can attach up to 10 policies to a role.
`;

const SIGNIN = `# Signing in with a security key

Users can sign in with a U2F security key as a second factor. The key is plugged into a USB port of the computer.

## Supported browsers

Chrome, Firefox and Opera support U2F security keys for the console. Safari supports them from version 13.

## Troubleshooting

If the key does not respond, unplug it and plug it back in. Make sure the browser has not blocked the pop-up window that asks for the key.

## Limits

You can register up to eight MFA devices of any combination of the currently supported MFA types with your root user and IAM user.
`;

const STYLE_OLD = '# Tags\r\n\r\nTags label resources.\r\n\r\n* Keys are case sensitive.\r\n* Values can be empty.\r\n';
const STYLE_NEW = '# Tags\n\nTags label resources.\n\n- Keys are case sensitive.\n- Values can be empty.\n';

/** The tree pair of the batch tests: one page for each status, and one change on two pages. */
export function sampleTrees(): { old: Tree; new: Tree } {
  return {
    old: {
      'same.md': '# Same\n\nThis page does not change.\n',
      'style.md': STYLE_OLD,
      'guide/keys.md': KEYS,
      'guide/policy.md': POLICY,
      'mfa-u2f.md': SIGNIN,
      'retired.md': '# Retired feature\n\nThis feature is no longer offered.\n',
      'notes.json': '{"not": "a page"}',
      '.git/HEAD.md': '# hidden\n',
    },
    new: {
      'same.md': '# Same\n\nThis page does not change.\n',
      'style.md': STYLE_NEW,
      'guide/keys.md': KEYS.replace('every year', 'every month').replace('7 to 30 days', '7 to 30 days'),
      'guide/policy.md': POLICY.replace('every year', 'every month').replace('up to 10 policies', 'up to 20 policies'),
      'mfa-fido.md': SIGNIN.replace(/U2F/g, 'FIDO').replace('Safari supports them from version 13.', 'Safari supports them from version 14.'),
      'launch.txt': 'Launch notes\n\nThe new console is available in all Regions.\n',
      'notes.json': '{"not": "a page either"}',
    },
  };
}
