// The emphasis limit as marked lexes (src/parse/emphasis-limit.ts): an inline context with
// more than MAX_EMPHASIS_MARKS `*`, `_` and `~` has them escaped; code, addresses, other
// contexts and everything that is no inline text are untouched.
import { beforeAll, describe, expect, it } from 'vitest';
import { limitEmphasis, limitRuns, MAX_ADDRESS_RUN, MAX_EMPHASIS_DEPTH, MAX_EMPHASIS_MARKS, MAX_RUN_STOPS } from '../src/parse/emphasis-limit.js';
import { loadParser } from '../src/load.js';
import { article, cli } from './helpers.js';

const MANY = MAX_EMPHASIS_MARKS + 1;

describe('limitEmphasis, on one inline context', () => {
  it.each([
    ['ordinary emphasis', 'Some **bold** and *italic* and __strong__ and ~~struck~~ text.'],
    ['exactly the limit', `${'*a* '.repeat(MAX_EMPHASIS_MARKS / 2)}end`],
    ['marks in a code span, also over lines', `\`${'a_b*c\n'.repeat(MANY)}\``],
    ['marks already escaped', '\\*'.repeat(MANY)],
  ])('leaves alone %s', (_case, text) => {
    expect(limitEmphasis(text)).toBe(text);
  });

  it.each([
    ['a run around a letter', `${'*'.repeat(200)}x${'*'.repeat(200)}`, `${'\\*'.repeat(200)}x${'\\*'.repeat(200)}`],
    ['tildes', `${'~a ~~b '.repeat(100)}`, `${'\\~a \\~\\~b '.repeat(100)}`],
    ['marks after an unclosed backtick', `\` ${'*y'.repeat(MANY)}`, `\` ${'\\*y'.repeat(MANY)}`],
  ])('escapes %s', (_case, text, limited) => {
    expect(limitEmphasis(text)).toBe(limited);
  });

  it('counts the marks of a bare URL without escaping them; escapes them only when they alone are too many', () => {
    const openers = '*a '.repeat(200);
    const url = `https://example.com/${'x*y/'.repeat(100)}`;
    expect(limitEmphasis(`${openers}${url} z`)).toBe(`${'\\*a '.repeat(200)}${url} z`);
    const garbage = `https://x.com/${'*b/'.repeat(300)}`;
    expect(limitEmphasis(`a ${garbage}`)).toBe(`a https://x.com/${'\\*b/'.repeat(300)}`);
    // Many URLs with a few marks each (300 in all) pass the limit together: none is escaped.
    const sources = Array.from({ length: 150 }, (_, i) => `https://example.org/rivers/*${i}*/`).join(' ');
    expect(limitEmphasis(`Sources: ${sources}`)).toBe(`Sources: ${sources}`);
  });

  it('keeps the marks of bare URLs after a bracket or a quote mark, and of email addresses, in an overloaded context', () => {
    const addresses = '(https://example.com/raw_data_v2) „https://example.com/x_y_z“ HTTP://example.com/a_b press_office@example.com';
    expect(limitEmphasis(`${addresses}${' *x'.repeat(MANY)}`)).toBe(`${addresses}${' \\*x'.repeat(MANY)}`);
  });

  it('keeps the marks of code spans, autolinks and bare URLs in an overloaded context', () => {
    const text = `\`a_b\` <https://example.com/a_b> https://example.com/x_y www.example.com/p_q ${' *x'.repeat(MANY)}`;
    expect(limitEmphasis(text)).toBe(`\`a_b\` <https://example.com/a_b> https://example.com/x_y www.example.com/p_q ${' \\*x'.repeat(MANY)}`);
  });
});

