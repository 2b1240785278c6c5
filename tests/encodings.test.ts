// Bytes to text (spec §1): the reference article as UTF-8 with BOM and CRLF, UTF-16 LE and BE
// with BOM, and Windows-1252 gives what the UTF-8 original gives; binary files are refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { decode, mostlyUtf8 } from '../src/io/decode.js';
import { readDecoded } from '../src/io/input.js';
import { loadArticle } from '../src/load.js';
import { cli, lines, seedBytes } from './helpers.js';

const utf8 = seedBytes().toString('utf8');
const original = loadArticle('seed.txt', seedBytes()).article;

function utf16be(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf16le');
  bytes.swap16();
  return bytes;
}

const VARIANTS: Record<string, { bytes: Buffer; encoding: string }> = {
  'UTF-8 with BOM and CRLF': {
    bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8.replace(/\n/g, '\r\n'))]),
    encoding: 'utf-8',
  },
  'UTF-8 with lone CR line ends': { bytes: Buffer.from(utf8.replace(/\n/g, '\r')), encoding: 'utf-8' },
  'UTF-16LE with BOM': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]), encoding: 'utf-16le' },
  'UTF-16BE with BOM': { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(utf8)]), encoding: 'utf-16be' },
  'Windows-1252': { bytes: iconv.encode(utf8, 'windows-1252'), encoding: 'windows-1252' },
};

const dir = mkdtempSync(join(tmpdir(), 'article-encodings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the reference article in other encodings', () => {
  it('the Windows-1252 variant really has bytes 0x80-0x9F and is no valid UTF-8', () => {
    const bytes = VARIANTS['Windows-1252']!.bytes;
    expect(bytes.includes(0x91) && bytes.includes(0x92)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it.each(Object.keys(VARIANTS))('%s gives the same article', (name) => {
    const { bytes, encoding } = VARIANTS[name]!;
    const { article } = loadArticle('seed.txt', bytes);
    expect(article.encoding).toBe(encoding);
    expect(article.essentials).toEqual(original.essentials);
    expect(article.quotes).toEqual(original.quotes);
    expect(article.lead).toEqual(original.lead);
    expect(article.headings).toEqual(original.headings);
    expect(article.counts).toEqual(original.counts);
  });

  it.each(Object.keys(VARIANTS))('%s through the CLI: same essentials and quotes', async (name) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, VARIANTS[name]!.bytes);
    const essentials = await cli(['essentials', file]);
    const quotes = await cli(['quotes', file]);
    const reference = await cli(['essentials', 'articles/drones-irak.txt']);
    expect(essentials.code).toBe(0);
    expect(essentials.stdout).toBe(reference.stdout);
    expect(quotes.stdout).toBe((await cli(['quotes', 'articles/drones-irak.txt'])).stdout);
    const warned = name === 'Windows-1252';
    expect(essentials.stderr).toBe(warned ? `article: warning: '${file}': not valid UTF-8, read as Windows-1252\n` : '');
    expect(lines(quotes.stderr)).toHaveLength(warned ? 1 : 0);
  });
});

describe('Windows-1252 decoding', () => {
  const bytes = iconv.encode('“Wij betalen 5 € te veel,” zei ze. ‘Echt waar’ – zo gaat het… Café.', 'windows-1252');

  it('uses the real table for 0x80-0x9F, not Node’s TextDecoder (which gives C1 controls)', () => {
    expect([...bytes.subarray(0, 1)]).toEqual([0x93]);
    const node = new TextDecoder('windows-1252').decode(bytes);
    const { text, encoding, warning } = decode(bytes, 'x.txt');
    expect(encoding).toBe('windows-1252');
    expect(warning).toBe("'x.txt': not valid UTF-8, read as Windows-1252");
    expect(text).toBe('“Wij betalen 5 € te veel,” zei ze. ‘Echt waar’ – zo gaat het… Café.');
    expect(text).not.toBe(node);
    expect(text).not.toMatch(/[\x80-\x9f]/);
  });

  it.each([
    ['<meta charset="windows-1252">', ", as it declares (windows-1252)"],
    ["<meta charset='ISO-8859-1'>", ', as it declares (iso-8859-1)'],
    ['<meta charset="ISO_8859-1">', ', as it declares (iso_8859-1)'],
    ['<meta charset="latin-1">', ', as it declares (latin-1)'],
    ['<meta charset="iso8859-15">', '; it declares iso8859-15: try --encoding iso-8859-15'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">', '; it declares iso-8859-15: try --encoding iso-8859-15'],
    ['<?xml version="1.0" encoding="windows-1250"?>', '; it declares windows-1250: try --encoding windows-1250'],
    // A page that declares UTF-8 but is not, or an encoding iconv-lite does not know: no claim.
    ['<meta charset="utf-8">', ''],
    ['<meta charset="x-unknown-42">', ''],
  ])('a page that is not UTF-8 and declares %s is read as Windows-1252 all the same, and the warning says what it declares', (declaration, why) => {
    const page = Buffer.concat([Buffer.from(`<html><head>${declaration}</head><body><p>`), iconv.encode('Le café ferme.', 'windows-1252'), Buffer.from('</p></body></html>')]);
    const { text, encoding, warning } = decode(page, 'x.html');
    expect(encoding).toBe('windows-1252');
    expect(text).toContain('Le café ferme.');
    expect(warning).toBe(`'x.html': not valid UTF-8, read as Windows-1252${why}`);
  });

  it('gives the quotations with their curly marks read as marks', () => {
    const { article } = loadArticle('x.txt', bytes);
    expect(article.quotes.map((q) => q.text)).toEqual(['Wij betalen 5 € te veel', 'Echt waar']);
  });

  it('--encoding forces an encoding and warns of nothing', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(file, iconv.encode('Le café est fermé. Il rouvre lundi.', 'latin1'));
    const r = await cli(['count', '--json', '--encoding', 'latin1', file]);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].words).toBe(7);
  });

  it('an unknown --encoding is a usage error', async () => {
    const r = await cli(['count', '--encoding', 'klingon-8', 'articles/drones-irak.txt']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: "article: unknown encoding 'klingon-8'\n" });
  });
});

