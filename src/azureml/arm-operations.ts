// The operations of Microsoft.MachineLearningServices we call, as core-client OperationSpecs of our own at
// AZUREML_API_VERSION (src/contract/azureml-api.ts). Each is named after the spec's operationId and carries what
// its openapi.json says: path, method, the answers that are not errors, and for long-running operations the
// x-ms-long-running-operation-options `final-state-via`. Bodies are never reshaped: every body mapper is of
// core-client type 'Object', which its serializer passes through unchanged both ways (serializer.ts: Object is
// a "basic type" on serialize and is returned as is on deserialize). Any other status throws a RestError whose
// `code` and `message` come from the ARM error envelope (core-client deserializationPolicy handleErrorResponse).
import {
  createSerializer,
  type Mapper,
  type OperationParameter,
  type OperationQueryParameter,
  type OperationSpec,
  type OperationURLParameter,
} from '@azure/core-client';
import type { LroResourceLocationConfig } from '@azure/core-lro';
import { AZUREML_API_VERSION, AZUREML_PROVIDER } from '../contract/azureml-api.js';

/** An operation we call: its spec, and where a long-running one's final resource is read from. */
export interface ArmOperation {
  /** The spec's operationId, for messages and tests. */
  id: string;
  spec: OperationSpec;
  /** x-ms-long-running-operation-options final-state-via; set only on long-running operations. */
  finalStateVia?: LroResourceLocationConfig;
}

const serializer = createSerializer({}, false);

/** A JSON body of any shape, passed through unchanged. */
const json: Mapper = { type: { name: 'Object' }, serializedName: 'body' };

const apiVersion: OperationQueryParameter = {
  parameterPath: 'apiVersion',
  mapper: {
    defaultValue: AZUREML_API_VERSION,
    isConstant: true,
    serializedName: 'api-version',
    type: { name: 'String' },
  },
};

const accept: OperationParameter = {
  parameterPath: 'accept',
  mapper: {
    defaultValue: 'application/json',
    isConstant: true,
    serializedName: 'Accept',
    type: { name: 'String' },
  },
};

function pathParameter(name: string): OperationURLParameter {
  return { parameterPath: name, mapper: { serializedName: name, required: true, type: { name: 'String' } } };
}

/** An optional query parameter read from `options.<name>` of the operation arguments. */
export function queryParameter(name: string, type: 'String' | 'Boolean' = 'String'): OperationQueryParameter {
  return { parameterPath: ['options', name], mapper: { serializedName: name, type: { name: type } } };
}

const WORKSPACE_PATH =
  `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${AZUREML_PROVIDER}` +
  `/workspaces/{workspaceName}`;

/** What an operation is made of (see `operation`). */
export interface Shape {
  method: OperationSpec['httpMethod'];
  /** After the workspace's path; `{x}` is the path parameter x. */
  path: string;
  /** The spec's success codes; 202/204 carry no body. */
  ok: number[];
  query?: OperationQueryParameter[];
  body?: 'required' | 'optional';
  finalStateVia?: LroResourceLocationConfig;
}

/** An operation of a workspace's resources, as the spec describes it (arm-operations-*.ts make theirs with it). */
export function operation(id: string, shape: Shape): ArmOperation {
  const names = ['subscriptionId', 'resourceGroupName', 'workspaceName'];
  for (const match of shape.path.matchAll(/\{(\w+)\}/g)) names.push(match[1]!);
  const responses: OperationSpec['responses'] = { default: { bodyMapper: json } };
  for (const code of shape.ok) responses[code] = code === 202 || code === 204 ? {} : { bodyMapper: json };
  const spec: OperationSpec = {
    path: `${WORKSPACE_PATH}${shape.path}`,
    httpMethod: shape.method,
    responses,
    urlParameters: names.map(pathParameter),
    queryParameters: [apiVersion, ...(shape.query ?? [])],
    headerParameters: [accept],
    ...(shape.body
      ? {
          requestBody: { parameterPath: 'body', mapper: { ...json, required: shape.body === 'required' } },
          mediaType: 'json',
        }
      : {}),
    serializer,
  };
  return { id, spec, ...(shape.finalStateVia ? { finalStateVia: shape.finalStateVia } : {}) };
}

const MODEL_VERSION = '/models/{name}/versions/{version}';
const CODE_VERSION = '/codes/{name}/versions/{version}';
const ENVIRONMENT_VERSION = '/environments/{name}/versions/{version}';
const ENDPOINT = '/onlineEndpoints/{endpointName}';
const DEPLOYMENT = `${ENDPOINT}/deployments/{deploymentName}`;

