// Links in `read`: OSC 8 hyperlinks only with colour, a terminal that supports them, and an
// http, https or mailto address; otherwise the address in the text. And nothing in an
// article (entities, links, code) can smuggle an escape sequence through.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { decideHyperlinks } from '../src/cli/settings.js';
import { loadArticle, loadParser } from '../src/load.js';
import { renderArticle } from '../src/render/terminal.js';
import { COLOR_THEME, PLAIN_THEME } from '../src/render/theme.js';
import { hyperlinkTarget, markdownRenderer, mayPlantHyperlink } from '../src/render/markdown-terminal.js';
import { cli } from './helpers.js';


beforeAll(() => loadParser('markdown'));
const OSC8 = /\x1b\]8;;([^\x07]*)\x07/g;
const LINKS = '# Links\n\nRead [the report](https://example.org/report?a=1&amp;b=2), mail [the desk](mailto:desk@example.org), skip [this](javascript:alert&#40;1&#41;) and [that](ftp://example.org/f).\n';

/** Rendered text with the renderer's own codes (SGR, and OSC 8 to safe addresses) removed. */
function withoutOwnCodes(text: string): string {
  return text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .replace(/\x1b\]8;;(?:(?:https?|mailto):[\x21-\x7e]*)?\x07/g, '');
}

function render(markdown: string, hyperlinks: boolean, width: number | null = 60): string {
  const { article } = loadArticle('x.md', Buffer.from(markdown));
  return renderArticle(article, { theme: COLOR_THEME, width, hyperlinks, markdown: markdownRenderer });
}

describe('decideHyperlinks', () => {
  const tty = (env: Record<string, string> = {}) => ({ env, isTTY: true, columns: 80 });
  const cases: [string, boolean, ReturnType<typeof tty> | { env: Record<string, string>; isTTY: boolean; columns: number }, boolean | undefined, boolean][] = [
    ['colour off wins over everything', false, tty({ FORCE_HYPERLINK: '1' }), true, false],
    ['FORCE_HYPERLINK=1 forces them', true, { env: { FORCE_HYPERLINK: '1' }, isTTY: false, columns: 80 }, false, true],
    ['FORCE_HYPERLINK=0 forbids them', true, tty({ FORCE_HYPERLINK: '0' }), true, false],
    ['a supporting terminal gets them', true, tty(), true, true],
    ['a terminal without support does not', true, tty(), false, false],
    ['a pipe does not, even with colour forced', true, { env: {}, isTTY: false, columns: 80 }, true, false],
  ];
  for (const [name, color, surroundings, probe, expected] of cases) {
    it(name, () => expect(decideHyperlinks(color, surroundings, () => probe ?? false)).toBe(expected));
  }
});

