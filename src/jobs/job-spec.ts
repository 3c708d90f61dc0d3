// What a CLI v2 job YAML says, read and typed but not yet checked against the workspace: references are still
// text, local paths are absolute (resolved against the file's folder). Each part keeps the reader of its file and
// its key path, so a check made later (an unknown compute, a missing data asset) names the file, key and line.
import type {
  ComponentInputSpec,
  DataIoType,
  DistributionBody,
  InputDeliveryMode,
  OutputDeliveryMode,
} from '../azureml/job-models.js';
import type { EnvironmentFile } from '../deploy/cli-yaml.js';
import type { KeyPath, YamlReader } from '../deploy/yaml-reader.js';

/** Where a value was read: its file's reader and its key. */
export interface At {
  reader: YamlReader;
  key: KeyPath;
}

/** Where a data input's files are. */
export type DataPath =
  /** `azureml:<name>:<version>` or `azureml:<name>@latest`: a data asset of the workspace. */
  | { kind: 'asset'; name: string; version: string }
  /** A URI the service reads as it is: azureml://datastores/..., azureml://jobs/..., https://, wasbs://, abfss://, an ARM id. */
  | { kind: 'uri'; uri: string }
  /** A local file or folder (absolute), uploaded to LocalUpload/<hash>/<name> before the job is created. */
  | { kind: 'local'; path: string };

/** One input of a job or a pipeline step. */
export type InputSpec = At &
  (
    | { kind: 'literal'; value: string }
    /** `${{parent.inputs.x}}` / `${{parent.jobs.s.outputs.o}}` (pipeline steps only). */
    | { kind: 'binding'; value: string; mode?: InputDeliveryMode }
    | { kind: 'data'; type: DataIoType; path: DataPath; mode?: InputDeliveryMode; description?: string }
  );

/** One output of a job or a pipeline step. */
export type OutputSpec = At &
  /** `${{parent.outputs.x}}` (pipeline steps only). */
  (
    | { kind: 'binding'; value: string }
    | { kind: 'data'; type: DataIoType; mode?: OutputDeliveryMode; uri?: string; description?: string }
  );

/** `code:` a local folder (absolute) or a registered code version `azureml:<name>:<version>`. */
export type CodeSpec = At & ({ kind: 'local'; path: string } | { kind: 'reference'; value: string });

/** What runs: the parts a command job, an inline pipeline step and a command component share. */
export interface CommandSpec extends At {
  command: string;
  code?: CodeSpec;
  environment: EnvironmentFile & At;
  environmentVariables: Record<string, string>;
  distribution?: DistributionBody;
  resources?: { instanceCount?: number; instanceType?: string; shmSize?: string };
  /** limits.timeout, in seconds. */
  timeoutSeconds?: number;
}

/** The job-level keys every job type has. */
export interface JobCommon {
  name?: string;
  displayName?: string;
  experimentName?: string;
  description?: string;
  tags: Record<string, string>;
  properties: Record<string, string>;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
  /** The reader of the job file itself. */
  reader: YamlReader;
}

/** `type: command`. */
export interface CommandJobSpec extends JobCommon {
  type: 'command';
  run: CommandSpec;
  /** `compute:` as written (azureml:<name>, <name>, or serverless), or undefined (serverless). */
  compute?: string & {};
}

/** A command component (a `component:` file, or the step itself for an inline `command:` step). */
export interface ComponentSpec extends At {
  /** True for the component the CLI makes of a step that holds its own command. */
  fromStep?: boolean;
  name?: string;
  version?: string;
  displayName?: string;
  description?: string;
  tags: Record<string, string>;
  isDeterministic?: boolean;
  run: CommandSpec;
  inputs: Record<string, ComponentInputSpec>;
  outputs: Record<string, { type: DataIoType; description?: string }>;
}

/** `component:` of a step. */
export type ComponentRef =
  | { kind: 'inline'; component: ComponentSpec }
  /** `azureml:<name>:<version>` or `azureml:<name>@latest`. */
  | (At & { kind: 'registered'; name: string; version: string });

/** One step of `jobs:`. */
export interface StepSpec extends At {
  name: string;
  displayName?: string;
  component: ComponentRef;
  compute?: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
  /** Node-level settings laid over the component's. */
  environmentVariables: Record<string, string>;
  resources?: { instanceCount?: number; instanceType?: string };
  distribution?: DistributionBody;
  timeoutSeconds?: number;
}

/** `type: pipeline`. */
export interface PipelineJobSpec extends JobCommon {
  type: 'pipeline';
  settings: { defaultCompute?: string; defaultDatastore?: string; continueOnStepFailure?: boolean };
  jobs: Record<string, StepSpec>;
}

export type JobSpec = CommandJobSpec | PipelineJobSpec;
