// htmlparser2's stacks kept innermost last (src/parse/html-parser-stack.ts): the parser gives
// the same events as the original on every input, the guard refuses a parser that uses its
// stacks otherwise, and the parser linkedom resolves is the one that gets them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { installFrontFirstStacks, stackUsesSupported } from '../src/parse/html-parser-stack.js';
import { Parser, type Handler, type ParserClass } from './htmlparser2.js';

/** The parser with the view, as a subclass: the original stays as it is to compare with. */
class Viewed extends Parser {}
const installed = installFrontFirstStacks(Viewed, String(Parser));

/** Every event a parser gives for the chunks, in order, with its arguments. */
function events(ParserOf: ParserClass, chunks: string[], options: object = {}, resetFirst = false): string[] {
  const seen: string[] = [];
  const record = (name: string) => (...args: unknown[]) => seen.push(`${name} ${JSON.stringify(args)}`);
  const handler: Handler = {};
  for (const name of ['onopentagname', 'onopentag', 'onclosetag', 'ontext', 'oncomment', 'onprocessinginstruction', 'onend']) {
    handler[name] = record(name);
  }
  const parser = new ParserOf(handler, options);
  if (resetFirst) {
    parser.write('<div><svg><b>');
    parser.reset();
  }
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return seen;
}

const CASES: [name: string, html: string][] = [
  ['unclosed inline elements', '<p>a<span>b<b>c<i>d'],
  ['implied ends of p, li, td and option', '<p>one<p>two<ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table><select><option>1<option>2</select>'],
  ['an end tag with no start tag', '<div>a</span>b</p>c</div></div>'],
  ['an end tag closing several open elements', '<div><section><b><i>deep</div>after'],
  ['a br end tag and void elements', 'a</br>b<br/><img src=x><hr>c'],
  ['foreign content: self-closing in svg and math, not in HTML', '<svg><path/><g><rect/></g></svg><math><mi/></math><div/>after'],
  ['an HTML integration point inside svg', '<svg><foreignObject><p>x<br/></p></foreignObject><circle/></svg>'],
  ['title and script text', '<title>a <b> c</title><script>if (a < b) x()</script><p>y'],
  ['the same tag nested', '<div><div><div>x</div>y</div>z'],
  ['comments and processing instructions', '<!-- c --><?xml version="1.0"?><p>a<!-- d -->'],
];

describe('htmlparser2 with its stacks kept innermost last', () => {
  it('the view is installed on the parser version the project has', () => {
    expect(installed).toBe(true);
    expect(Object.getOwnPropertyDescriptor(Parser.prototype, 'stack')).toBeUndefined();
  });

  it.each(CASES)('%s: the same events as the original', (_name, html) => {
    const expected = events(Parser, [html]);
    expect(events(Viewed, [html])).toEqual(expected);
    // Written in pieces, in XML mode, and after a reset.
    expect(events(Viewed, html.match(/[\s\S]{1,3}/g) ?? [])).toEqual(events(Parser, html.match(/[\s\S]{1,3}/g) ?? []));
    expect(events(Viewed, [html], { xmlMode: true })).toEqual(events(Parser, [html], { xmlMode: true }));
    expect(events(Viewed, [html], {}, true)).toEqual(events(Parser, [html], {}, true));
  });

  it('the same events on random tag soup', () => {
    const tag = fc.constantFrom('p', 'div', 'span', 'b', 'li', 'ul', 'td', 'tr', 'table', 'svg', 'math', 'foreignObject', 'br', 'option', 'select', 'title', 'path');
    const piece = fc.oneof(
      tag.map((name) => `<${name}>`),
      tag.map((name) => `</${name}>`),
      tag.map((name) => `<${name}/>`),
      fc.constantFrom('text', ' ', '<!--c-->', '&amp;'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        expect(events(Viewed, [html])).toEqual(events(Parser, [html]));
      }),
      { numRuns: 300 },
    );
  });

  it('the view answers as an array does: indexes read and written, indexOf from an index, length shortened and grown', () => {
    const make = () =>
      class {
        declare stack: (string | undefined)[];
        declare foreignContext: boolean[];
        constructor() {
          this.stack = ['a', 'b'];
          this.foreignContext = [false];
        }
        run(): unknown[] {
          const seen: unknown[] = [];
          this.stack.unshift('c', 'a');
          seen.push(this.stack.indexOf('a'), this.stack.indexOf('a', 1), this.stack.indexOf('a', -2), this.stack.indexOf('a', 9), this.stack.indexOf('z'));
          this.stack[1] = 'x';
          this.stack[5] = 'y';
          seen.push(this.stack.length, this.stack[0], this.stack[1], this.stack[4], this.stack[5]);
          this.stack.length = 2;
          seen.push(this.stack.length, this.stack.shift(), this.stack[0], this.stack.length);
          this.stack.length = 3;
          seen.push(this.stack.length, this.stack[0], this.stack[2], this.foreignContext[0]);
          return seen;
        }
      };
    const Plain = make();
    const WithView = make();
    expect(installFrontFirstStacks(WithView)).toBe(true);
    expect(new WithView().run()).toEqual(new Plain().run());
  });

  it('a parser using its stacks in a way the view does not support is left as it is', () => {
    class Other extends Parser {}
    const source = `${String(Parser)}\nfunction f() { return this.stack.includes('p'); }`;
    expect(stackUsesSupported(String(Parser))).toBe(true);
    expect(stackUsesSupported(source)).toBe(false);
    expect(stackUsesSupported('class P { m() { return 1; } }')).toBe(false);
    // A stack named otherwise than as this.stack is not seen through: refused.
    expect(stackUsesSupported('class P { m() { this.stack = []; const { stack } = this; return stack.includes(1); } }')).toBe(false);
    expect(stackUsesSupported("class P { m() { this.stack = []; return this['stack'].slice(); } }")).toBe(false);
    // Words in comments that start a line are no use.
    expect(stackUsesSupported('class P {\n  /**\n   * clears the stack\n   */\n  m() {\n    // the top of the stack\n    this.stack = [];\n    return this.stack[0];\n  }\n}')).toBe(true);
    // After a block comment's end, a line is code.
    expect(stackUsesSupported('class P {\n  /* note */ m() { this.stack = []; const { stack } = this; return stack; }\n}')).toBe(false);
    // A line starting with * may be code: a generator method, a product carried over.
    expect(stackUsesSupported('class P {\n  m() { this.stack = []; }\n  *g() { const { stack } = this; yield stack; }\n}')).toBe(false);
    expect(stackUsesSupported('class P {\n  m() { this.stack = []; return 2\n  * stack.length; }\n}')).toBe(false);
    // A use as this.stack counts wherever it stands, after a comment too.
    expect(stackUsesSupported("class P { f() { this.stack.unshift('a'); /* note\n// */ return this.stack.includes('a'); } }")).toBe(false);
    expect(stackUsesSupported('class P {\n  /** a note */ m() { this.stack = []; const { stack } = this; return stack; }\n}')).toBe(false);
    // A // or /* inside a string hides nothing after it.
    expect(stackUsesSupported('class P { m() { this.stack = []; const u = "http://x"; return this.stack.includes(1); } }')).toBe(false);
    expect(stackUsesSupported('class P { m() { this.stack = []; const u = "x/*"; return this.stack.includes(1); } }')).toBe(false);
    expect(installFrontFirstStacks(Other, source)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(Other.prototype, 'stack')).toBeUndefined();
  });
});
