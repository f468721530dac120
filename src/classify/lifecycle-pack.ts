// The lifecycle rule: an event that appears (an end-of-support banner above the title) is high by
// default, with its date in the summary ("End of support: 2027-09-30"); a date that moves is high
// too; a notice that goes away is medium. What counts as an event is lifecycle.ts's.

import type { Severity } from '../types.js';
import type { Analysis, SentencePair } from './analysis.js';
import type { LifecycleMention } from './lifecycle.js';
import { inHunk, type Finding, type RulePack } from './rules.js';
import { quote, type Sentence } from './text.js';

const eventSummary = (l: LifecycleMention, s: Sentence) => `${l.event.label}${l.date ? `: ${l.date}` : ''} (${quote(s.text, 90)})`;

function appeared(l: LifecycleMention, s: Sentence, lead: boolean): Finding {
  return { rule: `lifecycle.${l.event.id}`, tags: ['lifecycle.added'], category: 'lifecycle', severity: 'high', summary: eventSummary(l, s), lead };
}

function disappeared(l: LifecycleMention, s: Sentence): Finding {
  return { rule: `lifecycle.${l.event.id}`, tags: ['lifecycle.removed'], category: 'lifecycle', severity: 'medium' as Severity, summary: `${l.event.label} notice removed (${quote(s.text, 90)})` };
}

/** An event in a pair: appeared in the words that changed, went away, or its date moved. */
function pairFinding(a: Analysis, p: SentencePair): Finding | null {
  const lo = a.lifecycle(p.old);
  const ln = a.lifecycle(p.new);
  // an event that appeared or went away is in the words that changed, not merely around them
  if (ln && (!lo || lo.event.id !== ln.event.id) && inHunk(p, 'new', ln.start, ln.end)) return appeared(ln, p.new, true);
  if (lo && !ln && inHunk(p, 'old', lo.start, lo.end)) return disappeared(lo, p.old);
  if (lo && ln && lo.date !== ln.date && (lo.date || ln.date))
    return { rule: `lifecycle.${ln.event.id}`, tags: ['lifecycle.date'], category: 'lifecycle', severity: 'high', summary: `${ln.event.label}: ${lo.date ?? 'no date'} -> ${ln.date ?? 'no date'} (${quote(p.new.text, 80)})`, lead: true };
  return null;
}

export const lifecyclePack: RulePack = {
  id: 'lifecycle',
  description: 'Deprecation, end of support or life, retirement, removal, migration deadlines: high when announced, with the date.',
  rules: [
    {
      id: 'lifecycle.event',
      category: 'lifecycle',
      description: 'A lifecycle event was announced, withdrawn, or its date moved.',
      detect: (a) => {
        if (a.change.type === 'moved' || a.change.block === 'code') return null;
        const out: Finding[] = [];
        const section = a.ctx.sectionStatus === 'added' || a.ctx.sectionStatus === 'removed';
        for (const p of a.pairs) {
          if (p.trivial) continue;
          const f = pairFinding(a, p);
          if (f) out.push(f);
        }
        // one finding per side: the first sentence that announces something
        const added = a.addedSentences.find((s) => a.lifecycle(s));
        if (added) out.push(appeared(a.lifecycle(added)!, added, !section));
        const removed = a.removedSentences.find((s) => a.lifecycle(s));
        if (removed) out.push(disappeared(a.lifecycle(removed)!, removed));
        return out;
      },
    },
  ],
};
