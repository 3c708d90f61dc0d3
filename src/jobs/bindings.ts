// The `${{...}}` expressions of a job file, checked before anything is written: a command names only inputs and
// outputs it has (azure-ai-ml validate_inputs_for_command; `[...]` around an optional input), a step's bindings
// name pipeline inputs and outputs and other steps' outputs that exist, and the steps form no cycle.
import type { ComponentInputSpec } from '../azureml/job-models.js';
import { ARTIFACTS_OUTPUT } from './io-yaml.js';
import type { At, PipelineJobSpec } from './job-spec.js';

/** What a component offers a step: its inputs (with defaults and optional flags) and outputs. */
export interface ComponentIo {
  inputs: Record<string, ComponentInputSpec>;
  outputs: Record<string, unknown>;
}

const EXPRESSION = /\$\{\{\s*([^{}]*?)\s*\}\}/g;

/** Checks every `${{...}}` of a command against the inputs and outputs it can use. */
export function checkCommandExpressions(
  at: At,
  command: string,
  inputs: Record<string, { optional?: boolean } | unknown>,
  outputs: Record<string, unknown>,
): void {
  // Inputs inside `[...]` may be left out (azure-ai-ml: optional inputs are not checked).
  const optional = new Set(
    [...command.matchAll(/\[[^\]]*\$\{\{\s*inputs\.([\w.-]+)\s*\}\}[^\]]*\]/g)].map((m) => m[1]!),
  );
  for (const match of command.matchAll(EXPRESSION)) {
    const expr = match[1]!;
    const input = /^inputs\.([\w.-]+)$/.exec(expr)?.[1];
    const output = /^outputs\.([\w.-]+)$/.exec(expr)?.[1];
    if (input !== undefined) {
      if (!(input in inputs) && !optional.has(input))
        at.reader.fail(
          at.key,
          `\${{inputs.${input}}} names no input${Object.keys(inputs).length ? ` (inputs: ${Object.keys(inputs).join(', ')})` : ''}. Add it under inputs, or fix the name.`,
        );
    } else if (output !== undefined) {
      if (!(output in outputs))
        at.reader.fail(
          at.key,
          `\${{outputs.${output}}} names no output${Object.keys(outputs).length ? ` (outputs: ${Object.keys(outputs).join(', ')})` : ''}. Add it under outputs, or fix the name.`,
        );
    } else {
      at.reader.fail(
        at.key,
        `\${{${expr}}}: a command may use \${{inputs.<name>}} and \${{outputs.<name>}} only.`,
      );
    }
  }
}

const PARENT_INPUT = /^\$\{\{\s*parent\.inputs\.([\w.]+)\s*\}\}$/;
const PARENT_STEP_OUTPUT = /^\$\{\{\s*parent\.jobs\.(\w+)\.outputs\.(\w+)\s*\}\}$/;
const PARENT_OUTPUT = /^\$\{\{\s*parent\.outputs\.(\w+)\s*\}\}$/;

/**
 * Checks the steps' inputs and outputs against their components and their bindings against the pipeline, and
 * returns the steps in an order where each comes after the steps it reads from (a cycle is refused).
 */
export function checkPipeline(pipeline: PipelineJobSpec, declared: Record<string, ComponentIo>): string[] {
  const needs: Record<string, Set<string>> = {};
  // Every command step also has its `artifacts` output.
  const components: Record<string, ComponentIo> = {};
  for (const [name, io] of Object.entries(declared))
    components[name] = {
      inputs: io.inputs,
      outputs: { ...io.outputs, [ARTIFACTS_OUTPUT]: { type: 'uri_folder' } },
    };
  for (const step of Object.values(pipeline.jobs)) {
    const io = components[step.name]!;
    needs[step.name] = new Set();
    for (const [name, input] of Object.entries(step.inputs)) {
      if (!(name in io.inputs))
        input.reader.fail(
          input.key,
          `the step's component has no input ${name} (its inputs: ${Object.keys(io.inputs).join(', ') || 'none'}).`,
        );
      if (input.kind !== 'binding') continue;
      const parentInput = PARENT_INPUT.exec(input.value);
      const stepOutput = PARENT_STEP_OUTPUT.exec(input.value);
      if (parentInput) {
        if (!(parentInput[1]! in pipeline.inputs))
          input.reader.fail(
            input.key,
            `the pipeline has no input ${parentInput[1]} (its inputs: ${Object.keys(pipeline.inputs).join(', ') || 'none'}).`,
          );
      } else if (stepOutput) {
        const [, from, output] = stepOutput;
        const source = pipeline.jobs[from!];
        if (!source)
          input.reader.fail(
            input.key,
            `there is no step ${from} (steps: ${Object.keys(pipeline.jobs).join(', ')}).`,
          );
        if (from === step.name) input.reader.fail(input.key, 'a step cannot read its own output.');
        if (!(output! in components[from!]!.outputs))
          input.reader.fail(
            input.key,
            `step ${from} has no output ${output} (its outputs: ${Object.keys(components[from!]!.outputs).join(', ') || 'none'}).`,
          );
        needs[step.name]!.add(from!);
      } else {
        input.reader.fail(
          input.key,
          'a step input binds ${{parent.inputs.<name>}} or ${{parent.jobs.<step>.outputs.<name>}}.',
        );
      }
    }
    for (const [name, spec] of Object.entries(io.inputs)) {
      if (!(name in step.inputs) && spec.default === undefined && !spec.optional)
        step.reader.fail(
          [...step.key, 'inputs'],
          `the component needs input ${name} (it has no default). Give it here.`,
        );
    }
    for (const [name, output] of Object.entries(step.outputs)) {
      if (!(name in io.outputs))
        output.reader.fail(
          output.key,
          `the step's component has no output ${name} (its outputs: ${Object.keys(io.outputs).join(', ') || 'none'}).`,
        );
      if (output.kind !== 'binding') continue;
      const parent = PARENT_OUTPUT.exec(output.value)?.[1];
      if (parent === undefined)
        output.reader.fail(output.key, 'a step output binds ${{parent.outputs.<name>}}.');
      else if (!(parent in pipeline.outputs))
        output.reader.fail(
          output.key,
          `the pipeline has no output ${parent} (its outputs: ${Object.keys(pipeline.outputs).join(', ') || 'none'}). Add it under the top-level outputs.`,
        );
    }
  }
  return dependencyOrder(pipeline, needs);
}

function dependencyOrder(pipeline: PipelineJobSpec, needs: Record<string, Set<string>>): string[] {
  const order: string[] = [];
  const state: Record<string, 'visiting' | 'done'> = {};
  const visit = (name: string, trail: string[]): void => {
    if (state[name] === 'done') return;
    if (state[name] === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name].join(' -> ');
      const step = pipeline.jobs[name]!;
      step.reader.fail(
        step.key,
        `the steps read each other's outputs in a cycle (${cycle}); a pipeline runs in one direction.`,
      );
    }
    state[name] = 'visiting';
    for (const dep of needs[name] ?? []) visit(dep, [...trail, name]);
    state[name] = 'done';
    order.push(name);
  };
  for (const name of Object.keys(pipeline.jobs)) visit(name, []);
  return order;
}