describe('UTF-8 and BOMs', () => {
  it('a UTF-8 BOM is not part of the text', () => {
    expect(decode(Buffer.from('\ufeffHello', 'utf8'), 'x').text).toBe('Hello');
  });

  it('CRLF and lone CR become LF', () => {
    expect(decode(Buffer.from('a\r\nb\rc\n'), 'x').text).toBe('a\nb\nc\n');
  });

  it('an odd trailing byte of UTF-16 is dropped, not a crash', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le'), Buffer.from([0x41])]);
    expect(decode(bytes, 'x').text).toBe('Hi');
  });
});

describe('binary files', () => {
  it('a NUL byte in the first 8 KiB is refused', () => {
    expect(() => decode(Buffer.from('PK\x03\x04\x00\x00 zip'), 'a.zip')).toThrow(/binary/);
  });

  it('a UTF-8 byte-order mark does not spare a file with NUL bytes; a UTF-16 one does', () => {
    expect(() => decode(Buffer.from('\xef\xbb\xbfT\n\nab\x00cd.\n', 'latin1'), 'b.txt')).toThrow(/: binary file \(NUL bytes\), not an article$/);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('T\n\nabcd.\n', 'utf16le')]), 'u.txt')).toMatchObject({ encoding: 'utf-16le', warning: null });
  });

  it.each([
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Titel.', 'utf16le'), Buffer.from([0x41])])],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Titel.', 'utf16le').swap16(), Buffer.from([0x41])])],
  ])('%s with an odd number of bytes: the half code unit is left out with a warning', (encoding, bytes) => {
    expect(decode(bytes, 'odd.txt')).toEqual({ text: 'Titel.', encoding, warning: `'odd.txt': ${encoding.toUpperCase()} with an odd number of bytes; the last byte was left out` });
  });

  it('a NUL byte past 8 KiB is not sniffed; it is removed as a control character', () => {
    const bytes = Buffer.concat([Buffer.from('a '.repeat(5000)), Buffer.from([0]), Buffer.from(' end')]);
    const { text } = decode(bytes, 'x');
    expect(text).not.toContain('\0');
    expect(text.endsWith(' end')).toBe(true);
  });

  it.each([
    ['UTF-16LE', Buffer.from('Het water stijgt. De dijk houdt.\n', 'utf16le'), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16le)'],
    ['UTF-16BE', Buffer.from('Das Wasser steigt. Der Deich hält.\n', 'utf16le').swap16(), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16be)'],
    ['Russian UTF-16LE', Buffer.from('Вода поднимается. Дамба держится.\n', 'utf16le'), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16le)'],
    ['Chinese UTF-16LE', Buffer.from('北京市政府宣布新的交通计划\n\n北京市政府周二宣布，从明年一月一日起，市中心将实施新的交通管理措施。\n', 'utf16le'), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16le)'],
    ['Japanese UTF-16BE', Buffer.from('東京都は新しい交通計画を発表した。\n\n来年一月から、都心で新しい交通規制が始まる。\n', 'utf16le').swap16(), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16be)'],
    ['short Chinese UTF-16LE whose bytes are also UTF-8 (no hint rather than a wrong one)', Buffer.from('她在这里看到一个高大女子。\n你也在这里。\n', 'utf16le'), ''],
    ['UTF-8 Greek with form feeds around a NUL', Buffer.from('Το δημοτικό συμβούλιο αποφάσισε\f\u0000\f να κλείσει την παλιά γέφυρα.\n'), ''],
    ['UTF-8 Russian with ANSI escapes and a NUL', Buffer.from('\u001b[1mГородской совет\u001b[0m проголосовал за закрытие моста.\u0000\n'), ''],
    ['Hindi UTF-16LE', Buffer.from('नगर परिषद ने मंगलवार को पुराने पुल को कम से कम एक साल के लिए बंद करने का फैसला किया। मरम्मत पर 40 मिलियन यूरो खर्च होंगे।\n', 'utf16le'), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16le)'],
    ['Punjabi UTF-16BE', Buffer.from('ਨਗਰ ਕੌਂਸਲ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਪੁਰਾਣਾ ਪੁਲ ਘੱਟੋ ਘੱਟ ਇੱਕ ਸਾਲ ਲਈ ਬੰਦ ਕਰਨ ਦਾ ਫੈਸਲਾ ਕੀਤਾ।\n', 'utf16le').swap16(), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16be)'],
    ['UTF-8 poem of short lines with a NUL', Buffer.from('Regen.\nWind.\nZee.\nDijk.\nLand.\nLucht.\u0000\nStil.\n'), ''],
    ['UTF-8 Russian words a line, CRLF, with a NUL', Buffer.from('дом\r\nмост\r\nрека\r\nгород\r\nлес\r\nполе\r\nмэр\u0000\r\n'), ''],
    ['UTF-8 Greek words double-spaced, with a NUL', Buffer.from('σπίτι\n\nγέφυρα\n\nποτάμι\n\nπόλη\u0000\n\n'), ''],
    ['UTF-8 Ukrainian short words a line, CRLF, with a NUL', Buffer.from('за\r\nу\r\nна\r\nрік\r\nза\r\nу\r\nмер\u0000\r\nта\r\n'), ''],
    ['Greek UTF-16LE', Buffer.from('Το δημοτικό συμβούλιο αποφάσισε να κλείσει τη γέφυρα.\n', 'utf16le'), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16le)'],
    ['Arabic UTF-16BE', Buffer.from('أعلنت الحكومة يوم الثلاثاء عن خطة جديدة للسكك الحديدية\n', 'utf16le').swap16(), ' (it looks like UTF-16 without a byte-order mark: use --encoding utf-16be)'],
    ['UTF-8 text with a stray NUL', Buffer.from('The council met on Monday.\u0000 It agreed the budget after a long debate.\n'), ''],
    ['UTF-8 Russian with two stray NULs', Buffer.from('Городской совет\u0000 собрался в понедельник и\u0000 утвердил бюджет после долгих споров.\n'), ''],
    ['short UTF-8 Russian with two stray NULs', Buffer.from('Вода поднимается.\u0000 Дамба держится.\u0000\n'), ''],
    ['UTF-8 Russian with its NULs on even bytes only', Buffer.from('Вода\u0000 дамба\u0000 мэр\u0000 город.\n'), ''],
    ['UTF-8 emoji after a NUL', Buffer.from('\u0000🎉🎉🎉🍕🍕🍺🍺🔥🔥😀😀👍👍🎈🎈\n'), ''],
    ['UTF-8 Greek figures with a NUL', Buffer.from('Έκθεση 2024: 12,5% 3,4% 7,8%\u0000\n'), ''],
    ['four bytes', Buffer.from('ABC\u0000'), ''],
    ['UTF-8 Greek with a stray NUL', Buffer.from('Η κυβέρνηση ανακοίνωσε την Τρίτη ότι από τον Ιανουάριο θα απαγορευτεί η κυκλοφορία.\n\u0000'), ''],
    ['an executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]), ''],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), ''],
  ])('%s without a byte-order mark is refused; the hint names UTF-16 only where its start looks like UTF-16 text', (_case, bytes, hint) => {
    let message = '';
    try {
      decode(bytes, 'x.txt');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.endsWith(`binary file (NUL bytes), not an article${hint}`)).toBe(true);
    if (hint !== '') expect(decode(bytes, 'x.txt', hint.slice(hint.lastIndexOf(' ') + 1, -1)).text).toMatch(/^(?:Het |Das |Вода |北京|東京|Το |أعلنت|नगर|ਨਗਰ)/u);
  });

  it('the CLI refuses it with exit 1 and one line, and goes on with the other files', async () => {
    const file = join(dir, 'image.bin');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const r = await cli(['essentials', file, 'articles/drones-irak.txt']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`article: cannot read '${file}': binary file (NUL bytes), not an article\n`);
    expect(lines(r.stdout)).toHaveLength(3);
  });
});

