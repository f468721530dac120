// Types for @joplin/turndown-plugin-gfm (CommonJS, ships no types). Each export is a
// turndown plugin: a function that adds rules to a TurndownService.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';

  type Plugin = (service: TurndownService) => void;

  export const gfm: Plugin;
  export const tables: Plugin;
  export const strikethrough: Plugin;
  export const highlightedCodeBlock: Plugin;
  export const taskListItems: Plugin;
}
