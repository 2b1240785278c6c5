// htmlparser2 (linkedom's parser) keeps its open elements innermost first: each start tag
// `unshift`s its name, each end tag `shift`s one, and both move every element already open.
// On a page that leaves elements open (200,000 unclosed `<span>`, 500,000 `<b>`) parsing is
// then quadratic: 1.5 MB took over two minutes. This module gives the parser's two stacks
// storage with the innermost element last, behind the same front-first view, so each of its
// steps costs the same at any depth.
import { wrapFieldOnSet } from './field-on-set.js';

/** The property names of htmlparser2's `Parser` that hold a front-first stack. */
const STACK_FIELDS = ['stack', 'foreignContext'] as const;

/**
 * Every use of a stack field the view supports: the length (read, or set), an index (read or
 * written), the three methods, and a fresh array. Anything else in the parser's source (a new
 * htmlparser2 using `includes`, or naming a stack other than as `this.stack`) leaves the parser
 * as it is.
 */
const SUPPORTED_USE = /^this\.(?:stack|foreignContext)(?:\.(?:length|unshift|shift|indexOf)\b|\[| = \[)/;
/** Where the source names a stack field at all, as `this.stack` or otherwise (`{ stack }`, `['stack']`). */
const ANY_NAME = /(?:this\.)?\b(?:stack|foreignContext)\b/g;
/**
 * Comments that start a line: a line comment (`// on the top of the stack`) or a block comment
 * up to its end (a doc comment's ` * … clears the stack`). A stack named there in words is no
 * use. A use as `this.stack` is checked wherever it stands, in a comment too; a bare name
 * anywhere else is taken for code the view cannot answer (a line starting with `*` outside a
 * comment may be a generator method or a product carried over).
 */
const COMMENT_LINE = /^[ \t]*\/\//;
const BLOCK_COMMENT = /^[ \t]*\/\*[\s\S]*?\*\//gm;

/** An index as a property key: `0`, `12`. */
const INDEX_KEY = /^(?:0|[1-9]\d*)$/;

/** The front-first operations htmlparser2 uses, on storage kept innermost last. */
class FrontFirst<T> {
  /** The elements, innermost last: the reverse of the view. */
  private readonly items: T[];

  constructor(initial: readonly T[]) {
    this.items = [...initial].reverse();
  }

  get length(): number {
    return this.items.length;
  }

  /** Keeps the first `length` of the view (the innermost ones), or adds empty places after them. */
  set length(length: number) {
    const change = length - this.items.length;
    if (change < 0) this.items.splice(0, -change);
    else if (change > 0) this.items.unshift(...new Array<T>(change));
  }

  /** The view's `index`th element, the innermost being 0. */
  at(index: number): T | undefined {
    return this.items[this.items.length - 1 - index];
  }

  /** Sets the view's `index`th element, adding empty places when it is past the end. */
  put(index: number, item: T): void {
    if (index >= this.items.length) this.length = index + 1;
    this.items[this.items.length - 1 - index] = item;
  }

  unshift(...added: T[]): number {
    for (let i = added.length - 1; i >= 0; i--) this.items.push(added[i]!);
    return this.items.length;
  }

  shift(): T | undefined {
    return this.items.pop();
  }

  /** The view's first index of `item` from `from` on (negative counts from the end), or -1. */
  indexOf(item: T, from = 0): number {
    const length = this.items.length;
    const first = Math.max(0, from < 0 ? length + Math.trunc(from) : Math.trunc(from) || 0);
    if (first >= length) return -1;
    const at = this.items.lastIndexOf(item, length - 1 - first);
    return at < 0 ? -1 : length - 1 - at;
  }
}

/** An array-like view of a FrontFirst: `view[0]`, `view.length`, `view.shift()`… */
function frontFirstView<T>(initial: readonly T[]): T[] {
  const stack = new FrontFirst(initial);
  const methods: Record<PropertyKey, unknown> = {
    unshift: stack.unshift.bind(stack),
    shift: stack.shift.bind(stack),
    indexOf: stack.indexOf.bind(stack),
  };
  return new Proxy([] as T[], {
    get(_target, key) {
      if (key === 'length') return stack.length;
      if (typeof key === 'string' && INDEX_KEY.test(key)) return stack.at(Number(key));
      return Object.hasOwn(methods, key) ? methods[key] : undefined;
    },
    set(_target, key, value: unknown) {
      if (key === 'length') stack.length = value as number;
      else if (typeof key === 'string' && INDEX_KEY.test(key)) stack.put(Number(key), value as T);
      else return false;
      return true;
    },
  });
}

/**
 * True when every use of the stacks in `source` is one the view supports: each `this.stack`
 * (or `this.foreignContext`) is a supported use, and the bare name stands only in comments.
 */
export function stackUsesSupported(source: string): boolean {
  const blocks = [...source.matchAll(BLOCK_COMMENT)].map((match) => [match.index, match.index + match[0].length] as const);
  const inComment = (index: number): boolean =>
    COMMENT_LINE.test(source.slice(source.lastIndexOf('\n', index - 1) + 1, index)) ||
    blocks.some(([start, end]) => index > start && index < end);
  const uses = [...source.matchAll(ANY_NAME)];
  const supported = (use: RegExpMatchArray): boolean =>
    use[0].startsWith('this.') ? SUPPORTED_USE.test(source.slice(use.index)) : inComment(use.index!);
  return uses.some((use) => use[0].startsWith('this.')) && uses.every(supported);
}

/**
 * Gives htmlparser2's `Parser` class stacks that cost the same at any depth, when its source
 * (`source`, the class's own by default) uses them only as the view supports; true if it did
 * (or had). Parsing gives the same events.
 */
export function installFrontFirstStacks(parser: { prototype: object }, source: string = String(parser)): boolean {
  if (!stackUsesSupported(source)) return false;
  for (const field of STACK_FIELDS) wrapFieldOnSet(parser.prototype, field, (value: unknown[]) => frontFirstView(value));
  return true;
}
