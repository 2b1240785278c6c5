// `article read`: the article for reading (styled on a terminal, clean text in a pipe), as
// Markdown, or as JSON; paged on a terminal when taller than the screen.
import { Option, type Command } from 'commander';
import type { Article } from '../../model.js';
import type { MarkdownRendererFactory } from '../../render/markdown-terminal.js';
import type { CliIo } from '../io.js';
import { chosenFormat, colorMode, forEachArticle, jsonPerInput, widthOption, withCommonOptions, type CommandContext, type CommonOptions, type FormatOptions } from '../common.js';
import { decideColor, decideHyperlinks, decideWidth } from '../settings.js';

/** What `read` prints. */
type ReadFormat = 'text' | 'markdown' | 'json';

interface ReadOptions extends CommonOptions, FormatOptions<ReadFormat> {
  width?: number;
  pager: boolean;
}

/** Turns an article into the text `read` prints for it, in the chosen format, piece by piece. */
async function formatter(format: ReadFormat, options: ReadOptions, io: CliIo): Promise<(article: Article) => Promise<Iterable<string>>> {
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../../render/markdown.js');
    return async (article) => [renderMarkdown(article)];
  }
  const surroundings = { env: io.env, isTTY: io.stdoutIsTTY, columns: io.columns };
  const [{ needsMarkdown, renderArticleChunks }, themes] = await Promise.all([
    import('../../render/terminal.js'),
    import('../../render/theme.js'),
  ]);
  const color = decideColor(colorMode(options), surroundings);
  const theme = color ? themes.COLOR_THEME : io.stdoutIsTTY ? themes.MONO_THEME : themes.PLAIN_THEME;
  const width = decideWidth(options.width, surroundings);
  const hyperlinks = decideHyperlinks(color, surroundings, io.supportsHyperlinks);
  let markdown: MarkdownRendererFactory | undefined;
  return async (article) => {
    // marked-terminal is heavy: loaded for the first article with Markdown blocks, if any.
    if (!markdown && needsMarkdown(article)) markdown = (await import('../../render/markdown-terminal.js')).markdownRenderer;
    return renderArticleChunks(article, { theme, width, hyperlinks, markdown });
  };
}

/**
 * Where the output goes: straight to stdout, or, on a terminal that may need a pager, into a
 * buffer that `flush` pages when it is taller than the screen (never when piped).
 */
async function outputFor(io: CliIo, paging: boolean): Promise<{ write(text: string): void; flush(): Promise<void> }> {
  const direct = { write: (text: string) => void io.stdout.write(text), flush: async () => {} };
  const rows = io.rows;
  // Piped output never pages: the pager's module is not even loaded then.
  if (!paging || !io.stdoutIsTTY || !io.page || !rows) return direct;
  const { pagerCommand, tallerThan } = await import('../../io/pager.js');
  const command = pagerCommand(io.env);
  if (!command) return direct;
  let buffer = '';
  return {
    write: (text) => void (buffer += text),
    async flush() {
      if (buffer === '') return;
      if (tallerThan(buffer, rows, io.columns) && (await io.page!(buffer, command))) return;
      io.stdout.write(buffer);
    },
  };
}

/** Registers `read` on the program. */
export function registerRead(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('read')
      .description('render an article for reading (styled on a terminal, clean text in a pipe)')
      .argument('[files...]', 'article files (.txt, .md, .html, any text); - or nothing for stdin')
      .addOption(
        new Option('-f, --format <format>', 'print the article for reading (text), as Markdown, or as JSON').choices([
          'text',
          'markdown',
          'json',
        ]),
      )
      .option('--json', 'print the whole article model as JSON (same as --format json)')
      .addOption(widthOption('the text'))
      .option('--no-pager', 'never page the output (a pager is used only on a terminal, for output taller than it)'),
  ).action(async (files: string[], options: ReadOptions) => {
    const format = chosenFormat(options, 'text');
    const out = await outputFor(io, options.pager);
    if (format === 'json') {
      const articles: Article[] = [];
      setCode(await forEachArticle(files, io, options, {}, (article) => void articles.push(article)));
      out.write(jsonPerInput(files, articles.map((article) => ({ file: article.file, value: article }))));
    } else {
      const render = await formatter(format, options, io);
      let separator = '';
      setCode(
        await forEachArticle(files, io, options, {}, async (article) => {
          out.write(separator);
          for (const chunk of await render(article)) out.write(chunk);
          separator = '\n';
        }),
      );
    }
    await out.flush();
  });
}
