// The bodies of the job-related resources we send and read (2026-07-01 spec: JobBase with CommandJob / PipelineJob,
// ComponentVersion, ComputeResource), the parts we use (data versions: arm-operations-data.ts). The spec's JSON names, unchanged.
import type { JobStatus } from '../contract/jobs.js';
import type { ArmResource } from './arm-models.js';

/** InputDeliveryMode of the spec. */
export type InputDeliveryMode =
  'ReadOnlyMount' | 'ReadWriteMount' | 'Download' | 'Direct' | 'EvalMount' | 'EvalDownload';

/** OutputDeliveryMode of the spec. */
export type OutputDeliveryMode = 'ReadWriteMount' | 'Upload' | 'Direct';

/** JobInputType / JobOutputType of the spec, without `literal`. */
export type DataIoType =
  'uri_file' | 'uri_folder' | 'mltable' | 'custom_model' | 'mlflow_model' | 'triton_model';

/** JobInput: LiteralJobInput or one of the asset inputs (UriFileJobInput, ...). */
export type JobInputBody =
  | { jobInputType: 'literal'; value: string; description?: string }
  | { jobInputType: DataIoType; uri: string; mode?: InputDeliveryMode; description?: string };

/** JobOutput (UriFolderJobOutput, ...): no uri means the default path (contract defaultOutputPath). */
export interface JobOutputBody {
  jobOutputType: DataIoType;
  uri?: string;
  mode?: OutputDeliveryMode;
  description?: string;
}

/** DistributionConfiguration: PyTorch, Mpi or TensorFlow. */
export type DistributionBody =
  | { distributionType: 'PyTorch'; processCountPerInstance?: number }
  | { distributionType: 'Mpi'; processCountPerInstance?: number }
  | { distributionType: 'TensorFlow'; workerCount?: number; parameterServerCount?: number };

/** JobResourceConfiguration. */
export interface JobResourcesBody {
  instanceCount?: number;
  instanceType?: string;
  shmSize?: string;
}

/** What every job's properties share (JobBaseProperties). */
interface JobPropertiesCommon {
  displayName?: string;
  experimentName?: string;
  description?: string;
  tags?: Record<string, string>;
  properties?: Record<string, string>;
  computeId?: string;
  isArchived?: boolean;
  /** Read-only. */
  status?: JobStatus;
  /** Read-only on our side: the service answers Studio and Tracking (JobService). */
  services?: Record<string, { endpoint?: string | null; jobServiceType?: string | null } | null>;
}

/** CommandJob. */
export interface CommandJobProperties extends JobPropertiesCommon {
  jobType: 'Command';
  command: string;
  environmentId: string;
  codeId?: string;
  environmentVariables?: Record<string, string>;
  inputs?: Record<string, JobInputBody>;
  outputs?: Record<string, JobOutputBody>;
  resources?: JobResourcesBody;
  distribution?: DistributionBody;
  limits?: { jobLimitsType: 'Command'; timeout?: string };
}

/** A pipeline node's input as azure-ai-ml's node `_to_rest_object` writes it (snake_case, free-form in the spec). */
export type NodeInputBody =
  | { job_input_type: 'literal'; value: string }
  | { job_input_type: DataIoType; uri: string; mode?: InputDeliveryMode };

/** A pipeline node's output: a binding to the parent's output, or an output of its own. */
export type NodeOutputBody =
  | { type: 'literal'; value: string }
  | { job_output_type: DataIoType; mode?: OutputDeliveryMode; uri?: string };

/** One node of `PipelineJob.jobs` (free-form in the spec; the shape azure-ai-ml sends for a command node). */
export interface PipelineNodeBody {
  type: 'command';
  name: string;
  componentId: string;
  computeId?: string;
  display_name?: string;
  inputs?: Record<string, NodeInputBody>;
  outputs?: Record<string, NodeOutputBody>;
  environment_variables?: Record<string, string>;
  resources?: { instance_count?: number; instance_type?: string };
  distribution?: {
    distribution_type: 'PyTorch' | 'Mpi' | 'TensorFlow';
    process_count_per_instance?: number;
    worker_count?: number;
    parameter_server_count?: number;
  };
  limits?: { job_limits_type: 'Command'; timeout?: string };
  _source: 'YAML.JOB';
}

/** PipelineJob. */
export interface PipelineJobProperties extends JobPropertiesCommon {
  jobType: 'Pipeline';
  inputs?: Record<string, JobInputBody>;
  outputs?: Record<string, JobOutputBody>;
  jobs: Record<string, PipelineNodeBody>;
  /** PipelineJobSettings as azure-ai-ml sends them (snake_case). */
  settings?: {
    default_compute?: string;
    default_datastore?: string;
    continue_on_step_failure?: boolean;
    _source: 'YAML.JOB';
  };
}

export type JobProperties = CommandJobProperties | PipelineJobProperties;

/** The PUT body of Jobs_CreateOrUpdate. */
export interface JobBody {
  properties: JobProperties;
}

/** A job resource as Jobs_Get / Jobs_CreateOrUpdate answer it. */
export interface ArmJob extends ArmResource {
  properties: JobProperties & Record<string, unknown>;
}

/** A command component's definition as azure-ai-ml sends it (ComponentVersion.componentSpec, free-form). */
export interface CommandComponentSpec {
  $schema?: string;
  name: string;
  version: string;
  display_name?: string;
  description?: string;
  tags?: Record<string, string>;
  type: 'command';
  command: string;
  /** ARM id of the code version. */
  code?: string;
  /** ARM id (or registry id) of the environment version. */
  environment: string;
  inputs?: Record<string, ComponentInputSpec>;
  outputs?: Record<string, { type: DataIoType; description?: string }>;
  distribution?: PipelineNodeBody['distribution'];
  resources?: PipelineNodeBody['resources'];
  is_deterministic?: boolean;
  _source: 'YAML.COMPONENT' | 'YAML.JOB';
}

/** A component input: a parameter (string/integer/number/boolean) or a data input. */
export interface ComponentInputSpec {
  type: 'string' | 'integer' | 'number' | 'boolean' | DataIoType;
  default?: string;
  optional?: boolean;
  description?: string;
  enum?: string[];
  min?: string;
  max?: string;
}

/** ComponentVersions_CreateOrUpdate body. */
export interface ComponentVersionBody {
  properties: {
    componentSpec: CommandComponentSpec;
    description?: string;
    tags?: Record<string, string>;
    isAnonymous: boolean;
    isArchived?: boolean;
  };
}

export interface ComponentVersion extends ArmResource {
  properties: ComponentVersionBody['properties'] & { provisioningState?: string };
}

/** ComputeResource, the parts we read. */
export interface ComputeResource extends ArmResource {
  properties?: {
    computeType?: string;
    provisioningState?: string;
    properties?: { scaleSettings?: { maxNodeCount?: number; minNodeCount?: number }; vmSize?: string } | null;
  };
}
