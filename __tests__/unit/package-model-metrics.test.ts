import { describe, expect, it } from '@jest/globals';
import { configurationErrorOf } from '../helpers/errors.js';
import { parseMetrics } from '../../src/model/metrics.js';

describe('parseMetrics', () => {
  it('reads a flat map of numbers and strings', () => {
    expect(parseMetrics('{"accuracy": 0.91, "auc": 0.95, "dataset": "v3", "rows": 800}', 'm.json')).toEqual({
      accuracy: 0.91,
      auc: 0.95,
      dataset: 'v3',
      rows: 800,
    });
  });

  it('reads a {"metrics": {...}} wrapper', () => {
    expect(parseMetrics('{"metrics": {"f1": 0.8}}', 'm.json')).toEqual({ f1: 0.8 });
  });

  it('reads MLflow run metrics, keeping the latest step of each key', () => {
    const mlflow = [
      { key: 'loss', value: 0.9, step: 0, timestamp: 1 },
      { key: 'loss', value: 0.4, step: 2, timestamp: 3 },
      { key: 'loss', value: 0.6, step: 1, timestamp: 9 },
      { key: 'accuracy', value: 0.88, step: 0, timestamp: 5 },
    ];
    expect(parseMetrics(JSON.stringify(mlflow), 'm.json')).toEqual({ loss: 0.4, accuracy: 0.88 });
    expect(parseMetrics(JSON.stringify({ metrics: mlflow }), 'm.json')).toEqual({
      loss: 0.4,
      accuracy: 0.88,
    });
  });

  it.each([
    ['not JSON', '{accuracy: 1}', /is not valid JSON at line 1, column 2: expected a property name/],
    ['not JSON on line 2', '{"a": 1,\n  "b" 2}', /is not valid JSON at line 2, column 7: expected ':'/],
    ['cut short', '{"a": 1', /is not valid JSON at line 1, column 8: the text ends/],
    ['a list of numbers', '[1, 2]', /entry 0 is not an MLflow metric/],
    ['a number', '0.9', /is not a JSON object/],
    ['nested', '{"scores": {"auc": 0.9}}', /'scores' is an object, not a number or a string/],
    ['a boolean value', '{"passed": true}', /'passed' is a boolean/],
    ['a null value', '{"auc": null}', /'auc' is null/],
    ['a bad name', '{"a\\"b": 1}', /a metric name of 3 characters that is not/],
    ['a bad name with a bad value', '{"a\\"b": [1]}', /'<a name of 3 characters>' is a list/],
  ])('rejects %s, naming metrics-file', (_name, text, message) => {
    expect(() => parseMetrics(text, 'm.json')).toThrow(message);
    expect(() => parseMetrics(text, 'm.json')).toThrow(/^Input 'metrics-file': m.json /);
    // Never the file's text: no value, and no name that is not a valid metric name.
    const shown = configurationErrorOf(() => parseMetrics(text, 'm.json')).message.split(' Write ')[0];
    expect(shown).not.toMatch(/0\.9|true|a"b|accuracy: 1|\[1\]/);
  });
});
