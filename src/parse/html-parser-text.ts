// htmlparser2 (linkedom's parser) hands its handler a text event for each character reference
// and each run of text between them, and linkedom makes each a text node: a paragraph of
// 1.6 million `&amp;x` became 3.2 million nodes, 1.6 GB and 50 s. A browser's parser makes one
// text node of the whole run. This module has the parser join the text events that follow one
// another into one, handed on before the next event of any other kind.
import { wrapFieldOnSet } from './field-on-set.js';

/** The handler methods of htmlparser2's `Parser`, by name. */
type Handler = Record<PropertyKey, unknown>;

/** The handler field of `Parser`, which its constructor sets. */
const HANDLER_FIELD = 'cbs';
/** Where the parser's source sets its handler: once, in its constructor. */
const HANDLER_ASSIGNMENT = /this\.cbs\s*=(?!=)/g;

/** The text event. */
const TEXT_EVENT = 'ontext';
/** Events after which no text may be held back: a handler without them still gets the text. */
const FINAL_EVENTS: ReadonlySet<PropertyKey> = new Set(['onend', 'onreset']);

/**
 * A handler that passes every event on to `handler`, but holds text events back and hands them
 * on as one text before the next event of another kind (or the end).
 */
function joiningHandler(handler: Handler): Handler {
  let pending = '';
  const flush = (): void => {
    if (pending === '') return;
    const text = pending;
    pending = '';
    (handler[TEXT_EVENT] as (text: string) => void).call(handler, text);
  };
  const onText = (text: string): void => {
    pending += text;
  };
  const wrapped = new Map<PropertyKey, unknown>();
  return new Proxy(handler, {
    get(target, key) {
      const value = target[key];
      if (typeof value !== 'function') return FINAL_EVENTS.has(key) ? flush : value;
      if (key === TEXT_EVENT) return onText;
      let method = wrapped.get(key);
      if (!method) {
        method = (...args: unknown[]): unknown => {
          flush();
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
        wrapped.set(key, method);
      }
      return method;
    },
  });
}

/** True when the parser's source sets its handler exactly once (in its constructor). */
export function handlerSetOnce(source: string): boolean {
  return [...source.matchAll(HANDLER_ASSIGNMENT)].length === 1;
}

/**
 * Has htmlparser2's `Parser` class join text events that follow one another, when its source
 * (`source`, the class's own by default) sets its handler once; true if it did (or had). The
 * handler sees the same events in the same order, each run of text as one.
 */
export function installJoinedText(parser: { prototype: object }, source: string = String(parser)): boolean {
  if (!handlerSetOnce(source)) return false;
  wrapFieldOnSet(parser.prototype, HANDLER_FIELD, joiningHandler);
  return true;
}