describe('limitRuns', () => {
  const long = 'a.'.repeat(MAX_ADDRESS_RUN / 2);
  const bangs = 'No! '.repeat(MAX_RUN_STOPS + 1);
  const urls = 'https://a.b/('.repeat(MAX_RUN_STOPS + 1);
  const wwws = 'www.a('.repeat(MAX_RUN_STOPS + 1);
  it.each([
    ['a few ! and images', 'Wow! Look: ![a](b.png) and https://x.org/a!b', 'Wow! Look: ![a](b.png) and https://x.org/a!b'],
    ['more ! than the limit, not the ! of an image', `${bangs}![a](b.png)`, `${bangs.replaceAll('!', '\\!')}![a](b.png)`],
    ['more ! than the limit in a code span', `\`${bangs}\``, `\`${bangs}\``],
    ['URLs of one word past the limit', `${urls} https://x.org/`, `${urls.replaceAll('://', '\\://')} https://x.org/`],
    ['www. of one word past the limit', wwws, wwws.replace('www.', 'www\\.').replaceAll('(www.', '(www\\.')],
    ['an @ in a long URL', `See https://maps.example.com/place/${'%D0%9C'.repeat(60)}/@55.75,37.61,17z now.`, `See https://maps.example.com/place/${'%D0%9C'.repeat(60)}/@55.75,37.61,17z now.`],
    ['more ! than the limit, not those of a comment or a URL', `${bangs}<!-- note --> https://x.org/#!/user`, `${bangs.replaceAll('!', '\\!')}<!-- note --> https://x.org/#!/user`],
    ['more <? and <! than the limit', '<?a <!b '.repeat(MAX_RUN_STOPS), '\\<?a \\<!b '.repeat(MAX_RUN_STOPS)],
    ['as many URLs in words of their own', Array(MAX_RUN_STOPS + 1).fill('https://a.b/').join(' '), Array(MAX_RUN_STOPS + 1).fill('https://a.b/').join(' ')],
    ['an email address', 'Mail press_office@example.com now.', 'Mail press_office@example.com now.'],
    ['a run of the limit', `${long}@b`, `${long}@b`],
    ['a longer run', `${long}x@b`, `${long}x\\@b`],
    ['a longer run in a code span', `\`${long}x@b\``, `\`${long}x@b\``],
    ['a longer run after an unclosed backtick', `\`${long}x@b`, `\`${long}x\\@b`],
    ['an @ already escaped', `${long}x\\@b`, `${long}x\\@b`],
    ['a URL whose match ends in more ! than the limit: no link', `https://a.b/${'!'.repeat(MAX_RUN_STOPS + 1)}`, `https\\://a.b/${'\\!'.repeat(MAX_RUN_STOPS + 1)}`],
    ['a URL whose match ends in the limit of !: a link, left as it is', `https://a.b/${'!'.repeat(MAX_RUN_STOPS)} ${bangs}`, `https://a.b/${'!'.repeat(MAX_RUN_STOPS)} ${bangs.replaceAll('!', '\\!')}`],
    ['a URL in a match with a long tail', `https://a.b/(https://c.d/${'.'.repeat(MAX_RUN_STOPS + 1)}`, `https\\://a.b/(https\\://c.d/${'.'.repeat(MAX_RUN_STOPS + 1)}`],
    ['a scheme without a host before more ! than the limit', `https://${'!'.repeat(MAX_RUN_STOPS + 1)}`, `https://${'\\!'.repeat(MAX_RUN_STOPS + 1)}`],
    ['a URL in a code span before more ! than the limit', `\`https://a.b\`${'!'.repeat(MAX_RUN_STOPS + 1)}`, `\`https://a.b\`${'\\!'.repeat(MAX_RUN_STOPS + 1)}`],
    ['a scheme without a host before a longer run', `https://!${long}x@b`, `https://!${long}x\\@b`],
    ['www. in a code span before a longer run', `\`www.a\`${long}x@b`, `\`www.a\`${long}x\\@b`],
  ])('%s', (_case, text, limited) => {
    expect(limitRuns(text)).toBe(limited);
  });
});

