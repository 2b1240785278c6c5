// htmlparser2 joining the text events that follow one another (src/parse/html-parser-text.ts):
// the handler sees the original parser's events in the same order, each run of text as one,
// text at the end of the page too; the guard refuses a parser that sets its handler elsewhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handlerSetOnce, installJoinedText } from '../src/parse/html-parser-text.js';
import { Parser, type Handler, type ParserClass } from './htmlparser2.js';

/** The parser joining its text events, as a subclass: the original stays as it is to compare with. */
class Joined extends Parser {}
const installed = installJoinedText(Joined, String(Parser));

/** The events the handler gets, in order; `withEnd` false leaves out `onend`, as linkedom's handler does. */
function events(ParserOf: ParserClass, chunks: string[], withEnd: boolean, options: object = {}): [string, unknown][] {
  const seen: [string, unknown][] = [];
  const handler: Handler = {};
  const names = ['onopentag', 'onclosetag', 'ontext', 'oncomment', 'oncdatastart', 'oncdataend', 'onprocessinginstruction', ...(withEnd ? ['onend'] : [])];
  for (const name of names) handler[name] = (...args: unknown[]) => seen.push([name, args]);
  const parser = new ParserOf(handler, options);
  for (const chunk of chunks) parser.write(chunk);
  parser.end();
  return seen;
}

/** Events with each run of text events joined into one. */
function joined(list: [string, unknown][]): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [name, args] of list) {
    const last = out[out.length - 1];
    if (name === 'ontext' && last?.[0] === 'ontext') last[1] = [`${(last[1] as string[])[0]}${(args as string[])[0]}`];
    else out.push([name, name === 'ontext' ? [...(args as string[])] : args]);
  }
  return out;
}

const CASES: [name: string, html: string][] = [
  ['references in a paragraph', '<p>a &amp; b &lt; c&#27;d&#x9b;e</p>'],
  ['text after the last element', '<p>a</p>tail &amp; more'],
  ['text alone', 'only &amp; text'],
  ['a comment between texts', '<p>a&amp;<!-- c -->b&amp;</p>'],
  ['CDATA in foreign content', '<svg><![CDATA[x &amp; y]]></svg>after'],
  ['entities in attributes and text', '<a href="?a=1&amp;b=2">x&amp;y</a>'],
  ['an unclosed element', '<div><span>a&amp;b<b>c&amp;'],
];

describe('htmlparser2 joining its text events', () => {
  it('is installed on the parser version the project has', () => {
    expect(installed).toBe(true);
    expect(Object.getOwnPropertyDescriptor(Parser.prototype, 'cbs')).toBeUndefined();
  });

  it.each(CASES)('%s: the same events, each run of text as one', (_name, html) => {
    for (const withEnd of [true, false]) {
      expect(events(Joined, [html], withEnd)).toEqual(joined(events(Parser, [html], withEnd)));
      const pieces = html.match(/[\s\S]{1,3}/g) ?? [];
      expect(events(Joined, pieces, withEnd)).toEqual(joined(events(Parser, pieces, withEnd)));
      expect(events(Joined, [html], withEnd, { xmlMode: true })).toEqual(joined(events(Parser, [html], withEnd, { xmlMode: true })));
    }
    // Each run of text is one event.
    const list = events(Joined, [html], false);
    expect(list.some(([name], i) => name === 'ontext' && list[i + 1]?.[0] === 'ontext')).toBe(false);
  });

  it('the same events on random tag soup with references', () => {
    const piece = fc.oneof(
      fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '<svg>', '</svg>', '<![CDATA[x]]>', '<!--c-->'),
      fc.constantFrom('text', ' ', '&amp;', '&#27;', '&lt;', '&nosuch;', '&'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), (pieces, withEnd) => {
        const html = pieces.join('');
        expect(events(Joined, [html], withEnd)).toEqual(joined(events(Parser, [html], withEnd)));
      }),
      { numRuns: 300 },
    );
  });

  it('a parser that sets its handler other than once is left as it is', () => {
    expect(handlerSetOnce(String(Parser))).toBe(true);
    expect(handlerSetOnce('class P { constructor(cbs) { this.cbs = cbs; } swap(c) { this.cbs = c; } }')).toBe(false);
    class Other extends Parser {}
    expect(installJoinedText(Other, 'class P {}')).toBe(false);
    expect(Object.getOwnPropertyDescriptor(Other.prototype, 'cbs')).toBeUndefined();
  });
});
