// What `--help` says beyond the options: examples and exit codes for every command, kept here as
// data so each command's help has both, and one way of showing defaults (commander's own
// "(default: ...)" is dropped when the description already names the default, and for empty lists).

import type { Command, Help, Option } from 'commander';

export interface CommandHelp {
  examples: string[];
  /** exit codes other than the common ones (0 done, 2 trouble, 130 interrupted) */
  exit: [number, string][];
}

const DONE: [number, string] = [0, 'done'];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  diff: {
    examples: [
      'redline diff old.md new.html',
      'redline diff guide-2023/ guide-2024/ --min-severity medium',
      'redline diff https://example.com/v1/page.html https://example.com/v2/page.html',
      'redline diff old.md new.md -f html -o report.html         # a page to share',
      'redline diff kms/rotate-keys@2023-05-01 kms/rotate-keys   # a store page then and now',
      'redline diff old.md new.md --fail-on never                # exit 0 whenever it worked',
    ],
    exit: [
      [0, 'no changes (formatting only counts as none), or none at the --fail-on level, or --fail-on never'],
      [1, 'changes found (with --fail-on LEVEL: a change at or above LEVEL)'],
      [2, 'trouble: a missing, unreadable or binary input, an error page, bad arguments, or folder pages that could not be compared (the report is still printed)'],
    ],
  },
  normalize: {
    examples: ['redline normalize page.html --select main', 'curl -s https://example.com/page.html | redline normalize - --input-format html'],
    exit: [[0, 'printed']],
  },
  review: {
    examples: ['redline review                      # the store\'s unreviewed changes', 'redline review old.md new.md', 'redline review kms/rotate-keys', 'redline review guide-2023/ guide-2024/'],
    exit: [[0, 'quit (without a terminal: the text report, exit codes as for diff)']],
  },
  init: { examples: ['redline init', 'redline init ~/docs-watch/snapshots'], exit: [DONE] },
  add: {
    examples: ['redline add kms/rotate-keys https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html', 'redline add acme/api https://docs.acme.example/api --select main'],
    exit: [DONE, [3, '--push failed (the page was added)']],
  },
  track: {
    examples: ['redline track', 'redline track kms/rotate-keys --push'],
    exit: [[0, 'every page fetched (recorded or unchanged)'], [3, 'some pages failed or were refused as error pages (the others were recorded), or --push failed']],
  },
  import: {
    examples: ['redline import devops-guru/data-protection old.md --date 2021-04-16'],
    exit: [DONE, [3, 'the file was refused as an error page, or --push failed']],
  },
  log: { examples: ['redline log devops-guru/data-protection'], exit: [DONE] },
  pages: { examples: ['redline pages', 'redline pages --store ~/docs-watch/snapshots'], exit: [DONE] },
  renormalize: { examples: ['redline renormalize'], exit: [DONE] },
  remove: { examples: ['redline remove kms/rotate-keys'], exit: [DONE] },
  changelog: {
    examples: ['redline changelog -o CHANGELOG.md', 'redline changelog --since 2024-01-01 --format atom -o feed.xml'],
    exit: [[0, 'written (whether or not anything changed)']],
  },
  completion: {
    examples: ['redline completion bash > ~/.local/share/bash-completion/completions/redline', 'redline completion zsh > "${fpath[1]}/_redline"', 'redline completion fish > ~/.config/fish/completions/redline.fish'],
    exit: [[0, 'printed']],
  },
};

const COMMON: [number, string][] = [
  [2, 'trouble (one line on standard error)'],
  [130, 'interrupted (Ctrl-C)'],
];

/** Words of `text` in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  return [...lines, line];
}

function exitLines(codes: [number, string][]): string[] {
  const all = [...codes, ...COMMON.filter(([n]) => !codes.some(([m]) => m === n))].sort((a, b) => a[0] - b[0]);
  return all.flatMap(([n, what]) => wrap(what, 72).map((l, i) => `  ${i ? '    ' : String(n).padEnd(4)}${l}`));
}

export function helpText(h: CommandHelp): string {
  return ['', 'Examples:', ...h.examples.map((e) => `  ${e}`), '', 'Exit status:', ...exitLines(h.exit)].join('\n');
}

const PROGRAM_HELP: CommandHelp = {
  examples: ['redline diff snapshots/devops-guru.2021.awsdocs.md snapshots/devops-guru.2024.rendered.txt', 'redline diff --help'],
  exit: [
    [0, 'done; diff: no changes'],
    [1, 'diff: changes found'],
    [3, 'track/import: some pages failed (the others were recorded)'],
  ],
};

/** Drop commander's "(default: ...)" where the description already says it, or for an empty list. */
function optionDescription(this: void, helper: Help, option: Option): string {
  const base = Object.getPrototypeOf(helper).optionDescription as (o: Option) => string;
  const own = /\(default[ :]/.test(option.description);
  const empty = Array.isArray(option.defaultValue) && option.defaultValue.length === 0;
  // the same option without a default value: commander then adds nothing about it
  return base.call(helper, own || empty ? Object.assign(Object.create(option) as Option, { defaultValue: undefined }) : option);
}

/** Help settings for the program and every command registered after this call. */
export function configureHelp(program: Command): void {
  program.configureHelp({
    optionDescription(option) {
      return optionDescription(this as unknown as Help, option);
    },
  });
}

/** Examples and exit codes, after the options, on the program and each command that has them. */
export function addExamples(program: Command): void {
  program.addHelpText('after', helpText(PROGRAM_HELP));
  for (const c of program.commands) {
    const h = COMMAND_HELP[c.name()];
    if (h) c.addHelpText('after', helpText(h));
  }
}
