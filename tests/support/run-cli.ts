// Runs the CLI in-process with a fake process (streams, terminal, environment) and
// returns what it wrote and its exit code, so tests check stdout, stderr and code together.
import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

/** The fake process's terminal and environment; a pipe with no environment by default. */
export interface FakeProcess {
  stdin?: string;
  stdoutIsTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  supportsHyperlinks?: boolean;
}

/** What a run wrote and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `article` with `argv` in a fake process. */
export async function runCli(argv: string[], fake: FakeProcess = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (text: string) => void (stdout += text) },
    stderr: { write: (text: string) => void (stderr += text) },
    stdin: Readable.from(fake.stdin === undefined ? [] : [Buffer.from(fake.stdin)]),
    stdinIsTTY: fake.stdin === undefined,
    stdoutIsTTY: fake.stdoutIsTTY ?? false,
    stderrIsTTY: false,
    columns: fake.columns,
    env: fake.env ?? {},
    supportsHyperlinks: () => fake.supportsHyperlinks ?? false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
