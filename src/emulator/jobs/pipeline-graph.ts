// A pipeline job's steps (PipelineJob.jobs, nodes in azure-ai-ml's REST node shape) and the order they run in: a
// step runs once every step whose outputs it binds (${{parent.jobs.<step>.outputs.<output>}}) has completed;
// steps that do not depend on each other run side by side.

/** A binding of a pipeline node's input or output. */
export type Binding =
  | { kind: 'parentInput'; name: string }
  | { kind: 'parentOutput'; name: string }
  | { kind: 'stepOutput'; step: string; output: string };

const BINDING =
  /^\$\{\{\s*parent\.(?:(inputs|outputs)\.([A-Za-z0-9_]+)|jobs\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_]+))\s*\}\}$/;

/** The binding a value is (the whole value), else undefined. */
export function parseBinding(value: unknown): Binding | undefined {
  if (typeof value !== 'string') return undefined;
  const m = BINDING.exec(value.trim());
  if (!m) return undefined;
  if (m[1] === 'inputs') return { kind: 'parentInput', name: m[2]! };
  if (m[1] === 'outputs') return { kind: 'parentOutput', name: m[2]! };
  return { kind: 'stepOutput', step: m[3]!, output: m[4]! };
}

/** A node as azure-ai-ml sends it (snake_case keys inside nodes; camelCase accepted too). */
export type PipelineNode = Record<string, unknown>;

/** A node's input value or uri, whichever binds. */
export function nodeInputValue(input: Record<string, unknown>): unknown {
  return input.value ?? input.uri ?? input.path;
}

/** The steps each step waits for. Throws naming a binding to a step that does not exist, or a cycle. */
export function stepDependencies(jobs: Record<string, PipelineNode>): Map<string, Set<string>> {
  const deps = new Map<string, Set<string>>();
  for (const [step, node] of Object.entries(jobs)) {
    const needs = new Set<string>();
    const inputs = (node.inputs ?? {}) as Record<string, Record<string, unknown>>;
    for (const [input, value] of Object.entries(inputs)) {
      const binding = parseBinding(nodeInputValue(value ?? {}));
      if (binding?.kind !== 'stepOutput') continue;
      if (!jobs[binding.step]) {
        throw new Error(
          `Step '${step}' input '${input}' binds step '${binding.step}', which the pipeline does not have.`,
        );
      }
      needs.add(binding.step);
    }
    deps.set(step, needs);
  }
  // Kahn's algorithm: what is left unsorted is in a cycle.
  const left = new Map([...deps].map(([s, d]) => [s, new Set(d)]));
  let progressed = true;
  while (left.size > 0 && progressed) {
    progressed = false;
    for (const [step, needs] of left) {
      if ([...needs].every((n) => !left.has(n))) {
        left.delete(step);
        progressed = true;
      }
    }
  }
  if (left.size > 0)
    throw new Error(`The pipeline's steps ${[...left.keys()].join(', ')} depend on each other in a cycle.`);
  return deps;
}
