// `article essentials`: the box, one item a line; a summary for articles without one.
import type { Command } from 'commander';
import { forEachArticle, jsonPerInput, sentencesOption, withCommonOptions, type CommandContext, type CommonOptions, type PerInput } from '../common.js';

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
      .option('--json', 'print {label, source, items} as JSON (null for an article with no sentence; for several files [{file, essentials}])')
      .addOption(sentencesOption()),
    { colour: false },
  ).action(async (files: string[], options: EssentialsOptions) => {
    const found: PerInput[] = [];
    setCode(
      await forEachArticle(files, io, options, { summarySentences: options.sentences }, (article) => {
        const { essentials } = article;
        if (!essentials) io.stderr.write(`article: '${article.file}' has no essentials box and no sentence to summarize\n`);
        else if (essentials.source === 'summary') {
          io.stderr.write(`article: '${article.file}' has no essentials box; printing a summary\n`);
        }
        if (options.json) found.push({ file: article.file, value: essentials });
        else io.stdout.write((essentials?.items ?? []).map((item) => `${item}\n`).join(''));
      }),
    );
    if (options.json) io.stdout.write(jsonPerInput(files, found, 'essentials'));
  });
}
