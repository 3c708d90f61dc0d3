// A command job's command as Azure ML runs it: `${{inputs.<name>}}` and `${{outputs.<name>}}` replaced by the local
// paths of the inputs and outputs (a literal input by its value), and `$[[ ... ]]` kept only when every input it
// names was given (optional inputs, reference-yaml-job-command "command").
export interface CommandValues {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

const REFERENCE = /\$\{\{\s*(inputs|outputs)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const OPTIONAL = /\$\[\[([\s\S]*?)\]\]/g;

/** The command with its references replaced; throws naming the first reference the job does not define. */
export function substituteCommand(command: string, values: CommandValues): string {
  const withOptional = command.replace(OPTIONAL, (_all, inner: string) => {
    const refs = [...inner.matchAll(REFERENCE)];
    return refs.every((m) => values[m[1] as keyof CommandValues][m[2]!] !== undefined) ? inner : '';
  });
  return withOptional.replace(REFERENCE, (all, kind: keyof CommandValues, name: string) => {
    const value = values[kind][name];
    if (value === undefined) {
      throw new Error(
        `The command references ${all}, but the job has no ${kind.slice(0, -1)} named '${name}'. ` +
          `Declare it under ${kind} in the job YAML, or fix the name.`,
      );
    }
    return value;
  });
}
