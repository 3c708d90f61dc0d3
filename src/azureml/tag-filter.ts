/** The `tags` / `$tags` filter of the asset version lists: `key=value,key2` (the service's syntax). */
export function tagsFilter(tags: Record<string, string | undefined>): string {
  return Object.entries(tags)
    .map(([k, v]) => (v === undefined ? k : `${k}=${v}`))
    .join(',');
}
