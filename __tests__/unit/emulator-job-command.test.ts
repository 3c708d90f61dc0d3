// A command job's command line, processes and error, as the engine builds them (pure logic).
import { describe, expect, it } from '@jest/globals';
import { substituteCommand } from '../../src/emulator/jobs/command-line.js';
import { planProcesses, processCount } from '../../src/emulator/jobs/distribution.js';
import { lastTraceback, userErrorMessage } from '../../src/emulator/jobs/error-tail.js';
import { jobVariables, trackingUri } from '../../src/emulator/jobs/job-environment.js';

describe('substituteCommand', () => {
  const values = {
    inputs: { data: '/j/inputs/data/d.csv', lr: '0.1' },
    outputs: { model: '/j/outputs/model' },
  };

  it('replaces inputs and outputs, with or without spaces inside the braces', () => {
    expect(
      substituteCommand(
        'python train.py --data ${{inputs.data}} --lr ${{ inputs.lr }} --out ${{outputs.model}}',
        values,
      ),
    ).toBe('python train.py --data /j/inputs/data/d.csv --lr 0.1 --out /j/outputs/model');
  });

  it('keeps an optional part only when its inputs were given', () => {
    expect(substituteCommand('run $[[--lr ${{inputs.lr}}]] $[[--seed ${{inputs.seed}}]]', values)).toBe(
      'run --lr 0.1 ',
    );
  });

  it('names an input the job does not have', () => {
    expect(() => substituteCommand('python x.py ${{inputs.missing}}', values)).toThrow(
      /references \$\{\{inputs\.missing\}\}, but the job has no input named 'missing'/,
    );
  });
});

describe('planProcesses', () => {
  it('one process without distribution writes std_log.txt', () => {
    expect(planProcesses(undefined, 1, [])).toEqual([{ rank: 0, log: 'user_logs/std_log.txt', env: {} }]);
  });

  it('PyTorch: instances x processes per instance, with the ranks Azure ML sets', () => {
    const d = { distributionType: 'PyTorch', processCountPerInstance: 2 };
    expect(processCount(d, 2)).toBe(4);
    const plans = planProcesses(d, 2, [29500, 1, 2, 3]);
    expect(plans.map((p) => p.log)).toEqual([0, 1, 2, 3].map((r) => `user_logs/std_log_process_${r}.txt`));
    expect(plans[3]!.env).toEqual({
      MASTER_ADDR: '127.0.0.1',
      MASTER_PORT: '29500',
      WORLD_SIZE: '4',
      RANK: '3',
      LOCAL_RANK: '1',
      NODE_RANK: '1',
      LOCAL_WORLD_SIZE: '2',
    });
  });

  it('MPI: Open MPI variables', () => {
    const plans = planProcesses({ distributionType: 'Mpi', processCountPerInstance: 3 }, 1, [1, 2, 3]);
    expect(plans[2]!.env).toMatchObject({
      OMPI_COMM_WORLD_RANK: '2',
      OMPI_COMM_WORLD_SIZE: '3',
      OMPI_COMM_WORLD_LOCAL_RANK: '2',
    });
  });

  it('TensorFlow: TF_CONFIG with workers and parameter servers', () => {
    const d = { distributionType: 'TensorFlow', workerCount: 2, parameterServerCount: 1 };
    expect(processCount(d, 1)).toBe(3);
    const plans = planProcesses(d, 1, [5000, 5001, 5002]);
    const last = JSON.parse(plans[2]!.env.TF_CONFIG!);
    expect(last).toEqual({
      cluster: { worker: ['127.0.0.1:5000', '127.0.0.1:5001'], ps: ['127.0.0.1:5002'] },
      task: { type: 'ps', index: 0 },
      environment: 'cloud',
    });
    expect(JSON.parse(plans[1]!.env.TF_CONFIG!).task).toEqual({ type: 'worker', index: 1 });
  });
});

describe('the error of a failed job', () => {
  const output = [
    'epoch 1',
    'Traceback (most recent call last):',
    '  File "a.py", line 1',
    'ValueError: first',
    'retrying',
    'Traceback (most recent call last):',
    '  File "train.py", line 9, in <module>',
    'RuntimeError: the data has no rows',
    '',
  ].join('\n');

  it('is the last traceback', () => {
    expect(lastTraceback(output)).toBe(
      'Traceback (most recent call last):\n  File "train.py", line 9, in <module>\nRuntimeError: the data has no rows',
    );
  });

  it('falls back to the last lines, and says how the process ended', () => {
    expect(lastTraceback('a\nb\nc')).toBe('a\nb\nc');
    expect(userErrorMessage('python', 1, null, 'user_logs/std_log.txt', output)).toMatch(
      /^Execution failed\. User process 'python' exited with status code 1\. Please check log file 'user_logs\/std_log\.txt' for error details\. Error: Traceback .*RuntimeError: the data has no rows$/s,
    );
    expect(userErrorMessage('python', null, 'SIGKILL', 'x', '')).toContain('was killed by signal SIGKILL');
  });
});

describe('jobVariables', () => {
  const id = {
    subscriptionId: 'sub',
    resourceGroup: 'rg',
    workspace: 'dev',
    runId: 'job1',
    experimentName: 'exp',
    armEndpoint: 'https://127.0.0.1:8443',
    token: 'run-token',
    caCertFile: '/j/ca.pem',
  };

  it('gives the run, the MLflow settings and the paths; the job cannot override the run token', () => {
    const vars = jobVariables(
      id,
      { data: '/in' },
      { model: '/out' },
      { MLFLOW_TRACKING_TOKEN: 'mine', MY_VAR: '1' },
    );
    expect(vars).toMatchObject({
      AZUREML_RUN_ID: 'job1',
      AZUREML_ARM_WORKSPACE_NAME: 'dev',
      AZUREML_ARM_PROJECT_NAME: 'exp',
      MLFLOW_RUN_ID: 'job1',
      MLFLOW_TRACKING_TOKEN: 'run-token',
      MLFLOW_TRACKING_URI:
        'azureml://127.0.0.1:8443/mlflow/v1.0/subscriptions/sub/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/dev',
      AZURE_ML_INPUT_data: '/in',
      AZURE_ML_OUTPUT_model: '/out',
      SSL_CERT_FILE: '/j/ca.pem',
      REQUESTS_CA_BUNDLE: '/j/ca.pem',
      MY_VAR: '1',
    });
    expect(trackingUri('https://127.0.0.1:1/', '/s')).toBe('azureml://127.0.0.1:1/mlflow/v1.0/s');
  });
});