describe('hyperlinkTarget', () => {
  const cases: [string, string | null][] = [
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['http://example.org/ü', 'http://example.org/%C3%BC'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['javascript:alert(1)', null],
    ['ftp://example.org/f', null],
    ['file:///etc/passwd', null],
    ['relative/page.html', null],
  ];
  for (const [href, expected] of cases) it(`${href} → ${expected}`, () => expect(hyperlinkTarget(href)).toBe(expected));
});

describe('mayPlantHyperlink', () => {
  const cases: [string, string, boolean][] = [
    ['the report', 'https://example.org/report', true],
    ['https://example.org/report', 'https://example.org/', true],
    ['www.example.org', 'https://example.org/', true],
    ['EXAMPLE.org/a', 'https://example.org/b', true],
    ['desk@example.org', 'mailto:desk@example.org', true],
    ['(see example.org).', 'https://example.org/', true],
    ['3.5 per cent, e.g. U.S. figures', 'https://example.org/', true],
    ['https://mybank.example', 'https://evil.example/login', false],
    ['mybank.example', 'https://evil.example/login', false],
    ['Log in at www.mybank.example/login now', 'https://evil.example/', false],
    ['help@mybank.example', 'mailto:help@evil.example', false],
    ['mailto:help@mybank.example', 'https://evil.example/', false],
    ['https://example.org', 'https://sub.example.org/', false],
    ['http://', 'https://example.org/', false],
    ['m\u0443bank.example', 'https://mybank.example/', false],
    // Text a reader (and a browser) reads as a domain, though written otherwise.
    ['ＢＡＮＫ．ｅｘａｍｐｌｅ', 'https://evil.example/', false],
    ['bank。example', 'https://evil.example/', false],
    ['bank｡example', 'https://evil.example/', false],
    ['bank\u200b.example', 'https://evil.example/', false],
    ['bank\u2024example', 'https://evil.example/', false],
    ['bank\u00ad.example', 'https://evil.example/', false],
    ['bank.exam\u034fple', 'https://evil.example/', false],
    ['bank.exam\ufe0fple', 'https://evil.example/', false],
    ['bank.exam\u180bple', 'https://evil.example/', false],
    ['ＥＶＩＬ．ｅｘａｍｐｌｅ', 'https://evil.example/', true],
    ['evil。example', 'https://evil.example/', true],
    ['пример。рф', 'https://evil.example/', false],
    ['café。fr', 'https://evil.example/', false],
    ['例え。jp', 'https://evil.example/', false],
    ['点击这里阅读全文。', 'https://news.cn/a.html', true],
    ['बैंक.भारत', 'https://evil.example/', false],
    ['सरकार。भारत', 'https://evil.example/', false],
  ];
  for (const [shown, target, expected] of cases) {
    it(`${JSON.stringify(shown)} → ${target}: ${expected}`, () => expect(mayPlantHyperlink(shown, target)).toBe(expected));
  }
});

describe('links in read', () => {
  it('are OSC 8 hyperlinks for http, https and mailto when the terminal supports them', () => {
    const out = render(LINKS, true);
    expect([...out.matchAll(OSC8)].map((m) => m[1]).filter(Boolean)).toEqual([
      'https://example.org/report?a=1&b=2',
      'mailto:desk@example.org',
    ]);
    expect(out).not.toContain('(https://');
  });

  it('to javascript:, other schemes and relative addresses show only their text, as in HTML', () => {
    for (const hyperlinks of [true, false]) {
      const out = withoutOwnCodes(render(LINKS, hyperlinks));
      expect(out).toContain('skip this and that.');
      expect(out).not.toMatch(/javascript|ftp:/);
    }
    expect(withoutOwnCodes(render('See [the notes](notes/a.md).\n', false))).toContain('See the notes.');
  });

  it('whose text names another host are no hyperlinks: the real address follows the text', () => {
    const deceptive = '# Bank\n\nLog in at [https://mybank.example](https://evil.example/login) today.\n';
    for (const hyperlinks of [true, false]) {
      const out = render(deceptive, hyperlinks, null);
      expect(out).not.toContain('\x1b]8');
      expect(withoutOwnCodes(out)).toContain('https://mybank.example (https://evil.example/login)');
    }
  });

  it('whose text names another host are no hyperlinks through the CLI, even forced', async () => {
    const result = await cli(['read', '--color', 'always', '--width', '200', '--input-format', 'markdown', '-'], {
      stdin: '# Bank\n\nLog in at [https://mybank.example](https://evil.example/login) or [the bank](https://mybank.example/).\n',
      env: { FORCE_HYPERLINK: '1' },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect([...result.stdout.matchAll(OSC8)].map((m) => m[1]).filter(Boolean)).toEqual(['https://mybank.example/']);
    expect(withoutOwnCodes(result.stdout)).toContain('https://mybank.example (https://evil.example/login)');
  });

  it('show the address in the text without hyperlink support', () => {
    const out = render(LINKS, false, null);
    expect(out).not.toContain('\x1b]8');
    expect(withoutOwnCodes(out)).toContain('Read the report (https://example.org/report?a=1&b=2), mail the desk (mailto:desk@example.org)');
  });

  it.each([
    ['https://www.sncf-connect.com', 'https://www.sncf-connect.com'],
    ['https://example.org/', 'https://example.org/'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
    ['https://bücher.example', 'https://xn--bcher-kva.example/'],
  ])('show %s as %s: as written, unless the parser changes more than the slash after a bare host', (href, shown) => {
    const out = withoutOwnCodes(render(`# Links\n\nSee [the site](<${href}>) today.\n`, false, null));
    expect(out).toContain(`See the site (${shown}) today.`);
  });

  it('are never hyperlinks without colour, even when forced', async () => {
    const result = await cli(['read', '--color', 'never', '--width', '80', '--input-format', 'markdown', '-'], {
      stdin: LINKS,
      stdoutIsTTY: true,
      env: { FORCE_HYPERLINK: '1' },
      supportsHyperlinks: true,
    });
    expect(result.stdout).not.toContain('\x1b');
    expect(result.stdout).toContain('the report (https://example.org/report?a=1&b=2)');
  });

  it('follow the terminal through the CLI: a supporting terminal with colour gets them', async () => {
    const result = await cli(['read', '--input-format', 'markdown', '-'], {
      stdin: LINKS,
      stdoutIsTTY: true,
      columns: 80,
      env: { TERM: 'xterm' },
      supportsHyperlinks: true,
    });
    expect(result.stdout).toContain('\x1b]8;;https://example.org/report?a=1&b=2\x07');
  });
});

describe('links in the essentials box', () => {
  const BOX = [
    '# Museum reopens',
    'The city museum reopens on Saturday after a renovation that took two years, the council said.',
    '## Key points',
    '- Tickets are sold on [the museum website](https://museum.example/tickets).\n- Entry is free on [Sundays][sun] for residents.\n- The café opens in May.',
    'The renovation cost 12 million euros.',
    '[sun]: https://museum.example/sundays',
  ].join('\n\n');

  it('show their address in a pipe and are hyperlinks on a terminal that supports them, as in a paragraph', async () => {
    const piped = await cli(['read', '--input-format', 'markdown', '-'], { stdin: BOX });
    expect(piped.stdout).toContain('\n• Tickets are sold on the museum website (https://museum.example/tickets).\n• Entry is free on Sundays (https://museum.example/sundays) for residents.\n• The café opens in May.\n');
    const linked = render(BOX, true, 80);
    expect([...linked.matchAll(OSC8)].map((match) => match[1]).filter((href) => href !== '')).toEqual(['https://museum.example/tickets', 'https://museum.example/sundays']);
    expect(withoutOwnCodes(linked)).toContain('│ • Tickets are sold on the museum website.');
  });

  it.each([
    ['a blockquote box', '> **De essentie**\n>\n> - Het plan kost [120 miljoen](https://example.org/kosten) euro.\n> - De bouw begint in mei.'],
    ['paragraphs under a label', '**De essentie:**\n\nHet plan kost [120 miljoen](https://example.org/kosten) euro.\n\nDe bouw begint in mei.'],
  ])('are kept in %s', async (_case, box) => {
    const input = `# Havenplan\n\nDe raad heeft het plan goedgekeurd na een lang debat in het stadhuis.\n\n${box}\n\nDe oppositie stemde tegen. Zij vreest hogere kosten.\n`;
    const json = JSON.parse((await cli(['read', '--json', '--input-format', 'markdown', '-'], { stdin: input })).stdout) as { blocks: { type: string; items?: string[]; markdown?: unknown }[] };
    expect(json.blocks.find((block) => block.type === 'essentials')).toMatchObject({
      items: ['Het plan kost 120 miljoen euro.', 'De bouw begint in mei.'],
      markdown: ['Het plan kost [120 miljoen](https://example.org/kosten) euro.', null],
    });
    expect((await cli(['read', '--input-format', 'markdown', '-'], { stdin: input })).stdout).toContain('• Het plan kost 120 miljoen (https://example.org/kosten) euro.');
  });

  it('leave essentials and --json items as text; the export keeps them as links, read back the same', async () => {
    expect((await cli(['essentials', '--input-format', 'markdown', '-'], { stdin: BOX })).stdout).toBe(
      'Tickets are sold on the museum website.\nEntry is free on Sundays for residents.\nThe café opens in May.\n',
    );
    const json = JSON.parse((await cli(['read', '--json', '--input-format', 'markdown', '-'], { stdin: BOX })).stdout) as { blocks: { type: string; markdown?: unknown }[] };
    expect(json.blocks.find((block) => block.type === 'essentials')?.markdown).toEqual([
      'Tickets are sold on [the museum website](https://museum.example/tickets).',
      'Entry is free on [Sundays][sun] for residents.\n\n[sun]: <https://museum.example/sundays>',
      null,
    ]);
    const exported = (await cli(['read', '--format', 'markdown', '--input-format', 'markdown', '-'], { stdin: BOX })).stdout;
    expect(exported).toContain('- Tickets are sold on [the museum website](https://museum.example/tickets).\n- Entry is free on [Sundays][sun] for residents.\n- The café opens in May.\n\n[sun]: <https://museum.example/sundays>\n');
    const back = await cli(['read', '--input-format', 'markdown', '-'], { stdin: exported });
    expect(back.stdout).toBe((await cli(['read', '--input-format', 'markdown', '-'], { stdin: BOX })).stdout);
  });
});

describe('nothing smuggles escape codes', () => {
  const hostile = [
    '# Title &#27;]0;owned&#7; &#x9b;2J',
    '',
    'Text &#27;[31mred &#x9b;31m &#155;1m &#x1b;]8;;http://evil/&#x7;click&#x1b;]8;;&#x7; end.',
    '',
    '[link &#27;[5m text](https://example.org/&#27;[31m "title &#7;") and [x](http://a/&#x9b;2J) and <https://b.example/&#27;>',
    '',
    '`code &#27;[31m span` and ![alt &#27;[31m](img.png)',
    '',
    '```',
    'block &#27;[31m &#x9b;',
    '```',
    '',
    '> quote &#27;[31m &#x9b;2J',
    '',
    '| head &#27;[1m | b |',
    '| --- | --- |',
    '| &#x9b;31m cell | d |',
    '',
    '<div>&#27;[31m html &#x9b;2J</div>',
    '',
    '- item &#27;[2J',
  ].join('\n');

  it('through entities, links, code, quotes, tables and HTML', () => {
    for (const hyperlinks of [true, false]) {
      const out = render(hostile, hyperlinks);
      expect(withoutOwnCodes(out)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    }
    const { article } = loadArticle('x.md', Buffer.from(hostile));
    expect(JSON.stringify(article)).not.toMatch(/\\u00(?:1b|07|9b)|[\x1b\x07\x9b]/);
  });

  it('for any mix of entities, escapes and Markdown', () => {
    const pieces = ['&#27;', '&#x1b;', '&#x9b;', '&#155;', '&#7;', '[31m', ']8;;', '](', '[', ')', 'http://x/', '`', '\n', '\n\n', '> ', '# ', '- ', '| ', 'word ', '&amp;', '<b>', '*', '_', '\\'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        const { article } = loadArticle('x.md', Buffer.from(source));
        for (const [theme, hyperlinks] of [[COLOR_THEME, true], [PLAIN_THEME, false]] as const) {
          const out = renderArticle(article, { theme, width: 40, hyperlinks, markdown: markdownRenderer });
          expect(withoutOwnCodes(out)).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
        }
      }),
      { numRuns: 150 },
    );
  });
});
