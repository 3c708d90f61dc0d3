import { ConfigurationError } from '../errors.js';
import { parseJsonText } from '../json-text.js';

export type Metrics = Record<string, number | string>;

const MAX_METRICS = 200;
const NAME = /^[A-Za-z0-9_.\-/ ]{1,100}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a JSON value is, for messages that must not repeat it. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A key as messages show it: a valid metric name as is, anything else by its length (a file's text is never echoed). */
function shownName(key: string): string {
  return NAME.test(key) ? key : `<a name of ${key.length} characters>`;
}

/**
 * Parses a metrics file. Accepted shapes:
 * - a flat JSON object of numbers and strings: `{"accuracy": 0.91, "dataset": "v3"}`;
 * - the same wrapped as `{"metrics": {...}}`;
 * - MLflow's run metrics (REST `run.data.metrics`): `[{"key": "auc", "value": 0.9, "step": 0, "timestamp": ...}]`,
 *   optionally wrapped as `{"metrics": [...]}`; the latest step (then timestamp) of each key wins.
 * Anything else is a ConfigurationError naming `inputName` and what to change.
 */
export function parseMetrics(text: string, source: string, inputName = 'metrics-file'): Metrics {
  const fail = (why: string): never => {
    throw new ConfigurationError(
      `Input '${inputName}': ${source} ${why}. Write a JSON object of metric names to numbers or strings, e.g. {"accuracy": 0.91}.`,
      inputName,
    );
  };
  let doc = parseJsonText(text, fail);
  if (
    isObject(doc) &&
    Object.keys(doc).length === 1 &&
    'metrics' in doc &&
    (isObject(doc.metrics) || Array.isArray(doc.metrics))
  ) {
    doc = doc.metrics;
  }
  const out: Metrics = {};
  if (Array.isArray(doc)) {
    const latest = new Map<string, { value: number; step: number; timestamp: number }>();
    doc.forEach((m, i) => {
      if (!isObject(m) || typeof m.key !== 'string' || typeof m.value !== 'number') {
        fail(`entry ${i} is not an MLflow metric {"key": string, "value": number}`);
        return;
      }
      const step = typeof m.step === 'number' ? m.step : 0;
      const timestamp = typeof m.timestamp === 'number' ? m.timestamp : 0;
      const seen = latest.get(m.key);
      if (!seen || step > seen.step || (step === seen.step && timestamp >= seen.timestamp)) {
        latest.set(m.key, { value: m.value, step, timestamp });
      }
    });
    for (const [key, m] of latest) out[key] = m.value;
  } else if (isObject(doc)) {
    for (const [key, value] of Object.entries(doc)) {
      if (typeof value === 'number' || typeof value === 'string') out[key] = value;
      else fail(`is not usable: '${shownName(key)}' is ${kindOf(value)}, not a number or a string`);
    }
  } else {
    fail('is not a JSON object');
  }
  const names = Object.keys(out);
  if (names.length > MAX_METRICS) fail(`has ${names.length} metrics, more than ${MAX_METRICS}`);
  for (const name of names) {
    if (!NAME.test(name))
      fail(
        `has a metric name of ${name.length} characters that is not 1-100 letters, digits, spaces or _ . - /`,
      );
    const value = out[name]!;
    if (typeof value === 'string' && value.length > 256)
      fail(`has a string metric '${name}' longer than 256 characters`);
  }
  return out;
}