describe('a file read straight to text gives what its bytes give', () => {
  // readDecoded reads a regular file as UTF-8 with Node, without a buffer, and goes back to the
  // bytes where only they can tell: each case must decode exactly as `decode` does its bytes.
  const text = 'Een titel\n\nDe minister zei: “We blijven.” Ça va, Straße, 東京. Soleimani’s drones.\n';
  const cases: [string, Buffer][] = [
    ['UTF-8', Buffer.from(text)],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['UTF-8 holding U+FFFD itself', Buffer.from(`${text}Een teken: \ufffd.\n`)],
    ['UTF-8 with BOM and a byte that is not UTF-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ok.\n')])],
    ['Windows-1252', iconv.encode(text.replace('東京', 'Tokio'), 'windows-1252')],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
    ['a NUL at the start (binary)', Buffer.concat([Buffer.from([0]), Buffer.from(text)])],
    ['a NUL after the sniffed bytes', Buffer.concat([Buffer.from('x'.repeat(9000)), Buffer.from([0]), Buffer.from(text)])],
    ['escape codes and CRLF', Buffer.from(text.replace(/\n/g, '\r\n').replace('minister', 'mini\u001b[31mster'))],
    ['empty', Buffer.alloc(0)],
  ];

  it.each(cases)('%s', async (name, bytes) => {
    const file = join(dir, `${name.replace(/\W+/g, '-')}.txt`);
    writeFileSync(file, bytes);
    const stdin = (): NodeJS.ReadableStream => Readable.from([]);
    const read = await readDecoded(file, file, stdin, 1 << 20).then(
      (decoded) => ({ decoded }),
      (error: Error) => ({ error: error.message }),
    );
    let expected: { decoded: unknown } | { error: string };
    try {
      expected = { decoded: decode(bytes, file) };
    } catch (error) {
      expected = { error: (error as Error).message };
    }
    expect(read).toEqual(expected);
  });
});

