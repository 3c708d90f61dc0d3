import { describe, expect, it } from '@jest/globals';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import {
  compareVersions,
  decodeSkip,
  encodeSkip,
  matchesFilter,
  matchesViewType,
  orderBy,
  paginate,
  parseKeyValueFilter,
  positiveInt,
} from '../../src/emulator/listing.js';

const base = `https://127.0.0.1:1/subscriptions/s/x/versions?api-version=${AZUREML_API_VERSION}&$orderBy=version%20asc`;
const items = Array.from({ length: 7 }, (_, i) => i + 1);

describe('paginate', () => {
  it('cuts pages and links the next one with an opaque $skip, keeping the other parameters as sent', () => {
    const first = paginate(items, new URL(base), 3);
    expect(first.value).toEqual([1, 2, 3]);
    expect(first.nextLink).toBe(`${base}&$skip=${encodeSkip(3)}`);
    const second = paginate(items, new URL(first.nextLink!), 3);
    expect(second.value).toEqual([4, 5, 6]);
    const last = paginate(items, new URL(second.nextLink!), 3);
    expect(last).toEqual({ value: [7] });
    expect(last.nextLink).toBeUndefined();
  });

  it('stops after $top items in all', () => {
    const first = paginate(items, new URL(base), 3, 4);
    expect(first.value).toEqual([1, 2, 3]);
    expect(paginate(items, new URL(first.nextLink!), 3, 4)).toEqual({ value: [4] });
    expect(paginate([], new URL(base), 3)).toEqual({ value: [] });
  });

  it('rejects a $skip token it did not make', () => {
    expect(decodeSkip(null)).toBe(0);
    expect(decodeSkip(encodeSkip(42))).toBe(42);
    expect(() => decodeSkip('12')).toThrow(expect.objectContaining({ status: 400, target: '$skip' }));
  });

  it('reads positive integer parameters', () => {
    expect(positiveInt(new URL(`${base}&$top=5`), '$top')).toBe(5);
    expect(positiveInt(new URL(base), '$top')).toBeUndefined();
    expect(() => positiveInt(new URL(`${base}&$top=0`), '$top')).toThrow(
      expect.objectContaining({ target: '$top' }),
    );
    expect(() => positiveInt(new URL(`${base}&count=x`), 'count')).toThrow(
      expect.objectContaining({ target: 'count' }),
    );
  });
});

describe('tag and property filters', () => {
  it('parses key=value,key and matches all terms', () => {
    const filter = parseKeyValueFilter('stage=prod, team = fraud ,champion', 'tags');
    expect(filter).toEqual([
      { key: 'stage', value: 'prod' },
      { key: 'team', value: 'fraud' },
      { key: 'champion' },
    ]);
    expect(matchesFilter({ stage: 'prod', team: 'fraud', champion: '' }, filter)).toBe(true);
    expect(matchesFilter({ stage: 'prod', team: 'fraud' }, filter)).toBe(false);
    expect(matchesFilter({ stage: 'dev', team: 'fraud', champion: 'x' }, filter)).toBe(false);
    expect(matchesFilter(undefined, undefined)).toBe(true);
    expect(
      matchesFilter({ 'mlops.digest': 'sha256:a=b' }, parseKeyValueFilter('mlops.digest=sha256:a=b', 'tags')),
    ).toBe(true);
  });

  it('treats an empty filter as none and rejects an empty key', () => {
    expect(parseKeyValueFilter(null, 'tags')).toBeUndefined();
    expect(parseKeyValueFilter(' ', 'tags')).toBeUndefined();
    expect(() => parseKeyValueFilter('=x', 'properties')).toThrow(
      expect.objectContaining({ status: 400, target: 'properties' }),
    );
    expect(matchesFilter({ constructor: 'x' }, parseKeyValueFilter('toString', 'tags'))).toBe(false);
  });
});

describe('ordering and views', () => {
  const v = (name: string, createdAt: string): { name: string; createdAt: string } => ({ name, createdAt });
  const list = [v('2', '2026-01-02'), v('10', '2026-01-03'), v('1', '2026-01-01'), v('beta', '2026-01-01')];

  it('compares versions numerically, then as text', () => {
    expect(['10', '9', 'b', '1', 'a'].sort(compareVersions)).toEqual(['1', '9', '10', 'a', 'b']);
  });

  it('orders by createdtime (newest first by default) or version', () => {
    expect(orderBy(list, null).map((x) => x.name)).toEqual(['10', '2', 'beta', '1']);
    expect(orderBy(list, 'createdtime asc').map((x) => x.name)).toEqual(['1', 'beta', '2', '10']);
    expect(orderBy(list, 'version desc').map((x) => x.name)).toEqual(['beta', '10', '2', '1']);
    expect(() => orderBy(list, 'size desc')).toThrow(expect.objectContaining({ target: '$orderBy' }));
    expect(() => orderBy(list, 'version sideways')).toThrow(expect.objectContaining({ target: '$orderBy' }));
  });

  it('filters by listViewType', () => {
    expect(matchesViewType(false, null)).toBe(true);
    expect(matchesViewType(true, null)).toBe(false);
    expect(matchesViewType(true, 'ArchivedOnly')).toBe(true);
    expect(matchesViewType(false, 'archivedonly')).toBe(false);
    expect(matchesViewType(true, 'All')).toBe(true);
    expect(() => matchesViewType(true, 'Some')).toThrow(expect.objectContaining({ target: 'listViewType' }));
  });
});
