// A pipeline's steps: bindings, run order, and the child command jobs they become (pure logic).
import { describe, expect, it } from '@jest/globals';
import { childJobProperties, computeArmId } from '../../src/emulator/jobs/pipeline-child.js';
import { parseBinding, stepDependencies } from '../../src/emulator/jobs/pipeline-graph.js';

const WS = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev';
const lit = (value: string) => ({ job_input_type: 'literal', value });

describe('parseBinding', () => {
  it('reads the three bindings, and nothing else', () => {
    expect(parseBinding('${{parent.inputs.data}}')).toEqual({ kind: 'parentInput', name: 'data' });
    expect(parseBinding(' ${{ parent.outputs.model }} ')).toEqual({ kind: 'parentOutput', name: 'model' });
    expect(parseBinding('${{parent.jobs.prep-1.outputs.clean}}')).toEqual({
      kind: 'stepOutput',
      step: 'prep-1',
      output: 'clean',
    });
    expect(parseBinding('0.5')).toBeUndefined();
    expect(parseBinding('x ${{parent.inputs.data}}')).toBeUndefined();
  });
});

describe('stepDependencies', () => {
  it('orders steps by the outputs they bind', () => {
    const deps = stepDependencies({
      prep: { inputs: { raw: lit('${{parent.inputs.data}}') } },
      train: { inputs: { clean: lit('${{parent.jobs.prep.outputs.clean}}') } },
      evaluate: {
        inputs: {
          model: lit('${{parent.jobs.train.outputs.model}}'),
          clean: lit('${{parent.jobs.prep.outputs.clean}}'),
        },
      },
    });
    expect([...deps.get('prep')!]).toEqual([]);
    expect([...deps.get('evaluate')!].sort()).toEqual(['prep', 'train']);
  });

  it('refuses a step that does not exist and a cycle', () => {
    expect(() => stepDependencies({ a: { inputs: { x: lit('${{parent.jobs.b.outputs.o}}') } } })).toThrow(
      "Step 'a' input 'x' binds step 'b', which the pipeline does not have.",
    );
    expect(() =>
      stepDependencies({
        a: { inputs: { x: lit('${{parent.jobs.b.outputs.o}}') } },
        b: { inputs: { x: lit('${{parent.jobs.a.outputs.o}}') } },
      }),
    ).toThrow(/a, b depend on each other in a cycle/);
  });
});

describe('childJobProperties', () => {
  const component = {
    command: 'python train.py --data ${{inputs.clean}} --lr ${{inputs.lr}} --out ${{outputs.model}}',
    code: `azureml:${WS}/codes/src/versions/1`,
    environment: `azureml:${WS}/environments/sk/versions/2`,
    inputs: {
      clean: { type: 'uri_folder' },
      lr: { type: 'number', default: 0.1 },
      seed: { type: 'integer', default: 7 },
    },
    outputs: { model: { type: 'mlflow_model' }, report: { type: 'uri_folder' } },
    distribution: { type: 'pytorch', process_count_per_instance: 2 },
  };
  const parentProps = {
    jobType: 'Pipeline',
    experimentName: 'diabetes',
    inputs: { lr: { jobInputType: 'literal', value: '0.5' } },
    outputs: {
      trained: {
        jobOutputType: 'mlflow_model',
        uri: 'azureml://datastores/workspaceblobstore/paths/azureml/p1/trained/',
      },
    },
    settings: { default_compute: 'azureml:cpu-cluster' },
  };

  it('binds inputs and outputs, takes the component, the default compute and the step name', () => {
    const props = childJobProperties({
      wsId: WS,
      parent: 'p1',
      parentProps,
      step: 'train',
      node: {
        type: 'command',
        componentId: `${WS}/components/azureml_anonymous/versions/abc`,
        inputs: { clean: lit('${{parent.jobs.prep.outputs.clean}}'), lr: lit('${{parent.inputs.lr}}') },
        outputs: { model: { type: 'literal', value: '${{parent.outputs.trained}}' } },
        resources: { instance_count: 2 },
        limits: { job_limits_type: 'Command', timeout: 'PT5M' },
      },
      component,
      child: 'c1',
      stepOutputs: { prep: { clean: 'azureml://datastores/workspaceblobstore/paths/azureml/c0/clean/' } },
    });
    expect(props).toMatchObject({
      jobType: 'Command',
      displayName: 'train',
      experimentName: 'diabetes',
      command: component.command,
      codeId: `${WS}/codes/src/versions/1`,
      environmentId: `${WS}/environments/sk/versions/2`,
      computeId: `${WS}/computes/cpu-cluster`,
      resources: { instanceCount: 2 },
      limits: { jobLimitsType: 'Command', timeout: 'PT5M' },
      distribution: { distributionType: 'PyTorch', processCountPerInstance: 2 },
      properties: { 'azureml.parentrunid': 'p1', 'azureml.nodeid': 'train' },
    });
    expect(props.inputs).toEqual({
      clean: {
        jobInputType: 'uri_folder',
        uri: 'azureml://datastores/workspaceblobstore/paths/azureml/c0/clean/',
        mode: 'ReadOnlyMount',
      },
      lr: { jobInputType: 'literal', value: '0.5' },
      seed: { jobInputType: 'literal', value: '7' },
    });
    expect(props.outputs).toEqual({
      model: {
        jobOutputType: 'mlflow_model',
        uri: 'azureml://datastores/workspaceblobstore/paths/azureml/p1/trained/',
      },
      report: {
        jobOutputType: 'uri_folder',
        uri: 'azureml://datastores/workspaceblobstore/paths/azureml/c1/report/',
      },
    });
  });

  it('names a parent input the pipeline does not have', () => {
    expect(() =>
      childJobProperties({
        wsId: WS,
        parent: 'p1',
        parentProps,
        step: 'train',
        node: { inputs: { lr: lit('${{parent.inputs.nope}}') } },
        component,
        child: 'c1',
        stepOutputs: {},
      }),
    ).toThrow("Step 'train' input 'lr' binds parent input 'nope', which the pipeline does not have.");
  });

  it('computeArmId', () => {
    expect(computeArmId(WS, 'azureml:gpu')).toBe(`${WS}/computes/gpu`);
    expect(computeArmId(WS, `${WS}/computes/x`)).toBe(`${WS}/computes/x`);
    expect(computeArmId(WS, undefined)).toBeUndefined();
  });
});