describe('a file that is mostly UTF-8', () => {
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('is read as Windows-1252, as spec §1 asks, with a hint to read it as UTF-8', () => {
    const bytes = Buffer.concat([utf8('Die Radbrücke in München wurde eröffnet, sagte der B'), latin1('ü'), utf8('rgermeister.')]);
    const { encoding, warning } = decode(bytes, 'x.txt');
    expect(encoding).toBe('windows-1252');
    expect(warning).toBe("'x.txt': not valid UTF-8, read as Windows-1252; it is mostly UTF-8 (1 byte is not, the first at offset 55): try --encoding utf-8");
    expect(decode(bytes, 'x.txt', 'utf-8').text).toBe('Die Radbrücke in München wurde eröffnet, sagte der B\ufffdrgermeister.');
  });

  it.each([
    ['Latin-1 text, every accent a lone byte', latin1('Le maître a parlé de l’été et du café.'.replace('’', "'")), null],
    ['Latin-1 text with one pair that happens to be UTF-8 (Ã©)', latin1("Le maître a parlé de l'été, Ã© et du café."), null],
    ['UTF-8 and as many bytes that are not', Buffer.concat([utf8('é'), latin1('é')]), null],
    ['more UTF-8 than not', Buffer.concat([utf8('éé'), latin1('é')]), { valid: 2, invalid: 1, first: 4 }],
    ['all UTF-8', utf8('éé'), null],
    ['overlong forms and surrogates, which are no UTF-8', Buffer.concat([utf8('éé'), Buffer.from([0xc0, 0xaf, 0xed, 0xa0, 0x80])]), null],
    ['a sequence cut off at the end, two bytes that are not', Buffer.concat([utf8('éé'), Buffer.from([0xe2, 0x82])]), null],
    ['a sequence cut off at the end after more UTF-8', Buffer.concat([utf8('ééé'), Buffer.from([0xe2, 0x82])]), { valid: 3, invalid: 2, first: 6 }],
  ])('%s: %j', (_case, bytes, expected) => {
    // All UTF-8 gives null too: there is nothing to hint at, as the file is read as UTF-8.
    expect(mostlyUtf8(bytes)).toEqual(expected);
  });
});
