// Sentence boundaries (spec §5): terminators with closing marks, before a capital, digit or
// opening mark; abbreviations, initials, decimals and German ordinal dates do not end one.
import { describe, expect, it } from 'vitest';
import { countSentences, splitSentences } from '../src/analyse/sentences.js';

describe('where a sentence ends', () => {
  it.each([
    ['a period before a capital', 'It rained. Then it stopped.', ['It rained.', 'Then it stopped.']],
    ['question and exclamation marks', 'Wat? Ja! Nee.', ['Wat?', 'Ja!', 'Nee.']],
    ['an ellipsis character', 'Wait… What happened?', ['Wait…', 'What happened?']],
    ['three periods', 'He left... And came back.', ['He left...', 'And came back.']],
    ['before a digit', 'It was cold. 300 people left.', ['It was cold.', '300 people left.']],
    ['before an opening quote', 'It was late. “Go home,” he said.', ['It was late.', '“Go home,” he said.']],
    ['before a guillemet', 'Il est tard. « Rentrez », dit-il.', ['Il est tard.', '« Rentrez », dit-il.']],
    ['before a low quote', 'Es ist spät. „Geht heim“, sagte er.', ['Es ist spät.', '„Geht heim“, sagte er.']],
    ['a closing quote after the terminator', 'He said “Go.” Then he left.', ['He said “Go.”', 'Then he left.']],
    ['a closing single quote', 'Hij zei: ‘Nee.’ Toen ging hij.', ['Hij zei: ‘Nee.’', 'Toen ging hij.']],
    ['a closing guillemet', 'Er sagte: »Nein.« Dann ging er.', ['Er sagte: »Nein.«', 'Dann ging er.']],
    ['a German closing quote', 'Er sagte: „Wir bleiben.“ Dann ging er.', ['Er sagte: „Wir bleiben.“', 'Dann ging er.']],
    ['a German closing single quote', 'Er rief: ‚Halt!‘ Dann ging er.', ['Er rief: ‚Halt!‘', 'Dann ging er.']],
    ['a Czech question in quotes', 'Zeptal se: „Proč?“ Nikdo nevěděl.', ['Zeptal se: „Proč?“', 'Nikdo nevěděl.']],
    ['a closing bracket', 'It ended (finally.) New things began.', ['It ended (finally.)', 'New things began.']],
    ['a question inside quotes', 'She asked “Why?” Nobody knew.', ['She asked “Why?”', 'Nobody knew.']],
    ['an accented capital', 'Il pleut. À Paris aussi.', ['Il pleut.', 'À Paris aussi.']],
    ['a capital umlaut', 'Es regnet. Über Berlin auch.', ['Es regnet.', 'Über Berlin auch.']],
    ['a spaced French closing guillemet', '« Nous partons. » Elle est partie.', ['« Nous partons. »', 'Elle est partie.']],
    ['a closing guillemet after NBSP', '«\u00a0Nous partons.\u00a0» Elle est partie.', ['«\u00a0Nous partons.\u00a0»', 'Elle est partie.']],
    ['before a curly elision', 'Het regent vandaag. ’s Avonds is het koud.', ['Het regent vandaag.', '’s Avonds is het koud.']],
    ['before a curly ’t', 'Het regent. ’t Is koud.', ['Het regent.', '’t Is koud.']],
    ['before a straight elision', "Het regent vandaag. 's Avonds is het koud.", ['Het regent vandaag.', "'s Avonds is het koud."]],
    ['a German opening guillemet', 'Er ging. »Nein«, sagte sie.', ['Er ging.', '»Nein«, sagte sie.']],
    ['the end of the block', 'One sentence without a period', ['One sentence without a period']],
  ])('%s', (_case, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });
});

describe('a French closing guillemet at the end of a block or before a comma', () => {
  it.each([
    ['a space', ' '],
    ['a no-break space', '\u00a0'],
    ['a narrow no-break space', '\u202f'],
  ])('after %s, the guillemet stays with its sentence', (_space, space) => {
    const text = `«${space}Le marché fait vivre le centre-ville tout l’hiver.${space}»`;
    expect(splitSentences(text)).toEqual([text]);
  });

  it('a spaced guillemet then a comma does not start a sentence', () => {
    const text = '« Nous partons. », dit-elle.';
    expect(splitSentences(text)).toEqual([text]);
  });
});

