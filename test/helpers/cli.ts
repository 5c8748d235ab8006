import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './tmp';

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts one of our CLIs (src/seed/cli/<name>.ts, or src/<name>.ts for a path) as one node
 * process. `node --import tsx` rather than the tsx binary, which runs the script in a child: a
 * kill -9 must hit the importer.
 */
export function startCli(name: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const script = name.includes('/') ? path.join(REPO_ROOT, 'src', `${name}.ts`) : path.join(REPO_ROOT, 'src/seed/cli', `${name}.ts`);
  return spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export function runCli(name: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return finished(startCli(name, args, env));
}
