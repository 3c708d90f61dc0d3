import { ConfigurationError } from '../../errors.js';

/** `true`/`false` (any case; empty -> `fallback`), as action.yml booleans are written. */
export function parseBooleanInput(value: string, input: string, fallback: boolean): boolean {
  const text = value.trim().toLowerCase();
  if (text === '') return fallback;
  if (text === 'true') return true;
  if (text === 'false') return false;
  throw new ConfigurationError(`Input '${input}': '${value}' is not true or false.`, input);
}

/** A whole number from `min` to `max` (empty -> `fallback`). */
export function parseIntegerInput(
  value: string,
  input: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const text = value.trim();
  if (text === '') return fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a whole number from ${min} to ${max}.`,
      input,
    );
  }
  return n;
}

/** A number from `min` to `max` (empty -> undefined): thresholds such as 0.01 or 250. */
export function parseNumberInput(value: string, input: string, min: number, max: number): number | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const n = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a number from ${min} to ${max}.`,
      input,
    );
  }
  return n;
}
