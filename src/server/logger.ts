import pino, { type Logger } from 'pino';
import type { Config } from '../config';

export type { Logger };

/** JSON logs on stdout; never given contact data or secrets. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'connective-graph' } });
}