describe('through the Markdown reader', () => {
  beforeAll(() => loadParser('markdown'));
  const lead = 'The lead of this article, long enough to be one.';

  it.each([
    ['***y runs', '***y'.repeat(250_000)],
    ['runs of 31 without a space', `${'*'.repeat(31)}y`.repeat(30_000)],
    ['runs of 8 underscores', `${'_'.repeat(8)}x`.repeat(12_000)],
    ['__x', '__x'.repeat(30_000)],
    ['nested strikethrough', `${'~a ~~b '.repeat(500)}${'word '.repeat(100_000)}${' b~~ a~'.repeat(500)}`],
    ['openers before a URL full of marks', `${'*a '.repeat(255)}https://x.com/${'*b/'.repeat(300_000)} c*`],
    ['an opener before 300,000 underscores inside words', `*a ${'x_'.repeat(300_000)}`],
    ['300,000 underscores inside words alone', `a ${'x_'.repeat(300_000)}`],
    ['a backtick in a URL pairing with a later one', `${'*a '.repeat(255)} https://x.com/\`q t \`${'*b '.repeat(300_000)}\` c*`],
  ])('%s (1 MB or less) are read as text, quickly and without a warning', (_case, text) => {
    const loaded = article(`# Title\n\n${text}\n`, {}, 'marks.md');
    // (A URL with too many marks of its own keeps the backslashes that escape them.)
    expect(loaded.lead?.replace(/[*_~\s\\`]/gu, '')).toBe(text.replace(/[*_~\s`]/gu, ''));
  }, 20_000);

  it('addresses in an overloaded paragraph keep their text and their links', () => {
    const identifiers = Array.from({ length: 140 }, (_, i) => `col_a_${i}`).join(' ');
    const text = `Data (https://example.com/raw_data_v2), „https://example.com/x_y_z“ and press_office@example.com: ${identifiers}.`;
    const loaded = article(`# Title\n\n${text}\n`, {}, 'addresses.md');
    expect(loaded.lead).toContain('(https://example.com/raw_data_v2)');
    expect(loaded.lead).toContain('„https://example.com/x_y_z“');
    expect(loaded.lead).toContain('press_office@example.com');
    expect(loaded.lead).not.toContain('raw\\_');
  });

  it.each([
    ['!', '!'.repeat(1_000_000)],
    ['URLs in one word', 'https://a.b/('.repeat(80_000)],
    ['www. in one word', 'www.a('.repeat(170_000)],
    ['<? in a line', `x ${'<?'.repeat(500_000)}`],
    ['<!A in a line', `x ${'<!A'.repeat(330_000)}`],
    ['<![CDATA[ in a line', `x ${'<![CDATA['.repeat(110_000)}`],
  ])('1 MB of %s is read as text, quickly', (_case, text) => {
    expect(article(`# Title\n\n${text}\n`, {}, 'runs.md').lead).toBe(text);
  }, 20_000);

  it('a run of 1 MB before an @ is read as text, quickly; an email address stays one', () => {
    const run = `${'a.'.repeat(500_000)}@b`;
    const loaded = article(`# Title\n\n${run}\n\nMail press_office@example.com now.\n`, {}, 'run.md');
    expect(loaded.lead).toBe(run);
    expect(loaded.blocks.at(-1)).toMatchObject({ text: 'Mail press_office@example.com now.' });
  }, 20_000);

  it.each([
    ['a fence marked does not take for one', '```a`b\n\n'],
    ['a fence inside an HTML block', '<div>\n```\n</div>\n\n'],
  ])('%s turns no limit off', (_case, before) => {
    const loaded = article(`# Title\n\n${lead}\n\n${before}${'***y'.repeat(100_000)}\n`, {}, 'fence.md');
    expect(loaded.counts.words).toBeGreaterThan(2);
  }, 20_000);

  it(`emphasis nested deeper than ${MAX_EMPHASIS_DEPTH} levels shows its inner marks as characters; up to it, as emphasis`, () => {
    const nested = (depth: number): string => `${'*a '.repeat(depth)}core${' a*'.repeat(depth)}`;
    expect(article(`# Title\n\n${nested(MAX_EMPHASIS_DEPTH)}\n`, {}, 'deep.md').lead).not.toContain('*');
    expect(article(`# Title\n\n${nested(MAX_EMPHASIS_DEPTH + 3)}\n`, {}, 'deep.md').lead).toContain('*');
  });

  it('emphasis nested 128 deep around 1 MB of words: read in seconds', () => {
    const loaded = article(`# Title\n\n${'*a '.repeat(128)}${'word '.repeat(200_000)}${' a*'.repeat(128)}\n`, {}, 'deep.md');
    expect(loaded.counts.words).toBe(1 + 256 + 200_000);
  }, 20_000);

  it('code keeps its marks as written, in fences, lists, blockquotes and HTML, past the limit', async () => {
    const code = 'def __init__(self, *args, **kwargs): pass';
    const source = [
      '# Title',
      lead,
      `- Install:\n  - Then run:\n\n    \`\`\`python\n${`    ${code}\n`.repeat(40)}    \`\`\``,
      `> \`\`\`\n${'> x = a_b * c_d * e_f\n'.repeat(60)}> \`\`\``,
      `<pre>\n${'x = a_b * c_d * e_f\n'.repeat(60)}</pre>`,
      `A paragraph with ${'*i* '.repeat(140)} and \`snake_case_name(\n*args)\` and <https://example.com/a_b_c>.`,
    ].join('\n\n');
    const result = await cli(['read', '--color', 'never', '--input-format', 'markdown', '-'], { stdin: source });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(code);
    expect(result.stdout).toContain('x = a_b * c_d * e_f');
    expect(result.stdout).toContain('snake_case_name( *args)');
    expect(result.stdout).toContain('https://example.com/a_b_c');
    expect(result.stdout).not.toContain('\\');
  });

  it('contexts are counted apart: a setext heading and a blockquote keep their emphasis beside a full paragraph', () => {
    const full = `${'*m* '.repeat(100)}`;
    const loaded = article(`# Title\n\n${lead}\n\nA *key* point\n===\n${full}\n\n${'*n* '.repeat(100)}\n> ${'*q* '.repeat(100)}\n`, {}, 'contexts.md');
    expect(loaded.blocks.find((block) => block.type === 'heading')).toMatchObject({ text: 'A key point' });
    const texts = loaded.blocks.map((block) => ('text' in block ? block.text : ''));
    expect(texts.filter((text) => text.includes('*'))).toEqual([]);
    expect(texts.filter((text) => /^[mnq] [mnq] /u.test(text))).toHaveLength(3);
  });
});
