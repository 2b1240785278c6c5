// The guess at a legacy encoding that the Windows-1252 warning names (src/io/code-page.ts):
// clearly another code page is named with its language, Western European text never is.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { describeGuess, guessCodePage } from '../src/io/code-page.js';
import { isKnownEncoding } from '../src/io/decode.js';
import { cli } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'article-code-page-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const guess = (text: string, encoding: string) => guessCodePage(iconv.encode(text, encoding), isKnownEncoding);

describe('another code page than Windows-1252 is named', () => {
  it.each([
    ['Russian', 'windows-1251', 'Президент России заявил в понедельник, что переговоры продолжатся на следующей неделе. Об этом сообщили журналисты, присутствовавшие на встрече.', ['windows-1251'], 'ru'],
    ['Russian', 'koi8-r', 'Президент России заявил в понедельник, что переговоры продолжатся на следующей неделе. Об этом сообщили журналисты, присутствовавшие на встрече.', ['koi8-r'], 'ru'],
    ['Czech', 'windows-1250', 'Vláda v pondělí schválila nový zákon o dopravě. Ministr řekl, že změny začnou platit příští rok a že řidiči budou muset zaplatit vyšší poplatky za dálnice.', ['windows-1250'], 'cs'],
    ['Greek', 'windows-1253', 'Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι διαπραγματεύσεις θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα, σύμφωνα με δημοσιογράφους.', ['windows-1253', 'iso-8859-7'], 'el'],
    ['Japanese', 'shift_jis', '政府は月曜日、交渉が来週ジュネーブで再開されると発表した。記者団によると、会議は三日間続く予定だ。', ['shift_jis'], 'ja'],
    ['Chinese', 'gb18030', '政府周一宣布，谈判将于下周在日内瓦恢复。据记者报道，会议预计将持续三天。', ['gb18030'], 'zh'],
  ])('%s in %s', (_language, encoding, text, encodings, language) => {
    expect(guess(text, encoding)).toEqual({ encodings, language });
  });
});

describe('Western European text in Windows-1252 gets no guess', () => {
  it.each([
    ['English with curly quotes and €', 'The mayor said: “We will build the bridge next year.” Critics say it costs €40 million – far too much for a town this size.'],
    ['Dutch', 'De burgemeester zei: „We bouwen de brug volgend jaar.” Critici zeggen dat het te duur is – €40 miljoen. Ook de café’s klagen.'],
    ['German', 'Der Bürgermeister sagte: „Wir bauen die Brücke nächstes Jahr.“ Kritiker sagen, sie koste zu viel – 40 Mio. €. Die Bürger sind empört.'],
    ['French', 'Le maire a déclaré : « Nous construirons le pont l’année prochaine. » Les critiques estiment qu’il coûtera trop cher à la ville.'],
    ['Spanish', 'El alcalde dijo que el puente se construirá el año próximo. Los críticos señalan que costará demasiado dinero público a la región.'],
    ['Italian', 'Il sindaco ha detto che il ponte sarà costruito l’anno prossimo. I critici dicono che costerà troppo: 40 milioni di €.'],
    ['Danish', 'Borgmesteren sagde, at broen bliver bygget næste år. Kritikere siger, at den koster for meget – 40 mio. kr. for en lille by.'],
    ['Portuguese', 'O prefeito disse que a ponte será construída no próximo ano. Os críticos dizem que custará demais: 40 milhões de euros.'],
    ['Icelandic (close to Turkish in ICU’s tables: too unsure to name)', 'Borgarstjórinn sagði að brúin yrði byggð á næsta ári. Gagnrýnendur segja að hún kosti of mikið, fjörutíu milljónir.'],
  ])('%s', (_case, text) => {
    expect(guess(text, 'windows-1252')).toBeNull();
  });
});

describe('the warning', () => {
  it.each([
    [{ encodings: ['windows-1251'], language: 'ru' }, 'it looks like Russian in windows-1251: try --encoding windows-1251'],
    [{ encodings: ['windows-1250', 'iso-8859-2'], language: 'pl' }, 'it looks like Polish in windows-1250: try --encoding windows-1250 (or iso-8859-2)'],
    [{ encodings: ['shift_jis'], language: null }, 'it looks like shift_jis: try --encoding shift_jis'],
  ])('%j reads %j', (given, text) => {
    expect(describeGuess(given)).toBe(text);
  });

  it('names the encoding on the one warning line; the file is still read as Windows-1252, and the named one reads it right', async () => {
    const file = join(dir, 'ru.txt');
    writeFileSync(file, iconv.encode('Переговоры\n\nПрезидент России заявил в понедельник, что переговоры продолжатся на следующей неделе. Об этом сообщили журналисты.\n', 'windows-1251'));
    const warned = await cli(['read', '--json', file]);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toBe(`article: warning: '${file}': not valid UTF-8, read as Windows-1252; it looks like Russian in windows-1251: try --encoding windows-1251\n`);
    expect(JSON.parse(warned.stdout)).toMatchObject({ encoding: 'windows-1252', title: 'Ïåðåãîâîðû' });
    const right = await cli(['read', '--json', '--encoding', 'windows-1251', file]);
    expect({ code: right.code, stderr: right.stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(right.stdout)).toMatchObject({ encoding: 'windows-1251', title: 'Переговоры', language: 'ru' });
  });
});
