/**
 * Turns an action's raw log into what a person reading a terminal wants: workflow commands
 * (`::group::`, `::error::`, `::warning::`, `::notice::`) rendered as text, `::debug::`, `::endgroup::` and the
 * runner's bookkeeping (`::save-state`, `::add-mask::`, `::set-output`) dropped, each line indented under its step.
 * Between `::stop-commands::<token>` and `::<token>::` (run-job prints a job's own log that way), lines are shown as
 * they are, as the runner does: a job's log cannot pass for our commands.
 */
export interface LogRenderer {
  (text: string): string;
}

/** A renderer for one action's log, which may arrive in chunks (it remembers a stop-commands token across them). */
export function logRenderer(indent = '  '): LogRenderer {
  let stopToken: string | undefined;
  return (text: string): string => {
    const out: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      if (line === '') continue;
      if (stopToken !== undefined) {
        if (line === `::${stopToken}::`) stopToken = undefined;
        else out.push(`${indent}${line}`);
        continue;
      }
      const stop = /^::stop-commands::(.+)$/.exec(line);
      if (stop) {
        stopToken = stop[1]!;
        continue;
      }
      if (/^::(debug|endgroup|save-state|add-mask|set-output)(?: [^:]*)?::/.test(line)) continue;
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
  };
}

/** Renders one complete log (see logRenderer). */
export function renderLogLines(text: string, indent = '  '): string {
  return logRenderer(indent)(text);
}
