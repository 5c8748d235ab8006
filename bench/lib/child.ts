import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const PEAK_RSS_PRELOAD = path.resolve(__dirname, 'peak-rss.js');

/** Node arguments and environment that make a child report its peak RSS into `file` at exit. */
export function peakRssHooks(file: string): { execArgv: string[]; env: Record<string, string> } {
  return { execArgv: ['-r', PEAK_RSS_PRELOAD], env: { BENCH_PEAK_RSS_FILE: file } };
}

export function readPeakRss(file: string): number | null {
  try {
    return Number(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Runs a built script of ours in a child node, its output shown; resolves with its exit code. */
export function runNode(script: string, args: string[], env: Record<string, string>, execArgv: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...execArgv, script, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}
