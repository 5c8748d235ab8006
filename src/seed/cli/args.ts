import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Parses CLI flags; prints usage and exits 2 on anything unknown or malformed. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  usage: string,
  options: T,
  argv = process.argv.slice(2),
) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    process.exit(2);
  }
}

export function positiveInt(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    process.stderr.write(`--${name} must be a positive whole number, got "${raw}"\n`);
    process.exit(2);
  }
  return Number(raw);
}

/** Exits once what was written to stdout and stderr is out (a pipe is written asynchronously). */
function exitWhenWritten(code: number): void {
  let waiting = 2;
  const done = () => --waiting === 0 && process.exit(code);
  process.stdout.write('', done);
  process.stderr.write('', done);
}

/**
 * Runs a CLI body: known errors print their message, not a stack, and exit 1. At the end it exits
 * rather than waiting for the process to wind down, which frees every object the engine holds
 * one by one: 8 s after an import of a million practitioners, for memory the system takes back
 * at once.
 */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => exitWhenWritten(0),
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      exitWhenWritten(1);
    },
  );
}
