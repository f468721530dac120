// Ink components for the review screen. They only render lines computed by view.ts from the
// state; no state, no input handling, no layout decisions beyond stacking boxes.

import { Box, Text } from 'ink';
import type { ReactElement } from 'react';
import type { ReviewState } from './state.js';
import { geometry } from './state.js';
import type { SegStyle } from './text.js';
import { padLine } from './text.js';
import { detailLines, footerLine, headerLines, helpLines, pickerLines, ruleLine, treeLines, type ViewLine } from './view.js';

interface TextStyle {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

/** How each kind of run looks; without colour only weight and dimness remain. */
export function segStyle(style: SegStyle, color: boolean): TextStyle {
  const c = (name: string, extra: TextStyle = {}): TextStyle => (color ? { color: name, ...extra } : extra);
  switch (style) {
    case 'dim':
    case 'rule':
    case 'sev-none':
      return { dimColor: true };
    case 'bold':
    case 'heading':
      return { bold: true };
    case 'del':
      return c('red', { strikethrough: color });
    case 'ins':
      return c('green', { bold: true, underline: color });
    case 'added':
      return c('green');
    case 'removed':
      return c('red');
    case 'moved':
      return c('magenta');
    case 'sev-high':
      return c('red', { bold: true });
    case 'sev-medium':
      return c('yellow');
    case 'sev-low':
      return c('cyan');
    default:
      return {};
  }
}

export function LineView({ v, width, color }: { v: ViewLine; width: number; color: boolean }): ReactElement {
  const line = padLine(v.line.length ? v.line : [{ text: ' ', style: 'text' }], width);
  return (
    <Text wrap="truncate" inverse={v.inverse} bold={v.bold}>
      {line.map((seg, i) => (
        <Text key={i} {...segStyle(seg.style, color)}>
          {seg.text}
        </Text>
      ))}
    </Text>
  );
}

function Lines({ lines, width, height, color }: { lines: ViewLine[]; width: number; height: number; color: boolean }): ReactElement {
  const filled = lines.slice(0, height);
  while (filled.length < height) filled.push({ line: [] });
  return (
    <Box flexDirection="column" width={width} height={height} flexShrink={0}>
      {filled.map((v, i) => (
        <LineView key={i} v={v} width={width} color={color} />
      ))}
    </Box>
  );
}

function Separator({ height, active }: { height: number; active: boolean }): ReactElement {
  return (
    <Box flexDirection="column" width={3} height={height} flexShrink={0}>
      {Array.from({ length: height }, (_, i) => (
        <Text key={i} dimColor={!active}>
          {' │ '}
        </Text>
      ))}
    </Box>
  );
}

function Body({ s }: { s: ReviewState }): ReactElement {
  const g = geometry(s);
  const h = g.bodyHeight;
  if (s.help) return <Lines lines={helpLines(s, s.cols)} width={s.cols} height={h} color={s.color} />;
  const right = s.picker ? pickerLines(s, g.detailWidth, h) : detailLines(s, g.detailWidth, h);
  if (g.narrow) {
    // one pane at a time: the focused one (the picker replaces the diff)
    const showTree = s.focus === 'tree' && !s.picker;
    return <Lines lines={showTree ? treeLines(s, s.cols, h) : right} width={s.cols} height={h} color={s.color} />;
  }
  return (
    <Box flexDirection="row" height={h}>
      <Lines lines={treeLines(s, g.treeWidth, h)} width={g.treeWidth} height={h} color={s.color} />
      <Separator height={h} active={s.focus === 'detail' || !!s.picker} />
      <Lines lines={right} width={g.detailWidth} height={h} color={s.color} />
    </Box>
  );
}

/** The whole screen: header, panes, footer; one line short of the terminal so it never scrolls. */
export function ReviewScreen({ state: s }: { state: ReviewState }): ReactElement {
  const [h1, h2] = headerLines(s);
  const one = (line: ViewLine['line']) => <LineView v={{ line }} width={s.cols} color={s.color} />;
  return (
    <Box flexDirection="column" width={s.cols}>
      {one(h1)}
      {one(h2)}
      {one(ruleLine(s.cols))}
      <Body s={s} />
      {one(ruleLine(s.cols))}
      {one(footerLine(s))}
    </Box>
  );
}