/** Every operation we call, by the spec's operationId. */
export const ops = {
  Workspaces_Get: operation('Workspaces_Get', { method: 'GET', path: '', ok: [200] }),

  Datastores_List: operation('Datastores_List', {
    method: 'GET',
    path: '/datastores',
    ok: [200],
    query: [queryParameter('isDefault', 'Boolean')],
  }),
  Datastores_ListSecrets: operation('Datastores_ListSecrets', {
    method: 'POST',
    path: '/datastores/{name}/listSecrets',
    ok: [200],
    body: 'optional',
  }),

  ModelVersions_List: operation('ModelVersions_List', {
    method: 'GET',
    path: '/models/{name}/versions',
    ok: [200],
    query: [queryParameter('tags')],
  }),
  ModelVersions_Get: operation('ModelVersions_Get', { method: 'GET', path: MODEL_VERSION, ok: [200] }),
  ModelVersions_CreateOrUpdate: operation('ModelVersions_CreateOrUpdate', {
    method: 'PUT',
    path: MODEL_VERSION,
    ok: [200, 201],
    body: 'required',
  }),
  ModelVersions_Delete: operation('ModelVersions_Delete', {
    method: 'DELETE',
    path: MODEL_VERSION,
    ok: [200, 204],
  }),

  CodeVersions_Get: operation('CodeVersions_Get', { method: 'GET', path: CODE_VERSION, ok: [200] }),
  CodeVersions_CreateOrUpdate: operation('CodeVersions_CreateOrUpdate', {
    method: 'PUT',
    path: CODE_VERSION,
    ok: [200, 201],
    body: 'required',
  }),

  EnvironmentVersions_List: operation('EnvironmentVersions_List', {
    method: 'GET',
    path: '/environments/{name}/versions',
    ok: [200],
    query: [queryParameter('$orderBy')],
  }),
  EnvironmentVersions_Get: operation('EnvironmentVersions_Get', {
    method: 'GET',
    path: ENVIRONMENT_VERSION,
    ok: [200],
  }),
  EnvironmentVersions_CreateOrUpdate: operation('EnvironmentVersions_CreateOrUpdate', {
    method: 'PUT',
    path: ENVIRONMENT_VERSION,
    ok: [200, 201],
    body: 'required',
  }),

  OnlineEndpoints_List: operation('OnlineEndpoints_List', {
    method: 'GET',
    path: '/onlineEndpoints',
    ok: [200],
  }),
  OnlineEndpoints_Get: operation('OnlineEndpoints_Get', { method: 'GET', path: ENDPOINT, ok: [200] }),
  // x-ms-long-running-operation-options: {"final-state-via": "original-uri"}.
  OnlineEndpoints_CreateOrUpdate: operation('OnlineEndpoints_CreateOrUpdate', {
    method: 'PUT',
    path: ENDPOINT,
    ok: [200, 201],
    body: 'required',
    finalStateVia: 'original-uri',
  }),
  // x-ms-long-running-operation-options: {"final-state-via": "location"}.
  OnlineEndpoints_Delete: operation('OnlineEndpoints_Delete', {
    method: 'DELETE',
    path: ENDPOINT,
    ok: [200, 202, 204],
    finalStateVia: 'location',
  }),
  OnlineEndpoints_ListKeys: operation('OnlineEndpoints_ListKeys', {
    method: 'POST',
    path: `${ENDPOINT}/listKeys`,
    ok: [200],
  }),
  OnlineEndpoints_GetToken: operation('OnlineEndpoints_GetToken', {
    method: 'POST',
    path: `${ENDPOINT}/token`,
    ok: [200],
  }),

  OnlineDeployments_List: operation('OnlineDeployments_List', {
    method: 'GET',
    path: `${ENDPOINT}/deployments`,
    ok: [200],
  }),
  OnlineDeployments_Get: operation('OnlineDeployments_Get', { method: 'GET', path: DEPLOYMENT, ok: [200] }),
  // x-ms-long-running-operation-options: {"final-state-via": "original-uri"}.
  OnlineDeployments_CreateOrUpdate: operation('OnlineDeployments_CreateOrUpdate', {
    method: 'PUT',
    path: DEPLOYMENT,
    ok: [200, 201],
    body: 'required',
    finalStateVia: 'original-uri',
  }),
  // x-ms-long-running-operation-options: {"final-state-via": "location"}.
  OnlineDeployments_Delete: operation('OnlineDeployments_Delete', {
    method: 'DELETE',
    path: DEPLOYMENT,
    ok: [200, 202, 204],
    finalStateVia: 'location',
  }),
  OnlineDeployments_GetLogs: operation('OnlineDeployments_GetLogs', {
    method: 'POST',
    path: `${DEPLOYMENT}/getLogs`,
    ok: [200],
    body: 'required',
  }),
} satisfies Record<string, ArmOperation>;

/**
 * The next page of any list (x-ms-pageable nextLinkName "nextLink"): the link is used as the service gave it.
 * api-version is added only when the link has none (core-client does not overwrite the query of an absolute URL).
 */
export const nextPage: OperationSpec = {
  path: '{nextLink}',
  httpMethod: 'GET',
  responses: { 200: { bodyMapper: json }, default: { bodyMapper: json } },
  urlParameters: [{ ...pathParameter('nextLink'), skipEncoding: true }],
  queryParameters: [apiVersion],
  headerParameters: [accept],
  serializer,
};

/**
 * A poll of a long-running operation: a GET of the Azure-AsyncOperation / Location URL (absolute, used as given)
 * or of the original URI (the operation's own path template). The operation-status resource answers 200; a
 * Location URL answers 202 while the operation runs and 200/204 at the end.
 */
export function pollSpec(of: OperationSpec, path: string): OperationSpec {
  return {
    path,
    httpMethod: 'GET',
    responses: {
      200: { bodyMapper: json },
      201: { bodyMapper: json },
      202: {},
      204: {},
      default: { bodyMapper: json },
    },
    urlParameters: of.urlParameters,
    queryParameters: [apiVersion],
    headerParameters: [accept],
    serializer,
  };
}
