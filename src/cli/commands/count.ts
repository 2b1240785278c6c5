// `article count`: words, sentences and reading time, a line per file and a total.
import type { Command } from 'commander';
import type { Article } from '../../model.js';
import { countJson, countLine, totalLine } from '../../render/lines.js';
import { forEachArticle, json, wpmOption, withCommonOptions, type CommandContext, type CommonOptions } from '../common.js';

interface CountOptions extends CommonOptions {
  json?: boolean;
  wpm: number;
}

/** Registers `count` on the program. */
export function registerCount(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('count')
      .description('count words, sentences and reading time, a line per file and a total')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print an array with one object of counts (and their breakdown by part) per file')
      .addOption(wpmOption()),
    { colour: false },
  ).action(async (files: string[], options: CountOptions) => {
    const found: Article[] = [];
    // Lines of totals are the same whichever blocks are pull quotes: only --json, which
    // breaks the words down by part, needs them found.
    const load = { summarySentences: 0, wordsPerMinute: options.wpm, pullQuotes: options.json === true };
    setCode(
      await forEachArticle(files, io, options, load, (article) => {
        found.push(article);
        if (!options.json) io.stdout.write(countLine(article));
      }),
    );
    if (options.json) io.stdout.write(json(found.map(countJson)));
    // A total for several inputs named, as wc gives one, however many of them could be read.
    else if (files.length > 1 && found.length > 0) io.stdout.write(totalLine(found, options.wpm));
  });
}