describe('Chinese and Japanese sentence ends need no space', () => {
  it.each([
    ['。', '东京的地铁今天恢复运行。乘客很多。', ['东京的地铁今天恢复运行。', '乘客很多。']],
    ['！ and ？', '真的吗？是的！我们走吧。', ['真的吗？', '是的！', '我们走吧。']],
    ['a full-width period', '電車が止まった．駅は混雑した．', ['電車が止まった．', '駅は混雑した．']],
    ['a closing corner bracket after it', '「電車が来ます。」雨が降った。', ['「電車が来ます。」', '雨が降った。']],
    ['a closing parenthesis after it', '（地铁恢复了。）乘客很多。', ['（地铁恢复了。）', '乘客很多。']],
    ['a space after it', '乘客很多。 地铁很挤。', ['乘客很多。', '地铁很挤。']],
    // A dash after it brings the speaker, as after `.”` (`“…” — Mayor Zhang`): no sentence starts.
    ['a speaker after the quotation', '“我们必须让城市重新呼吸。”—— 市长张伟', ['“我们必须让城市重新呼吸。”—— 市长张伟']],
    ['a spaced speaker after the quotation', '「街を取り戻す。」 ― 市長', ['「街を取り戻す。」 ― 市長']],
    // Without a quotation before it, a dash after 。 is text of the next sentence.
    ['a minus sign after a full stop', '明天气温骤降。-5度的低温将持续三天。', ['明天气温骤降。', '-5度的低温将持续三天。']],
  ])('%s', (_case, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  // A quotation closed after its own terminal and followed by a quotative particle is part of
  // the sentence that reports it (「…。」と言った); anything else after the bracket starts one.
  it.each([
    ['と言った', '彼は「明日行く。」と言った。それから帰った。', ['彼は「明日行く。」と言った。', 'それから帰った。']],
    ['と述べた after ！', '首相は「全力を尽くす！」と述べた。', ['首相は「全力を尽くす！」と述べた。']],
    ['と、 before the verb', '「値上げはしない。」と、社長は話した。', ['「値上げはしない。」と、社長は話した。']],
    ['との', '『計画は中止だ。』との声が上がった。', ['『計画は中止だ。』との声が上がった。']],
    ['という', '「雨でも行く。」という話だった。', ['「雨でも行く。」という話だった。']],
    ['って', '「本当か？」って聞いた。', ['「本当か？」って聞いた。']],
    ['などと', '「もう限界だ。」などと話した。', ['「もう限界だ。」などと話した。']],
    ['nested brackets', '彼は「『行く。』」と書いた。雨だった。', ['彼は「『行く。』」と書いた。', '雨だった。']],
    ['a curly closing quote', '彼は“明日行く。”と言った。', ['彼は“明日行く。”と言った。']],
    // The rule is the bracket's: 。 still ends a sentence inside the quotation and outside one.
    ['。 inside the quotation', '「明日行く。雨でも行く。」と言った。', ['「明日行く。', '雨でも行く。」と言った。']],
    ['と after 。 without a bracket', '雨が降った。とても寒かった。', ['雨が降った。', 'とても寒かった。']],
    ['とても after the bracket', '「電車が来ます。」とても混んでいた。', ['「電車が来ます。」', 'とても混んでいた。']],
    ['ところで after the bracket', '「会議は終わった。」ところで次は何？', ['「会議は終わった。」', 'ところで次は何？']],
    ['ところが after the bracket', '「必ず勝つ。」ところが負けた。', ['「必ず勝つ。」', 'ところが負けた。']],
    ['Chinese after a corner bracket', '「我明天去。」他們走了。', ['「我明天去。」', '他們走了。']],
    // A short clause that reports the quotation (…说。, …說，, …道。) belongs to its sentence.
    ['Chinese 他说 after the quotation', '“我们会继续努力。”他说。市场反应平淡。', ['“我们会继续努力。”他说。', '市场反应平淡。']],
    ['Chinese 說 in traditional script', '「我明天去。」他說。', ['「我明天去。」他說。']],
    ['a speaker and 补充说 before a comma', '“预算已经用完。”市长张伟补充说，“明年再议。”', ['“预算已经用完。”市长张伟补充说，“明年再议。”']],
    ['表示 reports too', '“我们会继续努力。”他表示。市场反应平淡。', ['“我们会继续努力。”他表示。', '市场反应平淡。']],
    ['称 and 指出 report too', '“价格会下降。”该公司称。“需求很强。”分析师王磊指出。', ['“价格会下降。”该公司称。', '“需求很强。”分析师王磊指出。']],
    ['強調 in traditional script', '「我們不會退讓。」部長強調。市場平靜。', ['「我們不會退讓。」部長強調。', '市場平靜。']],
    ['疑问 ends no report', '“我们会赢。”毫无疑问，这是一场重要的胜利。', ['“我们会赢。”', '毫无疑问，这是一场重要的胜利。']],
    ['请问 ends no report', '“会议结束了。”请问，下一步怎么办？', ['“会议结束了。”', '请问，下一步怎么办？']],
    ['顾问 ends no report', '“我们会赢。”他是公司的顾问。', ['“我们会赢。”', '他是公司的顾问。']],
    ['名称 ends no report', '“价格会下降。”这家公司名称。', ['“价格会下降。”', '这家公司名称。']],
    ['解答 ends no report', '“很难。”这是难题的解答。', ['“很难。”', '这是难题的解答。']],
    ['a verb deep in a longer clause is no report', '“好。”他们明天会在记者会上公开表示。', ['“好。”', '他们明天会在记者会上公开表示。']],
    ['知道 is no reporting verb', '“好。”我知道。他走了。', ['“好。”', '我知道。', '他走了。']],
    ['a longer sentence is one of its own', '“好。”他说明了今年的计划。', ['“好。”', '他说明了今年的计划。']],
  ])('a quotative particle: %s', (_case, text, sentences) => {
    expect(splitSentences(text, 'ja')).toEqual(sentences);
  });

  it('a full-width period between digits is a decimal point', () => {
    expect(splitSentences('価格は３．５ドルだった。')).toEqual(['価格は３．５ドルだった。']);
  });
});

describe('ordinary words that look like abbreviations end a sentence', () => {
  it.each([
    ['me', 'He gave the keys to me. Then he left.'],
    ['no', 'The answer was no. Then they went home.'],
    ['Jan (a name)', 'Ik sprak met Jan. Hij was moe.'],
    ['min', 'The meeting lasted 10 min. Then everyone left.'],
    ['max', 'Ze heet Max. Ze is tien.'],
    ['ed', 'His name was Ed. He was tall.'],
    ['gen', 'Sie fuhren gen. Dann war Ruhe.'],
    // An English title counts only capitalised: a lower-case one is a word, an upper-case one an acronym.
    ['en: gen in lower case', 'It is made for the next gen. Then it will change.', 'en'],
    ['en: RT in upper case', 'He worked for RT. Then he left.', 'en'],
    ['en: a title before a word that starts sentences', 'Sony showed off the Next Gen. It ships in May.', 'en'],
    ['en: a title before a closing quote', '“Thank you, Gen.” He saluted and left.', 'en'],
    ['da: det', 'Jeg har gjort det. Han kommer.', 'da'],
    ['est', 'Le vent souffle vers l’est. Il fait froid.'],
    ['art', 'She loved art. Then she found music.'],
    ['vol', 'Het glas is vol. Hij drinkt het op.'],
    ['Nr. before a word', 'Das war Nr. Eins im Land.'],
  ])('%s', (_case, text, language?: string) => {
    expect(countSentences(text, language)).toBe(2);
  });
});

describe('where a sentence does not end', () => {
  it.each([
    ['dr.', 'Volgens dr. Jansen is het mis.'],
    ['Dr.', 'Volgens Dr. Jansen is het mis.'],
    ['bv.', 'Bedrijven, bv. Shell, betalen.'],
    ['o.a.', 'Landen, o.a. België, doen mee.'],
    ['Mr.', 'Mr. Smith left early.'],
    ['Mrs.', 'Mrs. Smith left early.'],
    ['e.g.', 'Fruit, e.g. Apples, is good.'],
    ['i.e.', 'The fruit, i.e. Apples, is good.'],
    ['z.B.', 'Obst, z.B. Äpfel, ist gut.'],
    ['p.', 'See p. 12 for more.'],
    ['No. before a number', 'He wore No. 5 in the final.'],
    ['pp. before a number', 'See pp. 12-14 for more.'],
    ['Fig. before a number', 'As Fig. 3 shows, it rose.'],
    ['Vol. before a number', 'It is in Vol. 2 of the series.'],
    ['Jan. before a number', 'It happened on Jan. 5 in Boston.'],
    ['Sept. before a number', 'It happened on Sept. 11 in New York.'],
    ['nr. before a number', 'Hij woont op nr. 12 in de straat.'],
    ['S. before a number', 'Siehe S. 12 im Bericht.'],
    ['Art. before a number', 'Nach Art. 3 des Gesetzes ist das so.'],
    ['art. after a French elided article', 'Selon l’art. 5 du code, c’est interdit.'],
    ['env. after a straight elided article', "Il coûte d'env. 3,5 % de plus."],
    ['chap. before a number', 'Voir le chap. 4 du rapport.'],
    ['ex. after an elided article', 'Voir l’ex. 3 plus haut.'],
    ['Prof.', 'Prof. Müller sagte das.'],
    ['Mme.', 'Mme. Dupont est là.'],
    ['an initial', 'John F. Kennedy was president.'],
    ['initials', 'J. R. R. Tolkien wrote it.'],
    ['Dutch initials', 'Minister H. de Jonge sprak.'],
    ['a decimal', 'Prices rose 3.5 percent.'],
    ['thousands', 'There were 14.886 attacks.'],
    ['a German ordinal date', 'Am 3. Januar kam er zurück.'],
    ['another ordinal date', 'Am 24. Dezember ist Heiligabend.'],
    ['a lower-case word after the period', 'It ended. then it went on.'],
    ['a comma after the quote', '“Go home,” he said.'],
    ['a question inside a sentence', 'He asked “why?” and left.'],
    ['an attribution after a quoted sentence', '“We will stay.” — Anna Berg'],
    ['an attribution after French quotes with NBSP', '«\u00a0Nous restons.\u00a0» — Anne Martin'],
    ['an attribution after French quotes with narrow NBSP', '«\u202fNous restons.\u202f» — Anne Martin'],
  ])('%s', (_case, text) => {
    expect(countSentences(text)).toBe(1);
  });

  it.each([
    ['fr', 'janv.', 'La bibliothèque a rouvert en janv. 2025 après des travaux. Puis beaucoup sont venus.'],
    ['fr', 'févr.', 'Le 3 févr. 2025, le musée a fermé ses portes. Puis il a rouvert.'],
    ['fr', 'déc.', 'Le 24 déc. 2024, il neigeait sur la ville. Puis le soleil est revenu.'],
    ['de', 'Febr.', 'Am 5. Febr. 2025 öffnete die Bücherei wieder. Dann kamen viele Leser.'],
    ['de', 'Dez.', 'Am 5. Dez. 2025 öffnete die Bücherei wieder. Dann kamen viele Leser.'],
    ['nl', 'mrt.', 'Op 3 mrt. 2024 ging de bibliotheek weer open. Toen kwamen veel lezers.'],
    ['es', 'ene.', 'El 12 ene. 2025 reabrió la biblioteca de la ciudad. Luego llegaron muchos lectores.'],
    ['es', 'ago.', 'El 12 ago. 2025 reabrió la biblioteca de la ciudad. Luego llegaron muchos lectores.'],
    ['it', 'genn.', 'Il 7 genn. 2024 la biblioteca ha riaperto le porte. Poi sono arrivati molti lettori.'],
    ['it', 'febb.', 'Il 7 febb. 2024 la biblioteca ha riaperto le porte. Poi sono arrivati molti lettori.'],
    ['it', 'dic.', 'Il 7 dic. 2024 la biblioteca ha riaperto le porte. Poi sono arrivati molti lettori.'],
    ['de', 'a street shortened with Str.', 'Die Bücherei liegt in der Hauptstr. 12 neben dem Rathaus. Dort ist es ruhig.'],
    ['nl', 'a street shortened with str.', 'De bibliotheek zit aan de Kerkstr. 3 naast het stadhuis. Daar is het rustig.'],
    ['de', 'the spaced u. Ä.', 'Es gibt Musik, Essen u. Ä. und viele Gäste im Park. Danach geht es weiter.'],
    ['de', 'u. v. m.', 'Es gibt Musik, Essen u. v. m. für alle Gäste im Park. Danach geht es weiter.'],
    ['pt', 'fev.', 'Em 3 fev. 2025 a biblioteca reabriu ao público. Depois vieram muitos leitores.'],
    ['pl', 'a Roman century after an ordinal', 'Budowa trwała w latach 90. XX wieku i kosztowała dużo. Potem ją zamknięto.'],
    ['ru', 'a Roman century after an abbreviation', 'Это было в 90-х гг. XX века, рассказал он. Потом всё изменилось.'],
    ['sv', 'sid.', 'Enligt en rapport, se sid. 14, kunde problemen upptäckas. Ingen gjorde något.'],
    ['pt', 'Eng. and Arq.', 'O Eng. Duarte Costa e o Arq. Siza Vieira falaram ontem. Depois saíram.'],
    ['es', 'Ing. and Cía.', 'El Ing. Pérez de la Cía. Telefónica habló ayer. Luego se fue.'],
  ])('%s: %s before a number or as a whole is no end', (language, _case, text) => {
    expect(countSentences(text, language)).toBe(2);
  });

  it.each([
    ['en', 'ago is an English word', 'It happened two years ago. 5 people died in the fire.'],
    ['en', 'lug is an English word', 'He carried the lug. 5 men watched him do it.'],
    ['sv', 'sett is Swedish (seen)', 'Något liknande har vi aldrig sett. 2023 var ett rekordår för polisen.'],
    ['pt', 'dez is Portuguese (ten)', 'O número de mortos subiu para dez. 15 pessoas continuam internadas.'],
    ['nl', 'ene is Dutch (one)', 'Hij koos voor de ene. 3 anderen bleven staan.'],
    ['hu', 'ott is Hungarian (there)', 'A rendőrség is ott volt. 2023-ban ez volt a helyzet.'],
    [undefined, 'a month of another language, in an undetermined one', 'Något liknande har vi aldrig sett. 2023 var ett rekordår.'],
    ['de', 'a word ending in str before a word', 'Er kam aus Silistr. Dann ging er.'],
    ['pl', 'a Roman numeral starting a name after a number', 'Zginęło 90. II Rzeczpospolita upadła.'],
    ['pl', 'I starting a sentence after a number', 'Liczba ofiar wzrosła do 15. I to jeszcze nie koniec.'],
    ['cs', 'V starting a sentence after a number', 'Počet obětí stoupl na 15. V pondělí ráno hasiči odjeli.'],
    ['da', 'I starting a sentence after a number', 'Tallet steg til 23. I dag er det flere.'],
    ['pl', 'II starting a sentence after a number', 'Jego rywal zdobył 41. II tura wyborów odbędzie się w lipcu.'],
    ['pl', 'a nominative century starting a sentence', 'Na liście znalazło się 25. XX wiek przyniósł wiele zmian.'],
  ])('%s: %s and ends its sentence', (language, _case, text) => {
    expect(countSentences(text, language)).toBe(2);
  });

  it('a period after an abbreviation that ends the block still ends it once', () => {
    expect(splitSentences('He was born in the U.S.')).toEqual(['He was born in the U.S.']);
  });

  it('a sentence after the abbreviation’s own sentence is still found', () => {
    expect(splitSentences('Volgens dr. Jansen is het mis. Hij zegt het.')).toEqual([
      'Volgens dr. Jansen is het mis.',
      'Hij zegt het.',
    ]);
  });

  it('a number before a period that is not a date ends the sentence', () => {
    expect(splitSentences('The score was 3. Then it rained.')).toEqual(['The score was 3.', 'Then it rained.']);
  });
});

describe('counting', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['One.', 1],
    ['One. Two. Three.', 3],
    ['Een. Twee? Drie!', 3],
  ])('%j has %i sentence(s)', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe('ordinals written with a period, in the languages that write them so', () => {
  it.each([
    ['de', 'Das Orchester feiert seinen 100. Geburtstag. Zum 1. Mal spielt es mit der Musikschule.', 2],
    ['de', 'Der 2. Weltkrieg endete 1945. Danach kam der Wiederaufbau.', 2],
    ['de', 'Am 3. Spieltag verlor der 1. FC Köln im 20. Jahrhundert gebauten Stadion.', 1],
    ['cs', 'Dne 5. Května začala stávka.', 1],
    // An article, pronoun or preposition never follows an ordinal: the number ended a sentence.
    ['de', 'Der Rekord liegt bei 45. Das sagte der Sprecher am Montag.', 2],
    ['de', 'Die Mannschaft kam auf Platz 2. Im Vorjahr war sie Dritter.', 2],
    ['de', 'Sie feiern zum 1. Mal zusammen. Es ist der 20. Geburtstag.', 2],
    ['de', 'Der Rekord liegt bei 45. „Das ist viel“, sagte er.', 2],
    // A year ends a sentence in every language; in English a number before a period does too.
    ['en', 'The victim was aged 45. Police said he lived nearby.', 2],
    ['nl', 'Hij werd 85. Zijn vrouw overleefde hem.', 2],
    // Where nouns and months are lower-case, a capital after the number starts a sentence…
    ['da', 'Antallet af sårede er steget til 31. Politiet efterforsker sagen.', 2],
    ['da', 'Han blev 91. »Han var en god mand«, siger datteren.', 2],
    ['nb', 'Han ble 91. Kona hans døde i fjor.', 2],
    ['pl', 'Liczba rannych wzrosła do 14. Policja prowadzi śledztwo.', 2],
    ['cs', 'Počet obětí stoupl na 17. Policie případ vyšetřuje.', 2],
    ['sk', 'Počet zranených stúpol na 17. Polícia prípad vyšetruje.', 2],
    ['fi', 'Loukkaantuneiden määrä on 14. Poliisi tutkii asiaa.', 2],
    ['tr', 'Yaralı sayısı 14. Polis olayı araştırıyor.', 2],
    ['hu', 'A sérültek száma 14. A rendőrség vizsgálja az ügyet.', 2],
    ['hr', 'Broj ozlijeđenih porastao je na 14. Policija istražuje.', 2],
    // …but a lower-case word, a digit, a name an ordinal heads or a month is still after one.
    ['da', 'Museet åbner den 5. maj efter en lang pause.', 1],
    ['nb', 'Hun fylte 85 år den 3. juni i fjor.', 1],
    ['cs', 'Dne 24. 12. 2020 se to stalo v Brně.', 1],
    ['cs', 'Hraje za 1. FC Slovácko od léta.', 1],
    ['da', 'Holdet rykker op i 1. Division næste år.', 1],
    ['tr', 'Şehir 2. Dünya Savaşı sırasında yıkıldı.', 1],
    ['tr', 'Dava İstanbul 26. Ağır Ceza Mahkemesi’nde görüldü.', 1],
    ['tr', 'Karar Ankara 4. İdare Mahkemesi’nden çıktı.', 1],
    ['fi', 'Asunto on 3. kerroksessa.', 1],
  ])('%s: %j has %i sentences', (language, text, n) => {
    expect(countSentences(text, language)).toBe(n);
  });

  it('without a language, a number before a period and a capital ends a sentence', () => {
    expect(countSentences('Das Orchester feiert seinen 100. Geburtstag.')).toBe(2);
  });
});


describe('a dotted abbreviation before a word that starts sentences', () => {
  // The word after it is one that opens a sentence and continues no noun phrase (a pronoun,
  // an article, a conjunction): the abbreviation was the sentence's last word.
  it.each([
    ['en', 'He moved to the U.S. He was 12 then.', ['He moved to the U.S.', 'He was 12 then.']],
    ['en', 'The meeting ended at 5 p.m. The minister left.', ['The meeting ended at 5 p.m.', 'The minister left.']],
    ['en', 'It opened at 9 a.m. But nobody came.', ['It opened at 9 a.m.', 'But nobody came.']],
    ['en', 'They met in Washington D.C. They talked.', ['They met in Washington D.C.', 'They talked.']],
    ['en', 'They landed at 6 a.m. It’s raining there.', ['They landed at 6 a.m.', 'It’s raining there.']],
    ['en', 'The vote is at 8 p.m. “We will win,” she said.', ['The vote is at 8 p.m.', '“We will win,” she said.']],
    ['nl', 'Hij verhuisde naar de V.S. Hij was toen 12.', ['Hij verhuisde naar de V.S.', 'Hij was toen 12.']],
    ['nl', 'De wedstrijd is zaterdag a.s. De trainer is positief.', ['De wedstrijd is zaterdag a.s.', 'De trainer is positief.']],
    ['nl', 'Dat meldt nu.nl. Volgens de site is het mis.', ['Dat meldt nu.nl.', 'Volgens de site is het mis.']],
    ['de', 'Er ist General a.D. Er lebt in Bonn.', ['Er ist General a.D.', 'Er lebt in Bonn.']],
    ['de', 'Es hilft die Tafel e.V. Die Helfer sind Freiwillige.', ['Es hilft die Tafel e.V.', 'Die Helfer sind Freiwillige.']],
    ['de', 'Sie verkaufen Hefte o.ä. Das lohnt sich.', ['Sie verkaufen Hefte o.ä.', 'Das lohnt sich.']],
    ['fr', 'Elle travaille chez Michelin S.A. Elle y est depuis 2010.', ['Elle travaille chez Michelin S.A.', 'Elle y est depuis 2010.']],
    ['fr', 'Il dirige Renault S.A. C’est un grand groupe.', ['Il dirige Renault S.A.', 'C’est un grand groupe.']],
    ['fr', 'Répondez avant lundi s.v.p. La réunion a lieu mardi.', ['Répondez avant lundi s.v.p.', 'La réunion a lieu mardi.']],
    ['fr', 'Ils sont partis aux U.S.A. Les enfants sont restés.', ['Ils sont partis aux U.S.A.', 'Les enfants sont restés.']],
    ['fr', 'César arrive en 52 av. J.-C. Il gagne.', ['César arrive en 52 av. J.-C.', 'Il gagne.']],
    ['es', 'Trabaja en Telefónica S.A. El grupo crece.', ['Trabaja en Telefónica S.A.', 'El grupo crece.']],
    ['es', 'Volvió de EE.UU. Según él, todo fue bien.', ['Volvió de EE.UU.', 'Según él, todo fue bien.']],
  ])('%s: %j', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });

  // A name, a title or a noun after it continues the sentence; an abbreviation that introduces
  // what follows never ends one; initials before a name particle are a name.
  it.each([
    ['en', 'He served in the U.S. Army for years.'],
    ['en', 'U.S. President Joe Biden spoke on Monday.'],
    ['en', 'Papers, e.g. The Guardian, reported it.'],
    ['en', 'One paper, i.e. The Times, said so.'],
    ['en', 'Bruce Springsteen, a.k.a. The Boss, played.'],
    ['en', 'It was written by J.R.R. Tolkien in Oxford.'],
    ['en', 'He played for F.C. Barcelona then.'],
    ['en', 'J. K. Rowling wrote it.'],
    ['en', 'George W. Bush spoke.'],
    ['en', 'He moved to the U.S. in 1990.'],
    ['nl', 'Kranten, o.a. De Standaard, schreven erover.'],
    ['nl', 'Hij leest vooral kranten, m.n. De Tijd.'],
    ['nl', 'Ze keken naar F.C. De Kampioenen op tv.'],
    ['nl', 'Volgens A.J. De Vries is het mis.'],
    ['de', 'Zeitungen, z.B. Die Zeit, berichteten.'],
    ['de', 'Mehrere Blätter, u.a. Die Welt, berichteten.'],
    ['de', 'Er spielt beim 1. F.C. Köln.'],
    ['fr', 'Des journaux, p.ex. Le Monde, en parlent.'],
    ['fr', 'Il a lu J.M.G. Le Clézio cet été.'],
    ['fr', 'Selon J.-P. Sartre, rien ne change.'],
    ['fr', 'Jean-Marie Le Pen, dit J.-M. Le Pen, a parlé.'],
    ['fr', 'M. Le Pen a parlé.'],
    ['es', 'Lo dijo J.M. De la Fuente ayer.'],
    ['es', 'El embajador de EE.UU. Ken Salazar habló.'],
  ])('%s: %j is one sentence', (language, text) => {
    expect(countSentences(text, language)).toBe(1);
  });

  it('without a language, a dotted abbreviation ends no sentence', () => {
    expect(countSentences('He moved to the U.S. He was 12 then.')).toBe(1);
  });
});

describe('the Greek question mark', () => {
  // U+037E, and `;` (what normalisation makes of it) in Greek, where the semicolon is `·`.
  it.each([
    ['el', 'Θα ανοίξει το λιμάνι αύριο; Οι ψαράδες περιμένουν νέα.', ['Θα ανοίξει το λιμάνι αύριο;', 'Οι ψαράδες περιμένουν νέα.']],
    ['el', 'Πότε τελειώνει η απεργία\u037e Κανείς δεν απαντά.', ['Πότε τελειώνει η απεργία\u037e', 'Κανείς δεν απαντά.']],
    ['el', 'Ποιος το είπε; «Εγώ», απάντησε ο δήμαρχος.', ['Ποιος το είπε;', '«Εγώ», απάντησε ο δήμαρχος.']],
    [undefined, 'Πότε τελειώνει η απεργία\u037e Κανείς δεν απαντά.', ['Πότε τελειώνει η απεργία\u037e', 'Κανείς δεν απαντά.']],
    ['en', 'What is it\u037e Nobody knows.', ['What is it\u037e', 'Nobody knows.']],
  ])('%s: %j', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });

  it.each([
    ['el', 'Τι έγινε; ρώτησε ο υπουργός.'],
    ['en', 'Two cities; Paris and Rome were chosen.'],
    ['fr', 'Deux villes ; Paris et Lyon ont gagné.'],
    [undefined, 'Θα ανοίξει το λιμάνι αύριο; Οι ψαράδες περιμένουν νέα.'],
  ])('%s: %j is one sentence', (language, text) => {
    expect(countSentences(text, language)).toBe(1);
  });
});

