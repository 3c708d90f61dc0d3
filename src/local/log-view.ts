/**
 * Turns an action's raw log into what a person reading a terminal wants: workflow commands
 * (`::group::`, `::error::`, `::warning::`, `::notice::`) rendered as text, `::debug::` and
 * `::endgroup::` dropped, each line indented under its step.
 */
export function renderLogLines(text: string, indent = '  '): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '' || line.startsWith('::debug::') || line.startsWith('::endgroup::')) continue;
    const command = /^::(group|error|warning|notice)(?: [^:]*)?::(.*)$/.exec(line);
    if (!command) {
      out.push(`${indent}${line}`);
      continue;
    }
    const [, kind, message] = command;
    const unescaped = message!.replace(/%0A/g, '\n').replace(/%0D/g, '').replace(/%25/g, '%');
    const prefix = kind === 'group' ? '▸ ' : `${kind!.toUpperCase()}: `;
    for (const part of unescaped.split('\n')) out.push(`${indent}${prefix}${part}`);
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
