// Bare addresses as marked reads them (src/parse/markdown-addresses.ts): held to marked itself.
import fc from 'fast-check';
import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { bareAddress } from '../src/parse/markdown-addresses.js';

/** The text of the link marked makes at the start of `text`, or null. */
function markedLink(text: string): string | null {
  const [paragraph] = new Lexer().lex(text);
  const first = paragraph && 'tokens' in paragraph ? paragraph.tokens?.[0] : undefined;
  return first?.type === 'link' ? first.raw : null;
}

describe('bareAddress', () => {
  const tail = fc.array(fc.constantFrom('a', 'x', '(', ')', '&', 'amp', ';', '.', ',', '*', '_', '~', '!', '?', ':', "'", '"', '/', '#'), { maxLength: 30 });

  it('ends a URL where marked ends its link, whatever punctuation, marks and references end it', () => {
    fc.assert(
      fc.property(tail, (parts) => {
        const text = `https://example.org/${parts.join('')}`;
        const address = bareAddress(text, 0);
        expect(address && text.slice(0, address.end)).toBe(markedLink(text));
      }),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['after a space', 'see www.example.org/a', 4],
    ['after a bracket', '(www.example.org/a)', 1],
    ['after an escape', '\\[www.example.org/a', 2],
  ])('www. %s is a link, as marked makes one', (_case, text, at) => {
    expect(bareAddress(text, at)).not.toBeNull();
    expect(new Lexer().lex(text)[0]).toMatchObject({ tokens: expect.arrayContaining([expect.objectContaining({ type: 'link' })]) });
  });

  it.each([
    ['after a letter', 'xwww.example.org/a', 1],
    ['after a quote mark', '„www.example.org/a', 1],
    ['in capitals', 'WWW.EXAMPLE.ORG/A', 0],
  ])('www. %s is no link, as marked makes none', (_case, text, at) => {
    expect(bareAddress(text, at)).toBeNull();
    expect(JSON.stringify(new Lexer().lex(text))).not.toContain('"type":"link"');
  });

  it('takes a long run of punctuation off a URL in time that grows with its length, not its square', () => {
    const text = `https://x.com/a${'.'.repeat(1_000_000)}`;
    expect(bareAddress(text, 0)?.end).toBe('https://x.com/a'.length);
    const references = `https://x.com/${'&amp;'.repeat(200_000)}*`;
    expect(bareAddress(references, 0)?.end).toBe('https://x.com/'.length);
  }, 10_000);
});