describe('a ” or ’ glued to the next word opens its sentence', () => {
  // Swedish and Finnish open quotations with ” (and ’ inside them); a closing mark is glued to
  // the word before it, so after a space and before a word these open one in every language.
  it.each([
    ['fi', 'Lautta ei kulkenut maanantaina. ”Sää oli liian huono”, kertoi kapteeni Virtanen.', ['Lautta ei kulkenut maanantaina.', '”Sää oli liian huono”, kertoi kapteeni Virtanen.']],
    ['sv', 'Färjan stod still i går. ”Vi väntar på besked”, säger kaptenen.', ['Färjan stod still i går.', '”Vi väntar på besked”, säger kaptenen.']],
    ['sv', 'Hon svarade inte. ’Nej’ var allt hon skrev.', ['Hon svarade inte.', '’Nej’ var allt hon skrev.']],
    ['sv', 'Vem bär ansvaret? ”Ingen vet”, säger hon.', ['Vem bär ansvaret?', '”Ingen vet”, säger hon.']],
    ['sv', 'Det var kallt. ”2024 blir bättre”, sa han.', ['Det var kallt.', '”2024 blir bättre”, sa han.']],
    ['en', 'The ferry stopped. ”We wait,” the captain said.', ['The ferry stopped.', '”We wait,” the captain said.']],
  ])('%s: %j', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });

  it.each([
    ['en', '“Stay here. ” Anna said it twice.'],
    ['sv', '”Vi stannar här.” sa hon.'],
  ])('%s: a spaced or closing ” starts none: %j', (language, text) => {
    expect(countSentences(text, language)).toBe(1);
  });
});

