import { badRequest } from './arm-error.js';

/** One page of a list and the link to the next one (absent on the last page). */
export interface Page<T> {
  value: T[];
  nextLink?: string;
}

/** `$skip` tokens are opaque to clients, as ARM's are; inside they carry the offset. */
export function encodeSkip(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeSkip(token: string | null): number {
  if (token === null || token === '') return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString());
  if (!match)
    throw badRequest(
      `The $skip token '${token}' is not valid. Use the nextLink of the previous page.`,
      '$skip',
    );
  return Number(match[1]);
}

/** A positive integer query parameter (`$top`, `count`), or undefined when absent. */
export function positiveInt(url: URL, name: string): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    throw badRequest(`The query parameter '${name}' must be a positive integer; got '${raw}'.`, name);
  }
  return Number(raw);
}

/**
 * Cuts `items` into the page `url` asks for (`$skip` token), `pageSize` long, stopping after `top` items in all.
 * The nextLink repeats the request's other query parameters, as Azure ML's do.
 */
export function paginate<T>(items: T[], url: URL, pageSize: number, top?: number): Page<T> {
  const offset = decodeSkip(url.searchParams.get('$skip'));
  const end = Math.min(items.length, top ?? Infinity);
  const stop = Math.min(end, offset + pageSize);
  const value = offset < stop ? items.slice(offset, stop) : [];
  if (stop >= end) return { value };
  // The query is kept as the client sent it (ARM's nextLinks read `...&$skip=<token>`, not `%24skip`).
  const params = url.search
    .slice(1)
    .split('&')
    .filter((p) => p !== '' && !/^(\$|%24)skip=/i.test(p));
  params.push(`$skip=${encodeSkip(stop)}`);
  return { value, nextLink: `${url.origin}${url.pathname}?${params.join('&')}` };
}

/** A `tags` / `properties` filter: `key=value,key2` — every pair must match; a bare key must be present. */
export type KeyValueFilter = Array<{ key: string; value?: string }>;

export function parseKeyValueFilter(raw: string | null, name: string): KeyValueFilter | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  return raw.split(',').map((part) => {
    const eqAt = part.indexOf('=');
    const key = (eqAt < 0 ? part : part.slice(0, eqAt)).trim();
    if (key === '')
      throw badRequest(`The '${name}' filter '${raw}' has an empty key; use 'key=value,key2'.`, name);
    return eqAt < 0 ? { key } : { key, value: part.slice(eqAt + 1).trim() };
  });
}

export function matchesFilter(
  values: Record<string, unknown> | undefined,
  filter: KeyValueFilter | undefined,
): boolean {
  if (!filter) return true;
  const map = values ?? {};
  return filter.every(({ key, value }) =>
    value === undefined ? Object.hasOwn(map, key) : Object.hasOwn(map, key) && String(map[key]) === value,
  );
}

/** Compares version strings: integers numerically, then anything else by code points. */
export function compareVersions(a: string, b: string): number {
  const ia = /^\d+$/.test(a);
  const ib = /^\d+$/.test(b);
  if (ia && ib) {
    const d = BigInt(a) - BigInt(b);
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  if (ia !== ib) return ia ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Sortable {
  name: string;
  createdAt: string;
}

/**
 * `$orderBy` of version lists: `createdtime asc|desc` (the Azure ML CLI asks for `createdtime desc` to find the
 * latest version) or `version asc|desc`. Default: newest first.
 */
export function orderBy<T extends Sortable>(items: T[], raw: string | null): T[] {
  const spec = (raw ?? 'createdtime desc').trim().toLowerCase().split(/\s+/);
  const [field, direction = 'asc'] = spec;
  if (spec.length > 2 || (direction !== 'asc' && direction !== 'desc')) {
    throw badRequest(`The $orderBy '${raw}' is not valid; use '<field> asc' or '<field> desc'.`, '$orderBy');
  }
  const sign = direction === 'desc' ? -1 : 1;
  let compare: (a: T, b: T) => number;
  if (field === 'createdtime' || field === 'createdat') {
    compare = (a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : compareVersions(a.name, b.name);
  } else if (field === 'version' || field === 'name') {
    compare = (a, b) => compareVersions(a.name, b.name);
  } else {
    throw badRequest(
      `The $orderBy field '${field}' is not supported; use createdtime or version.`,
      '$orderBy',
    );
  }
  return [...items].sort((a, b) => sign * compare(a, b));
}

/** `listViewType`: ActiveOnly (default), ArchivedOnly or All, against `isArchived`. */
export function matchesViewType(isArchived: unknown, raw: string | null): boolean {
  const view = (raw ?? 'ActiveOnly').toLowerCase();
  if (view === 'all') return true;
  if (view === 'activeonly') return isArchived !== true;
  if (view === 'archivedonly') return isArchived === true;
  throw badRequest(
    `The listViewType '${raw}' is not valid; use ActiveOnly, ArchivedOnly or All.`,
    'listViewType',
  );
}
