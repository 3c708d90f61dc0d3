import { describe, expect, it } from '@jest/globals';
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
    ['not JSON', '{accuracy: 1}', /is not valid JSON/],
    ['a list of numbers', '[1, 2]', /entry 0 is not an MLflow metric/],
    ['a number', '0.9', /is not a JSON object/],
    ['nested', '{"scores": {"auc": 0.9}}', /'scores' = \{"auc":0.9\}, which is not a number or a string/],
    ['a boolean value', '{"passed": true}', /'passed' = true/],
    ['a null value', '{"auc": null}', /'auc' = null/],
    ['a bad name', '{"a\\"b": 1}', /metric named/],
  ])('rejects %s, naming metrics-file', (_name, text, message) => {
    expect(() => parseMetrics(text, 'm.json')).toThrow(message);
    expect(() => parseMetrics(text, 'm.json')).toThrow(/^Input 'metrics-file': m.json /);
  });
});
