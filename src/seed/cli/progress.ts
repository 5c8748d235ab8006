import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(phase: string, done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on a terminal; on a pipe (CI, logs) a plain line per phase and every tenth, so
 * logs stay readable and a watcher can tell how far the work is.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: ' {phase} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let current = '';
    return {
      update(phase, done, total) {
        if (phase !== current) {
          if (current) bar.stop();
          current = phase;
          bar.start(total, done, { phase: phase.padEnd(13) });
        } else bar.update(done);
      },
      stop() {
        if (current) bar.stop();
        current = '';
      },
    };
  }
  let last = '';
  return {
    update(phase, done, total) {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      const key = `${phase}:${tenth}`;
      if (key === last) return;
      last = key;
      stream.write(`${phase}: ${done}/${total} (${tenth * 10}%)\n`);
    },
    stop: () => undefined,
  };
}
