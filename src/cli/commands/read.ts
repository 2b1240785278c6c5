// `article read`: the article for reading, styled on a terminal, clean text in a pipe.
import type { Command } from 'commander';
import type { Article } from '../../model.js';
import { colorMode, forEachArticle, jsonPerInput, positiveInt, withCommonOptions, type CommandContext, type CommonOptions } from '../common.js';
import { decideColor, decideHyperlinks, decideWidth } from '../settings.js';

interface ReadOptions extends CommonOptions {
  json?: boolean;
  width?: number;
}

/** Registers `read` on the program. */
export function registerRead(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('read')
      .description('render an article for reading (styled on a terminal, clean text in a pipe)')
      .argument('[files...]', 'article files (.txt, .md); - or nothing for stdin')
      .option('--json', 'print the whole article model as JSON')
      .option('-w, --width <columns>', 'wrap to this many columns', positiveInt('--width', 10_000)),
  ).action(async (files: string[], options: ReadOptions) => {
    const surroundings = { env: io.env, isTTY: io.stdoutIsTTY, columns: io.columns };
    const articles: Article[] = [];
    if (options.json) {
      setCode(await forEachArticle(files, io, options, {}, (article) => void articles.push(article)));
      if (articles.length > 0) io.stdout.write(jsonPerInput(files, articles));
      return;
    }
    const [{ renderArticle }, themes] = await Promise.all([import('../../render/terminal.js'), import('../../render/theme.js')]);
    const color = decideColor(colorMode(options), surroundings);
    const theme = color ? themes.COLOR_THEME : io.stdoutIsTTY ? themes.MONO_THEME : themes.PLAIN_THEME;
    const width = decideWidth(options.width, surroundings);
    const hyperlinks = decideHyperlinks(color, surroundings, io.supportsHyperlinks);
    let separator = '';
    setCode(
      await forEachArticle(files, io, options, {}, async (article) => {
        io.stdout.write(separator + (await renderArticle(article, { theme, width, hyperlinks })));
        separator = '\n';
      }),
    );
  });
}
