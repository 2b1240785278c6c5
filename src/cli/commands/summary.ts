// `article summary`: a record per article (title, language, counts, essentials, quotations)
// for many files and directories at once, in a format for people or for scripts.
import { Option, type Command } from 'commander';
import { BATCH_FORMATS, type BatchFormat } from '../../batch/format-names.js';
import { checkEncoding, chosenFormat, colorMode, inputsOf, positiveInt, sentencesOption, widthOption, withCommonOptions, wpmOption, type CommandContext, type CommonOptions, type FormatOptions } from '../common.js';
import { WORKERS_AFTER_MS } from '../../config.js';
import { decideColor, decideWidth } from '../settings.js';

/** More workers than this only queue for the same cores and memory. */
const MAX_JOBS = 256;
/** Cores left to this thread (ordering and writing the records) and to V8's compiler and collector threads. */
const CORES_KEPT = 1;

/**
 * The workers `summary` uses unless `--jobs` says: one core fewer than the machine has (on two
 * cores, two workers were slower than none: 1.16 s against 1.01 s for 2,000 small files, as
 * V8's own threads already use half a core), started only once the batch proves long enough to
 * pay for them.
 */
async function defaultJobs(): Promise<{ jobs: number; workersAfterMs: number }> {
  const { availableParallelism } = await import('node:os');
  return { jobs: Math.max(1, availableParallelism() - CORES_KEPT), workersAfterMs: WORKERS_AFTER_MS };
}

interface SummaryOptions extends CommonOptions, FormatOptions<BatchFormat> {
  sentences: number;
  wpm: number;
  width?: number;
  /** Unset: `defaultJobs` (node:os is loaded only then, not on every start). */
  jobs?: number;
}

/** Registers `summary` on the program. */
export function registerSummary(program: Command, { io, setCode }: CommandContext): void {
  withCommonOptions(
    program
      .command('summary')
      .description('summarize many articles: a record per file, directories walked (.txt .md .markdown .html .htm)')
      .argument('[paths...]', 'article files and directories; - or nothing for stdin')
      .addOption(new Option('-f, --format <format>', 'output format (default: text)').choices(BATCH_FORMATS))
      .option('--json', 'one JSON array of the records (same as --format json)')
      .addOption(sentencesOption())
      .addOption(wpmOption())
      .addOption(widthOption('the text format'))
      .addOption(
        new Option('-j, --jobs <n>', 'worker threads (default: one fewer than the cores, once the batch runs longer than 50 ms; 1: no workers); output is the same for any number')
          .argParser(positiveInt('--jobs', MAX_JOBS)),
      ),
  ).action(async (args: string[], options: SummaryOptions) => {
    const format = chosenFormat(options, 'text');
    await checkEncoding(options.encoding);
    const paths = inputsOf(args, io);
    const surroundings = { env: io.env, isTTY: io.stdoutIsTTY, columns: io.columns };
    const color = format === 'text' && decideColor(colorMode(options), surroundings);
    // Loaded here, so the other commands do not pay for the batch code at start-up.
    const [{ recordWriter }, { runBatch }, themes] = await Promise.all([
      import('../../batch/formats.js'),
      import('../../batch/run.js'),
      import('../../render/theme.js'),
    ]);
    const writer = recordWriter(format, {
      paint: themes.painter(color ? themes.COLOR_THEME : themes.PLAIN_THEME),
      width: format === 'text' ? decideWidth(options.width, surroundings) : null,
    });
    const interrupt = new AbortController();
    const onSigint = (): void => interrupt.abort();
    // Once: a second Ctrl-C finds no handler and ends the process at once, the usual way.
    process.once('SIGINT', onSigint);
    try {
      const settings = {
        summarySentences: options.sentences,
        wordsPerMinute: options.wpm,
        inputFormat: options.inputFormat,
        encoding: options.encoding,
        maxSize: options.maxSize,
      };
      setCode(await runBatch({ paths, settings, ...(options.jobs ? { jobs: options.jobs } : await defaultJobs()), writer, io, signal: interrupt.signal }));
    } finally {
      process.removeListener('SIGINT', onSigint);
    }
  });
}
