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
  ])('joinLines(%j) is %j', (lines, expected) => {
    expect(joinLines(lines)).toBe(expected);
  });

  it.each([
    ['新たな\n  指針を\n公表した。', '新たな指針を公表した。'],
    ['The council \n met', 'The council met'],
    ['発表\u3000子育て', '発表\u3000子育て'],
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
});
