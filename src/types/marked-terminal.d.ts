// marked-terminal ships no types; this declares the one entry point the renderer uses.
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';

  /** Options of marked-terminal's renderer: style functions per element and layout settings. */
  export type TerminalRendererOptions = Record<string, unknown>;

  /** A marked extension that renders Markdown for a terminal. */
  export function markedTerminal(options?: TerminalRendererOptions, highlightOptions?: Record<string, unknown>): MarkedExtension;
}
