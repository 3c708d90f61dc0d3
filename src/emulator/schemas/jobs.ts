// Jobs of the 2026-07-01 spec (openapi.json: JobBase, JobBaseProperties with its jobType discriminator, CommandJob,
// PipelineJob, JobInput and JobOutput with their discriminators, JobService, DistributionConfiguration, JobLimits,
// JobResourceConfiguration, QueueSettings, IdentityConfiguration, NotificationSetting). The emulator runs Command
// and Pipeline jobs: the discriminator lists those two, so an AutoML, Sweep or Spark job is a 400 naming jobType.
import type { ObjectSchema, Schema } from '../schema.js';
import {
  bool,
  int32,
  nullableStr,
  page,
  resourceBaseProperties,
  resourceProperties,
  str,
  stringMap,
} from './common.js';
import { JOB_STATUSES } from '../../contract/jobs.js';

/** JobStatus of the spec: the list both sides share (src/contract/jobs.ts). */
export const JOB_STATUS_ENUM = JOB_STATUSES;

const pattern = { minLength: 1, pattern: /[a-zA-Z0-9_]/ };
const nullableInt: Schema = { type: 'integer', format: 'int32', nullable: true };
const nullableUuid = nullableStr({ format: 'uuid' });

const inputMode = str({
  enum: ['ReadOnlyMount', 'ReadWriteMount', 'Download', 'Direct', 'EvalMount', 'EvalDownload'],
});
const assetInput = { required: ['uri'], properties: { uri: str(pattern), mode: inputMode } };

/** JobInput: literal, or an asset type with its uri and delivery mode. */
export const JobInput: ObjectSchema = {
  type: 'object',
  nullable: true,
  required: ['jobInputType'],
  properties: { description: nullableStr(), jobInputType: str() },
  discriminator: {
    property: 'jobInputType',
    variants: {
      literal: { required: ['value'], properties: { value: str(pattern) } },
      uri_file: assetInput,
      uri_folder: assetInput,
      mltable: assetInput,
      custom_model: assetInput,
      mlflow_model: assetInput,
      triton_model: assetInput,
    },
  },
};

const assetOutput = {
  properties: {
    assetName: nullableStr(),
    mode: str({ enum: ['ReadWriteMount', 'Upload', 'Direct'] }),
    uri: nullableStr(),
  },
};

/** JobOutput: an asset type with where it goes (uri) and how (mode). */
export const JobOutput: ObjectSchema = {
  type: 'object',
  nullable: true,
  required: ['jobOutputType'],
  properties: { description: nullableStr(), jobOutputType: str() },
  discriminator: {
    property: 'jobOutputType',
    variants: {
      uri_file: assetOutput,
      uri_folder: assetOutput,
      mltable: assetOutput,
      custom_model: assetOutput,
      mlflow_model: assetOutput,
      triton_model: assetOutput,
    },
  },
};

/** JobService: an endpoint of a job (Studio, Tracking, ...). */
const JobService: ObjectSchema = {
  type: 'object',
  nullable: true,
  properties: {
    endpoint: nullableStr(),
    errorMessage: nullableStr({ readOnly: true }),
    jobServiceType: nullableStr(),
    nodes: {
      type: 'object',
      nullable: true,
      required: ['nodesValueType'],
      properties: { nodesValueType: str({ enum: ['All'] }) },
    },
    port: nullableInt,
    properties: stringMap(),
    status: nullableStr({ readOnly: true }),
  },
};

const DistributionConfiguration: ObjectSchema = {
  type: 'object',
  nullable: true,
  required: ['distributionType'],
  properties: { distributionType: str() },
  discriminator: {
    property: 'distributionType',
    variants: {
      PyTorch: { properties: { processCountPerInstance: nullableInt } },
      Mpi: { properties: { processCountPerInstance: nullableInt } },
      TensorFlow: { properties: { parameterServerCount: int32, workerCount: nullableInt } },
    },
  },
};

const IdentityConfiguration: ObjectSchema = {
  type: 'object',
  nullable: true,
  required: ['identityType'],
  properties: { identityType: str() },
  discriminator: {
    property: 'identityType',
    variants: {
      AMLToken: {},
      Managed: { properties: { clientId: nullableUuid, objectId: nullableUuid, resourceId: nullableStr() } },
      UserIdentity: {},
    },
  },
};

const NotificationSetting: ObjectSchema = {
  type: 'object',
  nullable: true,
  properties: {
    emailOn: {
      type: 'array',
      nullable: true,
      items: str({ enum: ['JobCompleted', 'JobFailed', 'JobCancelled'] }),
    },
    emails: { type: 'array', nullable: true, items: str() },
    webhooks: { type: 'map', nullable: true, values: { type: 'any', nullable: true } },
  },
};

const inputs: Schema = { type: 'map', nullable: true, values: JobInput };
const outputs: Schema = { type: 'map', nullable: true, values: JobOutput };

/** JobBaseProperties with the CommandJob and PipelineJob variants. */
const JobBaseProperties: ObjectSchema = {
  type: 'object',
  required: ['jobType'],
  properties: {
    ...resourceBaseProperties,
    componentId: nullableStr(),
    computeId: nullableStr(),
    displayName: nullableStr(),
    experimentName: str(),
    identity: IdentityConfiguration,
    isArchived: bool,
    jobType: str(),
    notificationSetting: NotificationSetting,
    services: { type: 'map', nullable: true, values: JobService },
    status: str({ readOnly: true, enum: JOB_STATUS_ENUM }),
  },
  discriminator: {
    property: 'jobType',
    variants: {
      Command: {
        required: ['command', 'environmentId'],
        properties: {
          codeId: nullableStr(),
          command: str(pattern),
          distribution: DistributionConfiguration,
          environmentId: str(pattern),
          environmentVariables: stringMap(),
          inputs,
          limits: {
            type: 'object',
            nullable: true,
            required: ['jobLimitsType'],
            properties: {
              jobLimitsType: str({ enum: ['Command'] }),
              timeout: nullableStr({ format: 'duration' }),
            },
          },
          outputs,
          parameters: { type: 'any', nullable: true, readOnly: true },
          queueSettings: {
            type: 'object',
            nullable: true,
            properties: { jobTier: str({ enum: ['Null', 'Spot', 'Basic', 'Standard', 'Premium'] }) },
          },
          resources: {
            type: 'object',
            properties: {
              instanceCount: int32,
              instanceType: nullableStr(),
              properties: { type: 'map', nullable: true, values: { type: 'any', nullable: true } },
              dockerArgs: nullableStr(),
              dockerArgsList: { type: 'array', nullable: true, items: str() },
              shmSize: str({ pattern: /\d+[bBkKmMgG]/ }),
            },
          },
        },
      },
      Pipeline: {
        properties: {
          inputs,
          jobs: { type: 'map', nullable: true, values: { type: 'any', nullable: true } },
          outputs,
          settings: { type: 'any', nullable: true },
          sourceJobId: nullableStr(),
        },
      },
    },
  },
};

/** JobBase: a proxy resource whose properties are a job. */
export const JobBase: ObjectSchema = {
  type: 'object',
  required: ['properties'],
  properties: { ...resourceProperties, properties: JobBaseProperties },
};

export const JobPage = page(JobBase);
