// The campaign's workspace folder: the diabetes example trained once (python stdlib), one model folder per run (the
// trained weights with a run-specific bias, so every run registers new content), the example's score.py and
// conda.yaml, Azure ML CLI v2 YAML per deployment, and the smoke requests.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Fixture {
  dir: string;
  runnerTemp: string;
  baseModel: string;
  requestBody: string;
  /** The model folder of run K (written on first use). */
  model(run: number): string;
  /** deploy-endpoint inputs for deployment `name` of `model:version` (its YAML written in the folder). */
  deployInputs(name: string, model: string, version: string, traffic: string): Record<string, string>;
  /** run-job inputs: a command job (Azure ML CLI v2 YAML) of `experiment` that ticks for about `seconds`. */
  jobInputs(experiment: string, seconds: number): Record<string, string>;
}

/** The job's script: prints a tick every 0.1 s for --seconds, then writes its output folder. */
const JOB_PY = `import argparse, os, time
parser = argparse.ArgumentParser()
parser.add_argument("--out", required=True)
parser.add_argument("--seconds", type=float, required=True)
args = parser.parse_args()
for i in range(int(args.seconds * 10)):
    print("tick", i, flush=True)
    time.sleep(0.1)
os.makedirs(args.out, exist_ok=True)
with open(os.path.join(args.out, "done.txt"), "w") as f:
    f.write("ok")
`;

export function createFixture(root: string, dir: string, endpoint: string): Fixture {
  const example = join(root, 'examples', 'diabetes');
  mkdirSync(join(dir, 'code'), { recursive: true });
  mkdirSync(join(dir, 'runner-temp'), { recursive: true });
  execFileSync('python3', [join(example, 'train.py'), '--output', join(dir, 'trained'), '--epochs', '50'], {
    stdio: 'ignore',
  });
  copyFileSync(join(example, 'score.py'), join(dir, 'code', 'score.py'));
  copyFileSync(join(example, 'conda.yaml'), join(dir, 'code', 'conda.yaml'));
  copyFileSync(join(example, 'smoke', 'requests.json'), join(dir, 'requests.json'));
  mkdirSync(join(dir, 'job'), { recursive: true });
  writeFileSync(join(dir, 'job', 'tick.py'), JOB_PY);
  writeFileSync(join(dir, 'endpoint.yml'), `name: ${endpoint}\nauth_mode: key\n`);
  const trained = JSON.parse(readFileSync(join(dir, 'trained', 'model', 'model.json'), 'utf8')) as {
    bias: number;
  };
  const modelFolder = (name: string, bias: number): string => {
    const folder = join(dir, 'models', name, 'model');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'model.json'), JSON.stringify({ ...trained, bias }));
    writeFileSync(join(folder, 'README.txt'), `chaos fixture ${name}\n`);
    return folder;
  };
  const row = (JSON.parse(readFileSync(join(dir, 'requests.json'), 'utf8')) as { data: unknown[] }).data[0];
  return {
    dir,
    runnerTemp: join(dir, 'runner-temp'),
    baseModel: modelFolder('base', trained.bias),
    requestBody: JSON.stringify({ data: [row] }),
    model: (run) => modelFolder(`m${run}`, trained.bias + (run + 1) * 1e-6),
    deployInputs: (name, model, version, traffic) => {
      const file = `deploy-${name}.yml`;
      writeFileSync(
        join(dir, file),
        [
          `name: ${name}`,
          `endpoint_name: ${endpoint}`,
          `model: azureml:${model}:${version}`,
          'code_configuration:',
          '  code: ./code',
          '  scoring_script: score.py',
          'environment:',
          '  image: mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu20.04:latest',
          '  conda_file: code/conda.yaml',
          'instance_type: Standard_DS3_v2',
          'instance_count: 1',
          'request_settings:',
          '  max_concurrent_requests_per_instance: 4',
          'readiness_probe:',
          '  initial_delay: 1',
          '  period: 1',
          '',
        ].join('\n'),
      );
      return { 'endpoint-file': 'endpoint.yml', 'deployment-file': file, traffic, 'timeout-minutes': '2' };
    },
    jobInputs: (experiment, seconds) => {
      writeFileSync(
        join(dir, 'job.yml'),
        [
          '$schema: https://azuremlschemas.azureedge.net/latest/commandJob.schema.json',
          'type: command',
          'code: ./job',
          'command: python tick.py --out ${{outputs.result}} --seconds ${{inputs.seconds}}',
          'inputs:',
          '  seconds: 1',
          'outputs:',
          '  result:',
          '    type: uri_folder',
          'environment: azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu:1',
          'compute: azureml:cpu-cluster',
          '',
        ].join('\n'),
      );
      return {
        'job-file': 'job.yml',
        'experiment-name': experiment,
        set: `inputs.seconds=${seconds}`,
        'timeout-minutes': '2',
      };
    },
  };
}
