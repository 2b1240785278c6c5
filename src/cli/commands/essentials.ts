// `article essentials`: the box, one item a line; a summary for articles without one.
import type { Command } from 'commander';
import { DEFAULT_SUMMARY_SENTENCES } from '../../config.js';
import type { Essentials } from '../../model.js';
import { forEachArticle, jsonPerInput, positiveInt, withCommonOptions, type CommandContext, type CommonOptions } from '../common.js';

interface EssentialsOptions extends CommonOptions {
  json?: boolean;
  sentences: number;
}

/** Registers `essentials` on the program. */
export function registerEssentials(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('essentials')
      .description('print the essentials box, one item a line (a summary when there is no box)')
      .argument('[files...]', 'article files; - or nothing for stdin')
      .option('--json', 'print {label, source, items} as JSON')
      .option(
        '-n, --sentences <n>',
        'sentences of the summary for articles without a box',
        positiveInt('--sentences', 1000),
        DEFAULT_SUMMARY_SENTENCES,
      ),
  ).action(async (files: string[], options: EssentialsOptions) => {
    const found: Essentials[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: options.sentences }, (article) => {
        const essentials = article.essentials ?? { label: '', source: 'summary', items: [] };
        if (essentials.source === 'summary') {
          io.stderr.write(`article: '${article.file}' has no essentials box; printing a summary\n`);
        }
        if (options.json) found.push(essentials);
        else io.stdout.write(essentials.items.map((item) => `${item}\n`).join(''));
      }),
    );
    if (options.json && found.length > 0) io.stdout.write(jsonPerInput(files, found));
  });
}
