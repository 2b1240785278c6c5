// htmlparser2's Parser as linkedom resolves it, typed for the tests of the build's adjustments
// to it (tests/html-parser-stack.test.ts, tests/html-parser-text.test.ts).
import { createRequire } from 'node:module';

/** A parser's handler: its events by name. */
export type Handler = Record<string, (...args: unknown[]) => void>;

/** What the tests call on a parser. */
export interface ParserInstance {
  write(chunk: string): void;
  end(): void;
  reset(): void;
}

/** htmlparser2's Parser class. */
export type ParserClass = new (cbs: Handler, options?: object) => ParserInstance;

const require = createRequire(import.meta.url);

/** The Parser class linkedom parses with. */
export const { Parser } = createRequire(require.resolve('linkedom'))('htmlparser2') as { Parser: ParserClass };
