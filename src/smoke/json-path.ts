// One format for locations in an answer, used by the expected-output comparison and the schema check:
// `$`, `$.predictions[3]`, `$["x-y"]`.

/** `path` extended by an object key: `.key` for identifier-like keys, `["key"]` otherwise. */
export function childKey(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** `path` extended by an array index. */
export const childIndex = (path: string, index: number): string => `${path}[${index}]`;

/**
 * A JSON Pointer into `value` (`/predictions/3`, as ajv reports) as a JSON path (`$.predictions[3]`). The value
 * decides whether a segment is an index or a key, so `{"3": 1}` gives `$["3"]`.
 */
export function jsonPath(value: unknown, pointer: string): string {
  if (pointer === '') return '$';
  let path = '$';
  let node: unknown = value;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      path = childIndex(path, Number(segment));
      node = node[Number(segment)];
    } else {
      path = childKey(path, segment);
      node =
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}
