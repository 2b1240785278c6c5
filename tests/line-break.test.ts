// Line breaking of text written without spaces (Chinese, Japanese, Korean): where lines may
// break, kinsoku (what a line may not start or end with), and styles kept across breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fit, stripAnsi, widerThan, width, wrap } from '../src/render/ansi.js';
import { breakLines, holdSpaces, NO_LINE_END, NO_LINE_START } from '../src/render/line-break.js';
import stringWidth from '../src/render/string-width.js';

const RUNS = 300;
const BOLD = (text: string) => `\x1b[1m${text}\x1b[22m`;
const ITALIC = (text: string) => `\x1b[3m${text}\x1b[23m`;
const LINK = (text: string, url: string) => `\x1b]8;;${url}\x07${text}\x1b]8;;\x07`;

/** The lines breakLines makes, as text. */
function lines(text: string, columns: number): string[] {
  return breakLines(text, columns, stringWidth).map(([start, end]) => text.slice(start, end));
}

describe('breakLines', () => {
  const JAPANESE = '市は十二日、新しい博物館を開館したと発表した。館長は「この博物館は市民のためのものです」と語った。訪れた女性（４５）は「とても楽しかった」と話した。';

  it.each([
    // [text, columns, lines]
    ['日本語の文章', 6, ['日本語', 'の文章']],
    // 、 may not start a line: 日 goes down with it.
    ['市は十二日、新しい', 10, ['市は十二', '日、新しい']],
    // 「 may not end a line: it goes down to the word it opens.
    ['館長は「この', 8, ['館長は', '「この']],
    // A closing bracket and a full stop together: both stay after their character.
    ['来てほしい」。次', 10, ['来てほし', 'い」。次']],
    // Small kana and the prolonged sound mark do not start a line.
    ['ちょっとコーヒー', 6, ['ちょっ', 'とコー', 'ヒー']],
    // Where a line has no place it may break, it breaks where it is full all the same.
    ['ちょっと', 4, ['ちょ', 'っと']],
    // A number holds together, commas and full stops between its digits too.
    ['大人１，２００円です', 10, ['大人', '１，２００', '円です']],
    ['価格は3.14ドル', 9, ['価格は', '3.14ドル']],
    // Words written with spaces break at the spaces, next to CJK too.
    ['The AI model 日本語 and more', 14, ['The AI model', '日本語 and', 'more']],
    // Between a Latin word and a CJK character a line may break without a space.
    ['東京でOpenAIが発表', 10, ['東京で', 'OpenAIが発', '表']],
    // A newline always breaks; spaces at a break are dropped.
    ['日本\n  語 ', 10, ['日本', '語']],
    // Korean spaces its words: it breaks at its spaces, not between syllables.
    ['대한민국 정부는 오늘', 8, ['대한민국', '정부는', '오늘']],
    ['한국은행은 기준금리를 동결했다고 밝혔다.', 20, ['한국은행은', '기준금리를', '동결했다고 밝혔다.']],
    // The ideographic space is a space: a line breaks there and drops it.
    ['政府、新指針を公表\u3000G7議論を前に', 18, ['政府、新指針を公表', 'G7議論を前に']],
    // A character wider than the line gets a line of its own.
    ['日本', 1, ['日', '本']],
    // A word longer than a line breaks where it is full.
    ['日abcdefghij', 4, ['日', 'abcd', 'efgh', 'ij']],
    // Emoji sequences and flags are not split.
    ['日👩‍💻本🇯🇵語', 4, ['日👩‍💻', '本🇯🇵', '語']],
    // Nothing but spaces: one empty line.
    ['   ', 5, ['']],
  ])('%j at %i columns', (text, columns, expected) => {
    expect(lines(text, columns)).toEqual(expected);
  });

  it.each([8, 10, 11, 13, 20, 30])('keeps kinsoku in a real paragraph at %i columns', (columns) => {
    const made = lines(JAPANESE, columns);
    expect(made.join('')).toBe(JAPANESE);
    for (const line of made) {
      expect(width(line)).toBeLessThanOrEqual(columns);
      expect(NO_LINE_START).not.toContain([...line][0]);
      expect(NO_LINE_END).not.toContain([...line].at(-1));
    }
  });

  // Text where a line can always break somewhere legal: CJK characters, each with at most one
  // punctuation mark after it or one opening bracket before it, with now and then a Latin word.
  const IDEOGRAPHS = [...'日本語文章東京市長館博物開発表人子']; // none a kinsoku character
  const token = fc.oneof(
    fc.constantFrom(...IDEOGRAPHS),
    fc.tuple(fc.constantFrom(...IDEOGRAPHS), fc.constantFrom(...NO_LINE_START)).map(([a, b]) => a + b),
    fc.tuple(fc.constantFrom(...NO_LINE_END), fc.constantFrom(...IDEOGRAPHS)).map(([a, b]) => a + b),
    fc.constantFrom(' word ', ' AI '),
  );
  const paragraph = fc.array(token, { minLength: 1, maxLength: 80 }).map((tokens) => tokens.join(''));

  it('never starts a line with what may not start one, nor ends one with what may not end one, where it can break elsewhere', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 6, max: 40 }), (text, columns) => {
        const made = lines(text, columns);
        for (const [i, line] of made.entries()) {
          expect(width(line)).toBeLessThanOrEqual(columns);
          if (i > 0) expect(NO_LINE_START).not.toContain([...line][0]);
          if (i < made.length - 1) expect(NO_LINE_END).not.toContain([...line].at(-1));
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Any text: spaces, newlines, marks, emoji, Latin, CJK and kinsoku characters.
  const anyText = fc
    .array(fc.constantFrom(...'日本語「」（）、。ーっ１，２ ab  \n', 'e\u0301', '👩‍💻', '🇯🇵', 'longerword', '\u3000'), { maxLength: 60 })
    .map((parts) => parts.join(''));

  it('keeps every character but the spaces (ideographic ones too) and newlines at breaks, in order, each line within the width or one cluster', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 30 }), (text, columns) => {
        const spans = breakLines(text, columns, stringWidth);
        let at = 0;
        for (const [start, end] of spans) {
          expect(text.slice(at, start)).toMatch(/^[ \u3000\n]*$/);
          const line = text.slice(start, end);
          expect(line).not.toMatch(/^[ \u3000]|[ \u3000]$/);
          if (width(line) > columns) expect(lines(line, 1)).toHaveLength(1);
          at = end;
        }
        expect(text.slice(at)).toMatch(/^[ \u3000\n]*$/);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('wrap of text with CJK in it', () => {
  it('breaks styled text where it breaks the plain text, each line closing its styles and opening them again', () => {
    const styled = `${BOLD('東京で新しい博物館が開館')}した。館長は${ITALIC('「この博物館は市民のためのものです」')}と語った。`;
    const plain = stripAnsi(styled);
    const made = wrap(styled, 10);
    expect(made.map(stripAnsi)).toEqual(wrap(plain, 10));
    expect(made[0]).toBe(BOLD('東京で新し'));
    expect(made[1]).toBe(BOLD('い博物館が'));
    expect(made[2]).toBe(`${BOLD('開館')}した。`);
    expect(made[3]).toBe(`館長は${ITALIC('「こ')}`);
    expect(made[4]).toBe(ITALIC('の博物館は'));
    expect(made.at(-2)).toBe(`${ITALIC('す」')}と語っ`);
  });

  it('keeps a code before the text that closes a style opened before it, as wrap-ansi does', () => {
    expect(wrap(`\x1b[39m${BOLD('日本語の文')}`, 8)).toEqual([`\x1b[39m${BOLD('日本語の')}`, BOLD('文')]);
    expect(wrap(`\x1b[39m${BOLD('The quick brown')}`, 9)[0]!.startsWith('\x1b[39m')).toBe(true);
  });

  it('leaves the code that starts a style on the line the style starts on', () => {
    const GREEN = (text: string) => `\x1b[32m${text}\x1b[39m`;
    expect(wrap(`日本語の${GREEN('「引用」')}`, 8)).toEqual(['日本語の', GREEN('「引用」')]);
    expect(wrap(`${GREEN('日本語の')}${BOLD('引用')}`, 8)).toEqual([GREEN('日本語の'), BOLD('引用')]);
  });

  it('keeps a hyperlink open on every line it spans, and nested styles in their order', () => {
    const made = wrap(`前文${LINK(BOLD('日本語の長いリンク'), 'https://example.org/')}後文`, 6);
    expect(made.map(stripAnsi)).toEqual(['前文日', '本語の', '長いリ', 'ンク後', '文']);
    expect(made[1]).toBe(LINK(BOLD('本語の'), 'https://example.org/'));
    expect(made[2]).toBe(LINK(BOLD('長いリ'), 'https://example.org/'));
    expect(made[3]).toBe(`${LINK(BOLD('ンク'), 'https://example.org/')}後`);
  });

  it.each([
    ['Korean written decomposed (NFD)', `日 ${'한국어'.normalize('NFD')}`, 3, ['日', ...[...'한국어'].map((syllable) => syllable.normalize('NFD'))]],
    ['half-width kana with voicing marks', '日 ｶﾞｷﾞ', 3, ['日', 'ｶﾞ', 'ｷﾞ']],
    ['a Devanagari spacing vowel sign', '日 कि', 1, ['日', 'कि']],
  ])('keeps a cluster whole: %s', (_case, text, columns, expected) => {
    expect(wrap(text, columns)).toEqual(expected);
  });

  it('leaves text without CJK to wrap-ansi, byte for byte as before', () => {
    const text = `${BOLD('The quick brown fox')} jumps over the ${ITALIC('lazy dog')} again`;
    expect(wrap(text, 12)).toEqual(['\x1b[1mThe quick\x1b[22m', '\x1b[1mbrown fox\x1b[22m', 'jumps over', 'the \x1b[3mlazy dog\x1b[23m', 'again']);
  });

  it('on random styled text: the same breaks as the plain text, no line wider than the width but a lone cluster, each line closing its styles', () => {
    const piece = fc.tuple(fc.constantFrom('日本語の', '「東京」', '、', 'word ', '１，２', 'ー', '。'), fc.constantFrom('none', 'bold', 'italic', 'link'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), fc.integer({ min: 2, max: 24 }), (pieces, columns) => {
        const styled = pieces.map(([text, style]) => (style === 'bold' ? BOLD(text) : style === 'italic' ? ITALIC(text) : style === 'link' ? LINK(text, 'https://x.test/') : text)).join('');
        const made = wrap(styled, columns);
        expect(made.map(stripAnsi)).toEqual(wrap(stripAnsi(styled), columns));
        for (const line of made) {
          expect(width(line)).toBeLessThanOrEqual(columns);
          // Each line closes what it opens: its styles, and its hyperlink.
          expect(leftOpen(line)).toEqual([]);
          expect(line.split('\x1b]8;;https').length).toBe(line.split('\x1b]8;;\x07').length);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('French punctuation and its spaces', () => {
  const GREEN = (text: string) => `\x1b[32m${text}\x1b[39m`;

  it.each([
    // [text, columns, lines]
    ['L’opposition parle d’un « budget » mardi', 26, ['L’opposition parle d’un', '« budget » mardi']],
    ['il dit « budget de renoncement » : selon elle', 15, ['il dit « budget', 'de', 'renoncement » :', 'selon elle']],
    ['Le maire répond : « Nous investissons ! »', 16, ['Le maire', 'répond : « Nous', 'investissons ! »']],
    ['Qui a raison ? Personne.', 12, ['Qui a', 'raison ?', 'Personne.']],
    // An opening guillemet after an elision holds its space as after a space.
    ['Le maire a parlé d’« une décision courageuse » hier', 20, ['Le maire a parlé', 'd’« une décision', 'courageuse » hier']],
    ["Il a parlé d'« une décision »", 15, ['Il a parlé', "d'« une", 'décision »']],
    // German guillemets close without a space: their breaks stay.
    ['Er sagte »Nein« sagte sie', 12, ['Er sagte', '»Nein« sagte', 'sie']],
    // A per cent sign after a space stays with its number, in any language.
    ['aportará el 35 % de la inversión', 14, ['aportará el', '35 % de la', 'inversión']],
    ['Die Steuer steigt um 12,5 % im Jahr', 25, ['Die Steuer steigt um', '12,5 % im Jahr']],
    // A no-break space of the article is kept as written.
    ['il dit\u00a0: « non » merci', 12, ['il dit\u00a0:', '« non »', 'merci']],
  ])('%j at %i columns', (text, columns, lines) => {
    expect(wrap(text, columns)).toEqual(lines);
  });

  it('keeps them together in a painted quotation too', () => {
    const made = wrap(`il dit ${GREEN('« budget de renoncement »')} : selon elle`, 15);
    expect(made.map(stripAnsi)).toEqual(['il dit « budget', 'de', 'renoncement » :', 'selon elle']);
    // At 13 columns a held space meets a line's edge beside a colour code: it goes all the same.
    for (const line of wrap(`il dit ${GREEN('« budget de renoncement »')} : selon elle`, 13).map(stripAnsi)) expect(line).not.toMatch(/^ | $/);
  });

  it('holds no group wider than a line: it breaks as it would without, no word cut', () => {
    expect(wrap('d’une « réorganisation » : selon elle', 16)).toEqual(['d’une «', 'réorganisation »', ': selon elle']);
    // `renoncement » :` is wider than 12 columns; `« budget` is not and stays held.
    expect(wrap('il dit « budget de renoncement » : selon elle', 12)).toEqual(['il dit', '« budget de', 'renoncement', '» : selon', 'elle']);
  });

  it('wraps a run of 80,000 spaced colons in linear time (held whole, it would be one long word)', () => {
    const made = wrap(`mot${' :'.repeat(80_000)}`, 80);
    expect(made.join(' ').split(' ').filter((word) => word === ':')).toHaveLength(80_000);
  }, 20_000);

  it('holds no space of a text without such punctuation, and gives every held space back', () => {
    expect(holdSpaces('The bridge is closed.', 80, widerThan).text).toBe('The bridge is closed.');
    const held = holdSpaces('« Oui » : non\u00a0!', 80, widerThan);
    expect(held.text).toBe('«\u2007Oui\u2007»\u2007: non\u00a0!');
    // Where a line was cut at one, it goes, as other spaces do at a line's ends.
    expect(held.release(held.text.split(':'))).toEqual(['« Oui »', ' non\u00a0!']);
  });

  it('never starts a line with » : ; ! ? after a space, nor ends one with « before one', () => {
    // Phrases as French writes them, `« renoncement » :` at most, 17 columns: each fits a line.
    const phrase = fc
      .tuple(fc.boolean(), fc.constantFrom('mot', 'budget', 'renoncement'), fc.boolean(), fc.constantFrom('', ' :', ' ;', ' !', ' ?'))
      .map(([open, word, close, punctuation]) => `${open ? '« ' : ''}${word}${close ? ' »' : ''}${punctuation}`);
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 30 }), fc.integer({ min: 17, max: 40 }), (phrases, columns) => {
        const text = phrases.join(' ');
        const made = wrap(text, columns);
        expect(made.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
        made.forEach((line, i) => {
          expect(line).not.toMatch(/^ | $/);
          if (i < made.length - 1) expect(line).not.toMatch(/«$/);
          if (i > 0) expect(line).not.toMatch(/^[»:;!?](?:\s|$)/);
        });
      }),
      { numRuns: RUNS },
    );
  });
});

/** The SGR styles a line leaves open (bold, italic, a foreground colour), none when it closes each it opens. */
function leftOpen(line: string): string[] {
  const open = new Set<string>();
  for (const [, codes] of line.matchAll(/\x1b\[([0-9;]*)m/gu)) {
    const code = Number(codes!.split(';')[0] || 0);
    if (code === 0) open.clear();
    else if (code === 1 || code === 3) open.add(String(code));
    else if (code === 22) open.delete('1');
    else if (code === 23) open.delete('3');
    else if (code >= 30 && code <= 37) open.add('fg');
    else if (code === 39) open.delete('fg');
  }
  return [...open];
}

describe('hanging lines (lists)', () => {
  const BULLET = '  \x1b[33m• \x1b[39m';
  it.each([
    ['Latin', 'This is a bold list item that is long enough to wrap over several lines'],
    ['Japanese', '太字で始まる項目の文章はとても長くて何行にもわたって折り返される'],
  ])('%s: an item that starts with a style keeps it on every line, and the coloured bullet is closed on its own', (_script, text) => {
    const made = fit([`${BULLET}${BOLD(text)}`], 30);
    expect(made.length).toBeGreaterThan(2);
    expect(made[0]!.startsWith(BULLET)).toBe(true);
    for (const line of made) {
      expect(leftOpen(line)).toEqual([]);
      expect(line).toContain('\x1b[1m');
    }
    expect(made.slice(1).every((line) => line.startsWith('    '))).toBe(true);
  });
});
