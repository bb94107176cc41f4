/**
 * One pino logger for the process. Message content never goes into logs at info level or above:
 * log ids, kinds and counts, not what people wrote.
 */
import pino from 'pino';

export type Logger = pino.Logger;

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'batsfjord-some-assistant' },
      redact: { paths: ['text', '*.text', 'value', '*.value', 'authorization', '*.authorization'], censor: '[redacted]' },
    },
    destination,
  );
}
