import cliProgress from 'cli-progress';

/** What a phase counts: bytes (shown in kB or MB) or things, named (nodes, relationships). */
export type Unit = 'bytes' | string;

export interface ProgressReporter {
  update(phase: string, done: number, total: number, unit: Unit): void;
  stop(): void;
}

/** "252 of 542 bytes", "7.4 of 36.8 MB", "5,000 of 113,063 nodes": the counts with their unit. */
export function formatAmount(done: number, total: number, unit: Unit): string {
  if (unit === 'bytes') {
    const [divisor, name] = total >= 1e6 ? [1e6, 'MB'] : total >= 1e4 ? [1e3, 'kB'] : [1, 'bytes'];
    const show = (n: number) => (divisor === 1 ? String(n) : (n / divisor).toFixed(1));
    return `${show(done)} of ${show(total)} ${name}`;
  }
  return `${done.toLocaleString('en')} of ${total.toLocaleString('en')} ${unit}`;
}

/**
 * A progress bar on a terminal; on a pipe (CI, logs) a plain line per phase and every tenth, so
 * logs stay readable and a watcher can tell how far the work is.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: ' {phase} [{bar}] {percentage}% | {amount} | {duration_formatted}', stream, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    let current = '';
    return {
      update(phase, done, total, unit) {
        const amount = formatAmount(done, total, unit);
        if (phase !== current) {
          if (current) bar.stop();
          current = phase;
          bar.start(total, done, { phase: phase.padEnd(13), amount });
        } else bar.update(done, { amount });
      },
      stop() {
        if (current) bar.stop();
        current = '';
      },
    };
  }
  let last = '';
  return {
    update(phase, done, total, unit) {
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      const key = `${phase}:${tenth}`;
      if (key === last) return;
      last = key;
      stream.write(`${phase}: ${formatAmount(done, total, unit)} (${tenth * 10}%)\n`);
    },
    stop: () => undefined,
  };
}
