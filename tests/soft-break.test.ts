// Soft line breaks (spec §2) in Chinese and Japanese: a break between two of their characters
// is no space, as those scripts put none between words; everywhere else it is one.
import { describe, expect, it } from 'vitest';
import { joinSoftBreaks, softBreak } from '../src/analyse/chars.js';
import { oneLine } from '../src/io/sanitize.js';
import { joinLines } from '../src/parse/blocks.js';
import { cli } from './helpers.js';

describe('softBreak', () => {
  it.each([
    // [before, after, break]
    ['新たな', '指針', ''],
    ['会場。', '次に', ''],
    ['市府必须', '给市民', ''],
    // A quotation mark beside the break: the character past it decides.
    ['他走进会场。', '“我们', ''],
    ['到底。”', '他说。', ''],
    ['He said “日本”', 'and left.', ' '],
    ['Er sagte', '“Nein”', ' '],
    // Korean spaces its words; Latin beside CJK keeps its space.
    ['한국은행은', '기준금리를', ' '],
    ['日本の', 'AI', ' '],
    ['GPT-4', 'を使う', ' '],
    ['The council', 'met', ' '],
    // Characters outside the BMP (CJK Extension B), and the ideographic space, which is no CJK character.
    ['𠀋', '𠀋', ''],
    ['日本\u3000', '東京', ' '],
    ['', '日本', ' '],
  ])('%j + %j: %j', (before, after, expected) => {
    expect(softBreak(before, after)).toBe(expected);
  });
});

describe('joining lines', () => {
  it.each([
    [['新たな', '指針を公表した。'], '新たな指針を公表した。'],
    [['  新たな  ', '  指針を'], '新たな指針を'],
    [['The council met', 'on Monday.'], 'The council met on Monday.'],
    [['日本の', 'AI 技術'], '日本の AI 技術'],
    [['です。', '\u3000二行目'], 'です。二行目'],
  ])('joinLines(%j) is %j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });

  it.each([
    ['新たな\n  指針を\n公表した。', '新たな指針を公表した。'],
    ['The council \n met', 'The council met'],
    ['発表\u3000子育て', '発表\u3000子育て'],
    // At a line break an ideographic space goes (a line's indent), as joinLines' trim drops it.
    ['です。\n\u3000二行目', 'です。二行目'],
    ['日本\u3000\n語', '日本語'],
    // A rare ideograph outside the BMP whose low 16 bits are a quotation mark's (U+2201C).
    ['\u{2201c}\n日', '\u{2201c}日'],
    ['a \t b', 'a b'],
    ['预算一再追加，市府必须\n给市民一个交代', '预算一再追加，市府必须给市民一个交代'],
  ])('oneLine(%j) is %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });

  it('joinSoftBreaks leaves text without a line break as it is', () => {
    expect(joinSoftBreaks('a  b\u3000c')).toBe('a  b\u3000c');
  });

  it('joins the lines of a 200,000-line block in linear time (a cons string read at its end is flattened)', () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? `日本${i}` : `line ${i}`));
    expect(joinLines(lines).length).toBeGreaterThan(1_900_000);
  }, 20_000);

  it('joins the soft breaks of a text with a run of 200,000 spaces that no line break ends in linear time', () => {
    const text = `a${' '.repeat(200_000)}b\n日\n本`;
    expect(joinSoftBreaks(text)).toBe(`a${' '.repeat(200_000)}b 日本`);
    expect(oneLine(text)).toBe('a b 日本');
  }, 20_000);
});

describe('hard-wrapped Chinese and Japanese through the commands', () => {
  it('quotes: a quotation wrapped across lines has no space where the line broke', async () => {
    const r = await cli(['quotes', '-'], { stdin: '标题\n\n市议员质疑，“预算一再追加，市府必须\n给市民一个交代”。\n\n正文。\n' });
    expect(r).toMatchObject({ code: 0, stderr: '', stdout: '预算一再追加，市府必须给市民一个交代\n' });
  });

  it('read: a Markdown paragraph wrapped across lines reads as one line of text', async () => {
    const r = await cli(['read', '--input-format', 'markdown', '-'], { stdin: '# 発表\n\n新たな\n指針を公表した。\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('新たな指針を公表した。');
  });

  it('read: a soft break beside emphasis, a link or code is judged by their text', async () => {
    const stdin = '# 発表\n\n新たな**指針**\nを公表した。[詳細](https://x.test)\nです。`code`\nを見る。\n\nThe **council**\nmet.\n';
    const r = await cli(['read', '--input-format', 'markdown', '--width', '100', '-'], { stdin });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('新たな指針を公表した。詳細 (https://x.test)です。code を見る。');
    expect(r.stdout).toContain('The council met.');
  });
});

describe('joinSoftBreaks with the text around it', () => {
  it.each([
    ['\nを公表', '指針', '', 'を公表'],
    ['新たな\n', '', '指針', '新たな'],
    ['\nmet', 'council', '', ' met'],
    ['\nを', 'code', '', ' を'],
    ['\nを', '', '', ' を'],
  ])('%j between %j and %j is %j', (text, before, after, expected) => {
    expect(joinSoftBreaks(text, before, after)).toBe(expected);
  });
});
