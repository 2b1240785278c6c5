// Runs the CLI in-process with a fake process (streams, terminal, environment, pager) and
// returns what it wrote and its exit code, so tests check stdout, stderr and code together.
import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

/** The fake process's terminal and environment; a pipe with no environment by default. */
export interface FakeProcess {
  stdin?: string;
  stdoutIsTTY?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  /** What the fake pager answers: true (it showed the text) or false (it could not start). */
  pagerStarts?: boolean;
  supportsHyperlinks?: boolean;
}

/** What a run wrote and returned, and what it sent to the pager. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  paged: { text: string; command: readonly string[] }[];
}

/** Runs `article` with `argv` in a fake process. */
export async function runCli(argv: string[], fake: FakeProcess = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const paged: CliResult['paged'] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    stdin: Readable.from(fake.stdin === undefined ? [] : [Buffer.from(fake.stdin)]),
    stdinIsTTY: fake.stdin === undefined,
    stdoutIsTTY: fake.stdoutIsTTY ?? false,
    stderrIsTTY: false,
    columns: fake.columns,
    rows: fake.rows,
    env: fake.env ?? {},
    page: async (text, command) => {
      paged.push({ text, command });
      return fake.pagerStarts ?? true;
    },
    supportsHyperlinks: () => fake.supportsHyperlinks ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, paged };
}
