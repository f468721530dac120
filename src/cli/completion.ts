// `redline completion bash|zsh|fish`: a completion script for the shell, generated from the
// commands and options the program really has (so it never drifts from them): command names,
// each command's options, the values of options that take one of a few words, and file names
// for everything else. Prints the script only; installing it is the user's (see --help).

import type { Command, Option } from 'commander';
import { UserError } from '../types.js';
import { SEVERITIES } from '../types.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** Values of options whose parser (not commander's choices) knows them. */
const VALUES: Record<string, readonly string[]> = {
  '--min-severity': SEVERITIES,
  '--fail-on': [...SEVERITIES, 'never'],
  '--color': ['auto', 'always', 'never'],
  '--old-format': ['html', 'markdown', 'text'],
  '--new-format': ['html', 'markdown', 'text'],
  '--input-format': ['html', 'markdown', 'text'],
};

interface Opt {
  long: string;
  short: string | null;
  description: string;
  /** takes a value */
  value: boolean;
  /** the words it takes, when known */
  choices: readonly string[] | null;
}

interface Cmd {
  name: string;
  description: string;
  options: Opt[];
}

function opt(o: Option): Opt {
  const long = o.long ?? '';
  return { long, short: o.short ?? null, description: o.description, value: o.required || o.optional, choices: o.argChoices ?? VALUES[long] ?? null };
}

function model(program: Command): Cmd[] {
  return program.commands
    .filter((c) => !(c as unknown as { _hidden?: boolean })._hidden)
    .map((c) => ({
      name: c.name(),
      description: c.description().split('\n')[0],
      options: [...c.options.filter((o) => !o.hidden).map(opt), { long: '--help', short: '-h', description: 'show help', value: false, choices: null }],
    }));
}

function bash(cmds: Cmd[]): string {
  const names = cmds.map((c) => c.name).join(' ');
  const values = cmds.flatMap((c) =>
    c.options.filter((o) => o.choices).map((o) => `    ${[o.long, o.short].filter(Boolean).map((f) => `"${c.name} ${f}"`).join('|')}) COMPREPLY=( $(compgen -W "${o.choices!.join(' ')}" -- "$cur") ); return ;;`),
  );
  const flags = cmds.map((c) => `    ${c.name}) COMPREPLY=( $(compgen -W "${c.options.flatMap((o) => [o.long, o.short].filter(Boolean)).join(' ')}" -- "$cur") ) ;;`);
  return `# redline completion for bash. Load it with: source <(redline completion bash)
# or save it as ~/.local/share/bash-completion/completions/redline
_redline() {
  local cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in -*) ;; *) cmd="\${COMP_WORDS[i]}"; break ;; esac
  done
  COMPREPLY=()
  if [[ -z "$cmd" ]]; then
    COMPREPLY=( $(compgen -W "${names} --help --version" -- "$cur") )
    return
  fi
  case "$cmd $prev" in
${values.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${flags.join('\n')}
    esac
  fi
  # anything else: file names (complete -o default)
}
complete -o default -F _redline redline
`;
}

const zq = (s: string) => s.replace(/'/g, `'\\''`);
const zdesc = (s: string) => zq(s.replace(/\[/g, '(').replace(/\]/g, ')').replace(/:/g, '\\:'));

function zsh(cmds: Cmd[]): string {
  const list = cmds.map((c) => `    '${zq(c.name)}:${zq(c.description.replace(/:/g, '\\:'))}'`);
  const cases = cmds.map((c) => {
    const specs = c.options.flatMap((o) =>
      [o.long, o.short].filter(Boolean).map((f) => {
        const action = !o.value ? '' : o.choices ? `:value:(${o.choices.join(' ')})` : ':value:_files';
        return `        '${f}[${zdesc(o.description)}]${action}'`;
      }),
    );
    return `    ${c.name})\n      _arguments -s \\\n${specs.join(' \\\n')} \\\n        '*:file:_files'\n      ;;`;
  });
  return `#compdef redline
# redline completion for zsh. Save it as _redline in a folder of your $fpath, e.g.
#   redline completion zsh > "\${fpath[1]}/_redline"
# or load it in a shell that ran compinit: source <(redline completion zsh)
_redline() {
  local -a commands
  commands=(
${list.join('\n')}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands 'redline command' commands
    return
  fi
  shift words
  (( CURRENT-- ))
  case $words[1] in
${cases.join('\n')}
  esac
}
if [[ "\${zsh_eval_context[-1]}" == loadautofunc ]]; then
  _redline "$@"
else
  compdef _redline redline
fi
`;
}

const fq = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(cmds: Cmd[]): string {
  const lines = cmds.map((c) => `complete -c redline -n __fish_use_subcommand -f -a ${c.name} -d ${fq(c.description)}`);
  for (const c of cmds) {
    for (const o of c.options) {
      const parts = [`complete -c redline -n ${fq(`__fish_seen_subcommand_from ${c.name}`)}`];
      if (o.short) parts.push(`-s ${o.short.replace(/^-/, '')}`);
      parts.push(`-l ${o.long.replace(/^--/, '')}`, `-d ${fq(o.description)}`);
      if (o.choices) parts.push(`-x -a ${fq(o.choices.join(' '))}`);
      else if (o.value) parts.push('-r');
      lines.push(parts.join(' '));
    }
  }
  return `# redline completion for fish. Save it as ~/.config/fish/completions/redline.fish
# or load it now: redline completion fish | source
${lines.join('\n')}
`;
}

export function completionScript(shell: string, program: Command): string {
  const cmds = model(program);
  switch (shell) {
    case 'bash':
      return bash(cmds);
    case 'zsh':
      return zsh(cmds);
    case 'fish':
      return fish(cmds);
    default:
      throw new UserError(`unknown shell "${shell}" (use bash, zsh or fish)`);
  }
}
