// `article quotes`: the quotations, one a line, in document order.
import type { Command } from 'commander';
import { forEachArticle, jsonPerInput, withCommonOptions, type CommandContext, type CommonOptions, type PerInput } from '../common.js';

interface QuotesOptions extends CommonOptions {
  json?: boolean;
}

/** Registers `quotes` on the program. */
export function registerQuotes(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('quotes')
      .description('print the quotations, one a line, in document order')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print [{text, kind, block}] as JSON (for several files [{file, quotes}])'),
    { colour: false },
  ).action(async (files: string[], options: QuotesOptions) => {
    const found: PerInput[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: 0 }, (article) => {
        if (options.json) found.push({ file: article.file, value: article.quotes });
        else io.stdout.write(article.quotes.map((quote) => `${quote.text}\n`).join(''));
      }),
    );
    if (options.json) io.stdout.write(jsonPerInput(files, found, 'quotes'));
  });
}
