/**
 * Error messages and extensions quote what the client sent (an id, a value, a variable); a
 * client that sent 95 KB got it back twice. Every run of text without spaces longer than
 * MAX_ECHO characters is cut to its start and a note of its length, so an answer's size no
 * longer follows the size of the bad input.
 */
export const MAX_ECHO = 120;

const LONG_RUN = new RegExp(`\\S{${MAX_ECHO + 1},}`, 'g');

export function shortenEcho(text: string): string {
  return text.replace(LONG_RUN, (run) => `${run.slice(0, MAX_ECHO)}… (${run.length} characters)`);
}

export function shortenEchoes<T>(value: T): T {
  if (typeof value === 'string') return shortenEcho(value) as T;
  if (Array.isArray(value)) return value.map(shortenEchoes) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shortenEchoes(inner)])) as T;
  }
  return value;
}
