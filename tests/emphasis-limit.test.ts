// The emphasis limit before marked (src/parse/emphasis-limit.ts): an inline context with more
// than MAX_EMPHASIS_MARKS `*` and `_` has them escaped; code, rules and ordinary text are untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser } from '../src/load.js';
import { limitEmphasis, MAX_EMPHASIS_MARKS } from '../src/parse/emphasis-limit.js';
import { article } from './helpers.js';

const MANY = MAX_EMPHASIS_MARKS + 1;

describe('limitEmphasis leaves alone', () => {
  it.each([
    ['ordinary emphasis', 'Some **bold** and *italic* and __strong__ text.'],
    ['exactly the limit in one paragraph', `${'*a* '.repeat(MAX_EMPHASIS_MARKS / 2)}end`],
    ['many marks spread over paragraphs', Array.from({ length: 100 }, () => '**bold** and *it*').join('\n\n')],
    ['many marks spread over list items', Array.from({ length: 200 }, () => '- **Name**: *role*').join('\n')],
    ['many marks spread over table rows', `| a | b |\n| - | - |\n${'| **x** | _y_ |\n'.repeat(200)}`],
    ['a fenced code block', `\`\`\`c\n/${'*'.repeat(MANY)}/\nint x; // ${'_'.repeat(MANY)}\n\`\`\``],
    ['a tilde fence', `~~~\n${'*'.repeat(MANY)}x\n~~~`],
    ['a rule of stars', '*'.repeat(MANY * 4)],
    ['a rule in a blockquote', `> ${'*'.repeat(MANY)}`],
    ['a spaced rule', '_ '.repeat(MANY)],
  ])('%s', (_case, text) => {
    expect(limitEmphasis(text)).toBe(text);
  });
});

describe('limitEmphasis escapes the marks of an overloaded context', () => {
  it('a run around a letter', () => {
    expect(limitEmphasis(`${'*'.repeat(200)}x${'*'.repeat(200)}`)).toBe(`${'\\*'.repeat(200)}x${'\\*'.repeat(200)}`);
  });

  it('keeps a list marker, a quote marker, marks already escaped and those in a closed code span', () => {
    const line = `> * item \\* \`a_b*c\` ${'_x'.repeat(MANY)}`;
    expect(limitEmphasis(line)).toBe(`> * item \\* \`a_b*c\` ${'\\_x'.repeat(MANY)}`);
  });

  it('counts the marks after an unclosed backtick: it opens no code span', () => {
    const line = `\` ${'*y'.repeat(MANY)}`;
    expect(limitEmphasis(line)).toBe(`\` ${'\\*y'.repeat(MANY)}`);
  });

  it('counts a paragraph over its lines, and only that paragraph', () => {
    const text = `${Array.from({ length: MANY }, () => 'a *b').join('\n')}\n\nKeep *this*.`;
    const limited = limitEmphasis(text).split('\n');
    expect(limited.slice(0, MANY).every((line) => line === 'a \\*b')).toBe(true);
    expect(limited.at(-1)).toBe('Keep *this*.');
  });
});

describe('through the Markdown reader', () => {
  beforeAll(() => loadParser('markdown'));

  it.each([
    ['***y runs', '***y'.repeat(250_000)],
    ['runs of 31 without a space', `${'*'.repeat(31)}y`.repeat(30_000)],
    ['runs of 8 underscores', `${'_'.repeat(8)}x`.repeat(12_000)],
    ['__x', '__x'.repeat(30_000)],
  ])('%s (1 MB or less) are read as text, quickly and without a warning', (_case, text) => {
    const loaded = article(`# Title\n\n${text}\n`, {}, 'marks.md');
    expect(loaded.lead?.replace(/[*_]/gu, '')).toBe(text.replace(/[*_]/gu, ''));
  }, 20_000);

  it('code keeps its marks as written', () => {
    const code = `/${'*'.repeat(40)}/`;
    const loaded = article(`# Title\n\nThe lead of this article, long enough to be one.\n\n\`\`\`c\n${code}\n\`\`\`\n\nAnd \`${'_'.repeat(40)}\` inline.\n`, {}, 'code.md');
    expect(loaded.blocks.find((block) => block.type === 'code')).toMatchObject({ text: code });
    expect(loaded.blocks.at(-1)).toMatchObject({ text: `And ${'_'.repeat(40)} inline.` });
  });
});