describe('abbreviations of other languages', () => {
  // One set holds what is no word anywhere (`Sra.`, `dott.`, `kl.` before a number); a map by
  // language what is a word elsewhere (Italian `sig.`, Danish `sig`) or a lower-case letter.
  it.each([
    ['da', 'Mødet begynder kl. 14 på rådhuset.'],
    ['da', 'Toget kører kl. 18.00 fra Odense.'],
    ['da', 'Det gælder f.eks. Aarhus og Aalborg.'],
    ['da', 'Lønnen stiger med en tiendedel, dvs. 24 kroner om ugen.'],
    ['da', 'Flere byer, bl.a. Odense, deltager.'],
    ['da', 'Der kom ca. 300 gæster.'],
    ['da', 'De fejrede Skt. Hans ved stranden.'],
    ['nb', 'Kampen starter kl. 19 på Ullevaal.'],
    ['nb', 'Det gjelder f. eks. Bergen og Oslo.'],
    ['nb', 'Kampen ble utsatt pga. Storm Ingunn, melder NRK.'],
    ['sv', 'Flera bolag, t.ex. Volvo, har svarat.'],
    ['sv', 'Tåget går kl. 7 från Malmö.'],
    ['af', 'Volgens mnr. Van Niekerk is die pad gesluit.'],
    ['af', 'Mev. Botha het die prys gewen.'],
    ['es', 'La Sra. Gómez voló a EE. UU. en abril con la Dra. Vidal.'],
    ['es', 'Hubo aprox. 20.000 personas en la Avda. Mayor.'],
    ['es', 'El Excmo. Sr. Alcalde habló.'],
    ['es', 'Varias ciudades, p. ej. Valencia, votaron.'],
    ['es', 'Murió en el año 44 a. C. en Roma.'],
    ['es', 'El embajador de EE. UU. Ken Salazar habló.'],
    ['it', 'Lo ha detto il dott. Bianchi ai giornalisti.'],
    ['it', 'Ne ha parlato il sig. Conti in aula.'],
    ['it', 'Secondo l’avv. Ferri la multa è giusta.'],
    ['it', 'Lo ha chiesto l’on. Rinaldi al governo.'],
    ['it', 'Il ricorso dell’avv. Galli è stato accolto.'],
    ['it', 'Il dato è a pag. 12 e al n. 5 del rapporto.'],
    ['it', 'Il gen. Rossi ha confermato la notizia.'],
    ['en', 'The strike killed Gen. Qassem Soleimani near the airport.'],
    ['en', 'Det. Insp. Jane Smith led the inquiry.'],
    ['en', 'The Rt. Hon. Ann Lee and Supt. Tom Ray spoke to Cllr. Ed Fox.'],
    ['en', 'Maj. Tom Ray and Adm. Sue Hill met Brig. Jo Lee.'],
    ['de', 'Es sprach Dipl.-Ing. Anna Schulz mit Hrn. Müller.'],
    ['es', 'Hubo un choque en la Ctra. Nacional de Valencia.'],
    ['pt', 'A Sra. Costa e a Dra. Lima chegaram ontem.'],
    ['pl', 'Na wiec przyszło ok. 120 osób.'],
    ['pl', 'Spotkanie zaczyna się o godz. 12 w ratuszu.'],
    ['pl', 'Mieszka przy ul. Długiej od lat.'],
    ['pl', 'Wiele miast, np. Gdańsk, protestuje.'],
    ['pl', 'Kościół św. Anny jest zamknięty.'],
    ['pl', 'Przyjechali m.in. Niemcy i Czesi.'],
    ['pl', 'To tzw. Plan Marshalla dla regionu.'],
    ['cs', 'Stavba stála 40 mil. Kč a trvala rok.'],
    ['cs', 'Přednášel doc. Novák z Brna.'],
    ['cs', 'Projekt vede Ing. Dvořáková z Plzně.'],
    ['cs', 'Některé země, např. Německo, souhlasí.'],
    ['cs', 'Zákon č. 89 platí od ledna.'],
    ['cs', 'Byt stojí 300 tis. Kč za metr.'],
    ['cs', 'Jde o tzv. Zelenou dohodu.'],
    ['sk', 'Podľa doc. Kováča je to chyba.'],
    ['tr', 'Doç. Dr. Ayşe Yılmaz açıklama yaptı.'],
    ['tr', 'Yrd. Doç. Mehmet Kaya konuştu.'],
    ['tr', 'Kızılay Mah. Atatürk Cad. üzerindeki dükkân yandı.'],
    ['fi', 'Esim. Kemissä satoi lunta.'],
    ['fi', 'Paikalla oli n. 300 ihmistä.'],
    ['el', 'Ο κ. Παπαδάκης μίλησε στη Βουλή.'],
    ['ru', 'Ущерб составил ок. 2,3 млн рублей.'],
    ['ru', 'Магазин на ул. Ленина закрыт.'],
    ['ru', 'Проф. Смирнов выступил в Думе.'],
    ['ru', 'Парк им. Горького открыт.'],
    ['ru', 'В г. Москве прошёл митинг.'],
    ['ru', 'Поезд прибыл на ст. Лихая утром.'],
    ['ru', 'Столица, т.е. Москва, молчит.'],
    ['ru', 'Он живёт в д. 5 на ул. Мира.'],
    ['uk', 'Музей ім. Шевченка у м. Києві відкрито.'],
    // German and Dutch abbreviations before a noun, which German writes with a capital.
    ['de', 'Das Gesetz gilt gem. Artikel 3 für alle Bürger.'],
    ['de', 'Das gilt insb. Kinder unter zwölf Jahren.'],
    ['de', 'Fragen bzgl. Steuern beantwortet das Amt.'],
    ['de', 'Der Preis zzgl. Mehrwertsteuer steigt.'],
    ['de', 'Der ehem. Minister sprach in Berlin.'],
    ['de', 'Anna Schmidt, geb. Müller, starb mit 90.'],
    ['de', 'Es passen max. Zehn Personen in den Raum.'],
    ['de', 'Erreichbar ist das Amt unter Tel. 030 1234.'],
    ['nl', 'Volgens mw. De Vries is de weg dicht.'],
    ['nl', 'De brug is ontworpen door ing. Jansen.'],
    ['nl', 'De preek was van ds. Bakker uit Urk.'],
    ['nl', 'De temperatuur lag gem. Twee graden hoger.'],
    // A no-break space inside an abbreviation or before one is a space (spec §1).
    ['de', 'Es kostet 45\u00a0Mio. Euro im Jahr.'],
    ['de', 'Es gibt z.\u00a0B. Äpfel und Birnen.'],
    ['de', 'Es gibt z.\u202fB. Äpfel und Birnen.'],
    ['de', 'Das heißt d.\u00a0h. Sie zahlen mehr.'],
    ['nl', 'Het kost 5\u00a0mln. Euro per jaar.'],
    ['nl', 'Er waren o.\u00a0a. Jan en Piet.'],
    ['fr', 'Il y avait p.\u00a0ex. Paul et Marie.'],
    ['es', 'Viajó a EE.\u00a0UU. en abril.'],
    ['en', 'The talks, led by Dr.\u00a0Smith, ended.'],
  ])('%s: %j is one sentence', (language, text) => {
    expect(countSentences(text, language)).toBe(1);
  });

  // The same letters as an ordinary word of the article's language, or a number after one of
  // these that is a unit, end the sentence.
  it.each([
    ['en', 'It was ok. Then it rained.', ['It was ok.', 'Then it rained.']],
    ['en', 'It was ok. 300 people came anyway.', ['It was ok.', '300 people came anyway.']],
    ['en', 'He moved on. Then he wrote a book.', ['He moved on.', 'Then he wrote a book.']],
    ['en', 'She wrote the doc. Then she sent it.', ['She wrote the doc.', 'Then she sent it.']],
    ['en', 'The drone hit the arch. Then it fell.', ['The drone hit the arch.', 'Then it fell.']],
    ['en', 'He reported it to the SRA. The firm closed.', ['He reported it to the SRA.', 'The firm closed.']],
    ['en', 'They met in Washington D. C. They talked.', ['They met in Washington D. C.', 'They talked.']],
    ['nl', 'Hij werkt bij ING. Daar verdient hij goed.', ['Hij werkt bij ING.', 'Daar verdient hij goed.']],
    ['nl', 'Het park levert 300 MW. Dat is veel.', ['Het park levert 300 MW.', 'Dat is veel.']],
    ['de', 'Er sprach mit Max. Dann ging er.', ['Er sprach mit Max.', 'Dann ging er.']],
    ['en', 'It was a gem. The crowd loved it.', ['It was a gem.', 'The crowd loved it.']],
    ['en', 'At 10\u00a0a.m. The minister left.', ['At 10\u00a0a.m.', 'The minister left.']],
    ['da', 'Han satte sig. Det var sent.', ['Han satte sig.', 'Det var sent.']],
    ['nb', 'Vi må dra. Det er sent.', ['Vi må dra.', 'Det er sent.']],
    ['sv', 'Vi måste dra. Klockan är mycket.', ['Vi måste dra.', 'Klockan är mycket.']],
    ['pl', 'Było ok. Potem padało.', ['Było ok.', 'Potem padało.']],
    ['ru', 'Это было в 2020 г. Потом всё изменилось.', ['Это было в 2020 г.', 'Потом всё изменилось.']],
    ['uk', 'Висота вежі 100 м. Її збудували торік.', ['Висота вежі 100 м.', 'Її збудували торік.']],
    ['en', 'They had to pay IHT. The bill was large.', ['They had to pay IHT.', 'The bill was large.']],
    ['es', 'Viajó a EE. UU. La semana pasada volvió.', ['Viajó a EE. UU.', 'La semana pasada volvió.']],
    ['es', 'Murió en el año 44 a. C. Su sucesor fue Augusto.', ['Murió en el año 44 a. C.', 'Su sucesor fue Augusto.']],
  ])('%s: %j', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });

  it('without a language, a spaced dotted abbreviation ends no sentence, as EE.UU. does not', () => {
    expect(countSentences('Viajó a EE. UU. La semana pasada volvió.')).toBe(1);
  });
});

describe('a number alone is no sentence', () => {
  // An enumerator written inside a block begins the item after it, in every language.
  it.each([
    ['en', '1. Close the roads. 2. Open the shelters.', ['1. Close the roads.', '2. Open the shelters.']],
    ['da', '1. Luk vejene. 2. Åbn hallerne.', ['1. Luk vejene.', '2. Åbn hallerne.']],
    [undefined, '12. Prices rose again.', ['12. Prices rose again.']],
  ])('%s: %j', (language, text, sentences) => {
    expect(splitSentences(text, language)).toEqual(sentences);
  });
});
