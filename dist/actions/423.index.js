export const id = 423;
export const ids = [423];
export const modules = {

/***/ 59303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stringRecord)
/* harmony export */ });
// The bodies we send to and read from Microsoft.MachineLearningServices at AZUREML_API_VERSION
// (src/contract/azureml-api.ts), transcribed from that version's openapi.json and the common-types v3 files it
// refers to. Only the properties we use; each type names its spec definition. Two shapes per resource:
// - `*Body`: what a PUT may carry. Read-only properties (id, name, type, systemData, provisioningState,
//   scoringUri, isDefault, ...) are left out on purpose, so an object literal with one fails to compile.
// - the plain name: what the service answers, the body plus the read-only properties.
// Types only, but for stringRecord, which reads the spec's nullable string maps.
/** The string values of such a map (null values dropped). */
function stringRecord(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}


/***/ }),

/***/ 56283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ operation),
/* harmony export */   Ts: () => (/* binding */ pollSpec),
/* harmony export */   Zj: () => (/* binding */ nextPage),
/* harmony export */   e$: () => (/* binding */ queryParameter),
/* harmony export */   tD: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _azure_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95738);
/* harmony import */ var _contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25445);
// The operations of Microsoft.MachineLearningServices we call, as core-client OperationSpecs of our own at
// AZUREML_API_VERSION (src/contract/azureml-api.ts). Each is named after the spec's operationId and carries what
// its openapi.json says: path, method, the answers that are not errors, and for long-running operations the
// x-ms-long-running-operation-options `final-state-via`. Bodies are never reshaped: every body mapper is of
// core-client type 'Object', which its serializer passes through unchanged both ways (serializer.ts: Object is
// a "basic type" on serialize and is returned as is on deserialize). Any other status throws a RestError whose
// `code` and `message` come from the ARM error envelope (core-client deserializationPolicy handleErrorResponse).


const serializer = (0,_azure_core_client__WEBPACK_IMPORTED_MODULE_0__/* .createSerializer */ .rl)({}, false);
/** A JSON body of any shape, passed through unchanged. */
const json = { type: { name: 'Object' }, serializedName: 'body' };
const apiVersion = {
    parameterPath: 'apiVersion',
    mapper: {
        defaultValue: _contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__/* .AZUREML_API_VERSION */ .d,
        isConstant: true,
        serializedName: 'api-version',
        type: { name: 'String' },
    },
};
const accept = {
    parameterPath: 'accept',
    mapper: {
        defaultValue: 'application/json',
        isConstant: true,
        serializedName: 'Accept',
        type: { name: 'String' },
    },
};
function pathParameter(name) {
    return { parameterPath: name, mapper: { serializedName: name, required: true, type: { name: 'String' } } };
}
/** An optional query parameter read from `options.<name>` of the operation arguments. */
function queryParameter(name, type = 'String') {
    return { parameterPath: ['options', name], mapper: { serializedName: name, type: { name: type } } };
}
const WORKSPACE_PATH = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${_contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__/* .AZUREML_PROVIDER */ .T}` +
    `/workspaces/{workspaceName}`;
/** An operation of a workspace's resources, as the spec describes it (arm-operations-*.ts make theirs with it). */
function operation(id, shape) {
    const names = ['subscriptionId', 'resourceGroupName', 'workspaceName'];
    for (const match of shape.path.matchAll(/\{(\w+)\}/g))
        names.push(match[1]);
    const responses = { default: { bodyMapper: json } };
    for (const code of shape.ok)
        responses[code] = code === 202 || code === 204 ? {} : { bodyMapper: json };
    const spec = {
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
const ops = {
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
};
/**
 * The next page of any list (x-ms-pageable nextLinkName "nextLink"): the link is used as the service gave it.
 * api-version is added only when the link has none (core-client does not overwrite the query of an absolute URL).
 */
const nextPage = {
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
function pollSpec(of, path) {
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


/***/ }),

/***/ 74423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_RETRY: () => (/* reexport */ retry_settings/* DEFAULT_RETRY */.vI),
  createAzureMLClient: () => (/* binding */ createAzureMLClient),
  tagsFilter: () => (/* reexport */ tag_filter/* tagsFilter */.U)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/azureml/arm-models.ts
var arm_models = __webpack_require__(59303);
// EXTERNAL MODULE: ./src/azureml/arm-operations.ts
var arm_operations = __webpack_require__(56283);
// EXTERNAL MODULE: ./node_modules/@azure/arm-machinelearning/dist/index.js
var dist = __webpack_require__(34789);
// EXTERNAL MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js + 10 modules
var esm = __webpack_require__(67352);
// EXTERNAL MODULE: ./src/azureml/retry-settings.ts
var retry_settings = __webpack_require__(92268);
// EXTERNAL MODULE: ./src/azureml/user-agent.ts
var user_agent = __webpack_require__(20211);
;// CONCATENATED MODULE: ./src/azureml/arm-transport.ts
// How our operation specs (arm-operations.ts) go over the wire: through the client pipeline of
// @azure/arm-machinelearning (bearer token, retries, user agent, RestError for non-2xx answers), never through a
// second HTTP stack. Plain calls, lists that follow nextLink, and long-running operations polled by core-lro's
// LroEngine over the same pipeline, the way the SDK's own LroImpl does it.






/**
 * The SDK's service client, used only for its pipeline: its 2022-10-01 operation groups and mappers are never
 * called. The emulator is reached by the endpoint and the credential, nothing else.
 */
function createPipelineClient(address, credential, options = {}) {
    return new dist/* AzureMachineLearningWorkspaces */.FQ(credential, address.subscriptionId, {
        endpoint: address.armEndpoint,
        credentialScopes: [`${address.armEndpoint}/.default`],
        retryOptions: options.retry ?? retry_settings/* DEFAULT_RETRY */.vI,
        userAgentOptions: { userAgentPrefix: user_agent/* USER_AGENT_PREFIX */.r },
        ...(options.httpClient ? { httpClient: options.httpClient } : {}),
    });
}
/** The transport of one workspace over `sender` (the subscription comes from the sender's client). */
function createArmTransport(sender, workspace) {
    async function exchange(spec, args = {}) {
        let raw;
        const { query, ...rest } = args;
        const operationArguments = {
            resourceGroupName: workspace.resourceGroup,
            workspaceName: workspace.workspace,
            ...rest,
            options: { ...query, onResponse: (response) => (raw = response) },
        };
        await sender.sendOperationRequest(operationArguments, spec);
        if (!raw)
            throw new Error(`No response to ${spec.httpMethod} ${spec.path}.`);
        return { statusCode: raw.status, headers: raw.headers.toJSON(), body: raw.parsedBody };
    }
    const lroResponse = (response) => ({
        flatResponse: response.body,
        rawResponse: response,
    });
    return {
        send: async (operation, args) => (await exchange(operation.spec, args)).body,
        list: async (operation, args) => {
            const items = [];
            const seen = new Set();
            let page = (await exchange(operation.spec, args)).body;
            for (;;) {
                items.push(...(page?.value ?? []));
                const link = page?.nextLink;
                if (!link)
                    return items;
                if (seen.has(link))
                    throw new Error(`${operation.id} returned the same nextLink twice: ${link}`);
                seen.add(link);
                page = (await exchange(arm_operations/* nextPage */.Zj, { nextLink: link })).body;
            }
        },
        begin: (operation, args, intervalMs) => {
            const lro = {
                // The path template: core-lro polls it for the final state of a PUT (original-uri), and it is filled
                // in with the same arguments as the first request (a poll spec has no body, so `body` is not sent).
                requestPath: operation.spec.path,
                requestMethod: operation.spec.httpMethod,
                sendInitialRequest: async () => lroResponse(await exchange(operation.spec, args)),
                sendPollRequest: async (path) => lroResponse(await exchange((0,arm_operations/* pollSpec */.Ts)(operation.spec, path), args)),
            };
            // Not polled here: core-lro's first poll sends the request *and* the first status poll, so an operation that
            // fails at once must fail inside the caller's wait (waitForOperation), where it becomes an OperationFailure.
            return new esm/* LroEngine */.mz(lro, {
                ...(intervalMs !== undefined ? { intervalInMs: intervalMs } : {}),
                ...(operation.finalStateVia ? { lroResourceLocationConfig: operation.finalStateVia } : {}),
            });
        },
    };
}

// EXTERNAL MODULE: ./src/azureml/errors.ts
var azureml_errors = __webpack_require__(43987);
;// CONCATENATED MODULE: ./src/azureml/online-bodies.ts
/** Integer percent maps (traffic, mirrorTraffic); anything else in them is ignored. */
function percentMap(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (typeof v === 'number')
            out[k] = v;
    return out;
}
/** An identity as it may be sent back: its type and user-assigned ids (their principal and client ids are read-only). */
function identityBody(identity) {
    const assigned = Object.keys(identity.userAssignedIdentities ?? {});
    return {
        type: identity.type,
        ...(assigned.length > 0
            ? { userAssignedIdentities: Object.fromEntries(assigned.map((id) => [id, {}])) }
            : {}),
    };
}
/**
 * The PUT body that keeps an endpoint as it is but for its traffic maps: every writable property read back,
 * the read-only ones (id, name, type, systemData, provisioningState, scoringUri, swaggerUri) and the
 * create-only `keys` left out.
 */
function endpointUpdateBody(current, maps) {
    const p = current.properties;
    const tags = { ...(current.tags ?? {}) };
    for (const [k, v] of Object.entries(maps.tags ?? {})) {
        if (v === null)
            delete tags[k];
        else
            tags[k] = v;
    }
    return {
        location: current.location,
        ...(current.tags || maps.tags ? { tags } : {}),
        ...(current.identity ? { identity: identityBody(current.identity) } : {}),
        ...(current.kind ? { kind: current.kind } : {}),
        ...(current.sku?.name ? { sku: current.sku } : {}),
        properties: {
            authMode: p.authMode,
            ...(typeof p.description === 'string' ? { description: p.description } : {}),
            ...(p.properties ? { properties: p.properties } : {}),
            ...(typeof p.compute === 'string' ? { compute: p.compute } : {}),
            ...(p.publicNetworkAccess ? { publicNetworkAccess: p.publicNetworkAccess } : {}),
            traffic: maps.traffic,
            mirrorTraffic: maps.mirrorTraffic,
        },
    };
}
const sameJson = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/**
 * An existing endpoint with an endpoint file's settings merged in, as `az ml online-endpoint update --file` merges
 * (azure-ai-ml Endpoint._merge_with): a key the file gives replaces the current value, tags and properties are
 * added to (properties can only be added, per the spec), keys the file does not give stay. Traffic stays.
 * Returns the body and the file keys that change it.
 */
function endpointSettingsBody(current, settings) {
    const body = endpointUpdateBody(current, {
        traffic: percentMap(current.properties.traffic),
        mirrorTraffic: percentMap(current.properties.mirrorTraffic),
    });
    const changed = [];
    const p = body.properties;
    if (settings.authMode && settings.authMode !== p.authMode) {
        p.authMode = settings.authMode;
        changed.push('auth_mode');
    }
    if (settings.description !== undefined && settings.description !== p.description) {
        p.description = settings.description;
        changed.push('description');
    }
    if (settings.publicNetworkAccess && settings.publicNetworkAccess !== (p.publicNetworkAccess ?? 'Enabled')) {
        p.publicNetworkAccess = settings.publicNetworkAccess;
        changed.push('public_network_access');
    }
    const tags = { ...(body.tags ?? {}), ...settings.tags };
    if (!sameJson(tags, { ...(body.tags ?? {}) })) {
        body.tags = tags;
        changed.push('tags');
    }
    const properties = { ...(p.properties ?? {}), ...settings.properties };
    if (!sameJson(properties, { ...(p.properties ?? {}) })) {
        p.properties = properties;
        changed.push('properties');
    }
    if (settings.identity && !sameJson(settings.identity, body.identity)) {
        body.identity = settings.identity;
        changed.push('identity');
    }
    return { body, changed };
}
/** The PUT body of a new endpoint: no traffic; auth Key and a system-assigned identity unless the file says otherwise. */
function newEndpointBody(location, settings) {
    return {
        location,
        tags: settings.tags,
        // The CLI's default (ManagedOnlineEndpoint: "If not set, identity defaults to SystemAssigned").
        identity: settings.identity ?? { type: 'SystemAssigned' },
        properties: {
            authMode: settings.authMode ?? 'Key',
            ...(settings.description !== undefined ? { description: settings.description } : {}),
            ...(Object.keys(settings.properties).length > 0 ? { properties: settings.properties } : {}),
            ...(settings.publicNetworkAccess ? { publicNetworkAccess: settings.publicNetworkAccess } : {}),
            traffic: {},
        },
    };
}
/** The PUT body of a managed deployment. */
function deploymentBody(location, spec) {
    return {
        location,
        tags: spec.tags,
        sku: { name: 'Default', capacity: spec.instanceCount },
        properties: {
            endpointComputeType: 'Managed',
            ...(spec.model ? { model: spec.model } : {}),
            ...(spec.codeId
                ? { codeConfiguration: { codeId: spec.codeId, scoringScript: spec.scoringScript ?? 'score.py' } }
                : {}),
            ...(spec.environmentId ? { environmentId: spec.environmentId } : {}),
            instanceType: spec.instanceType,
            environmentVariables: spec.environmentVariables,
            ...(spec.requestSettings ? { requestSettings: spec.requestSettings } : {}),
            ...(spec.readinessProbe ? { readinessProbe: spec.readinessProbe } : {}),
            ...(spec.livenessProbe ? { livenessProbe: spec.livenessProbe } : {}),
            ...(spec.scaleSettings ? { scaleSettings: spec.scaleSettings } : {}),
            ...(spec.dataCollector ? { dataCollector: spec.dataCollector } : {}),
            ...(spec.appInsightsEnabled !== undefined ? { appInsightsEnabled: spec.appInsightsEnabled } : {}),
            ...(spec.egressPublicNetworkAccess
                ? { egressPublicNetworkAccess: spec.egressPublicNetworkAccess }
                : {}),
            ...(spec.modelMountPath ? { modelMountPath: spec.modelMountPath } : {}),
            ...(spec.properties && Object.keys(spec.properties).length > 0 ? { properties: spec.properties } : {}),
            ...(spec.description !== undefined ? { description: spec.description } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/azureml/operation-wait.ts
var operation_wait = __webpack_require__(68529);
;// CONCATENATED MODULE: ./src/azureml/online-client.ts






/**
 * The audience of a Microsoft Entra token for scoring an `aad_token` endpoint (how-to-authenticate-online-endpoint:
 * `az account get-access-token --resource https://ml.azure.com`); the endpoint's `token` action serves only
 * `aml_token` endpoints.
 */
const SCORING_TOKEN_SCOPE = 'https://ml.azure.com/.default';
function toEndpointInfo(ep) {
    const p = ep.properties;
    return {
        id: ep.id ?? '',
        name: ep.name ?? '',
        location: ep.location,
        authMode: p.authMode,
        ...(p.description ? { description: p.description } : {}),
        tags: (0,arm_models/* stringRecord */.J)(ep.tags),
        traffic: percentMap(p.traffic),
        mirrorTraffic: percentMap(p.mirrorTraffic),
        ...(p.scoringUri ? { scoringUri: p.scoringUri } : {}),
        ...(p.provisioningState ? { provisioningState: p.provisioningState } : {}),
    };
}
function toDeploymentInfo(d) {
    const p = d.properties;
    return {
        id: d.id ?? '',
        name: d.name ?? '',
        ...(p.model ? { model: p.model } : {}),
        ...(p.codeConfiguration?.codeId ? { codeId: p.codeConfiguration.codeId } : {}),
        ...(p.codeConfiguration?.scoringScript ? { scoringScript: p.codeConfiguration.scoringScript } : {}),
        ...(p.environmentId ? { environmentId: p.environmentId } : {}),
        ...(p.instanceType ? { instanceType: p.instanceType } : {}),
        ...(d.sku?.capacity !== undefined ? { instanceCount: d.sku.capacity } : {}),
        ...(p.provisioningState ? { provisioningState: p.provisioningState } : {}),
        tags: (0,arm_models/* stringRecord */.J)(d.tags),
    };
}
/** The online endpoint operations of one workspace. */
function onlineOperations(ctx) {
    const { arm, call } = ctx;
    const getEndpointResource = (endpointName) => (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.OnlineEndpoints_Get, { endpointName }));
    const getDeploymentResource = (endpointName, deploymentName) => (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.OnlineDeployments_Get, { endpointName, deploymentName }));
    const workspaceLocation = async () => (await arm.send(arm_operations/* ops */.tD.Workspaces_Get)).location ?? 'local';
    async function putEndpoint(endpointName, body, wait) {
        const poller = arm.begin(arm_operations/* ops */.tD.OnlineEndpoints_CreateOrUpdate, { endpointName, body }, wait.intervalMs);
        const final = await (0,operation_wait/* waitForOperation */.o5)(poller, `endpoint ${endpointName}`, wait, async () => (await getEndpointResource(endpointName))?.properties.provisioningState);
        // final-state-via original-uri: the poller's result is the endpoint read back after the operation.
        const after = final?.properties ? final : await getEndpointResource(endpointName);
        if (!after)
            throw new azureml_errors/* AzureMLError */.Hv(`Endpoint ${endpointName} is gone after it was written.`);
        return toEndpointInfo(after);
    }
    return {
        getEndpoint: (name) => call(`read endpoint ${name}`, async () => {
            const ep = await getEndpointResource(name);
            return ep && toEndpointInfo(ep);
        }),
        listEndpoints: () => call('list the online endpoints', async () => (await arm.list(arm_operations/* ops */.tD.OnlineEndpoints_List)).map(toEndpointInfo)),
        createEndpoint: (name, settings, wait) => call(`create endpoint ${name}`, async () => putEndpoint(name, newEndpointBody(await workspaceLocation(), settings), wait)),
        updateEndpointSettings: (name, settings, wait) => call(`update the settings of endpoint ${name}`, async () => {
            const current = await arm.send(arm_operations/* ops */.tD.OnlineEndpoints_Get, { endpointName: name });
            const { body, changed } = endpointSettingsBody(current, settings);
            if (changed.length === 0)
                return { endpoint: toEndpointInfo(current), changed };
            return { endpoint: await putEndpoint(name, body, wait), changed };
        }),
        setTraffic: (name, maps, wait, guard) => call(`set the traffic of endpoint ${name}`, async () => {
            const current = await arm.send(arm_operations/* ops */.tD.OnlineEndpoints_Get, { endpointName: name });
            guard?.(toEndpointInfo(current));
            return putEndpoint(name, endpointUpdateBody(current, maps), wait);
        }),
        listDeployments: (endpoint) => call(`list the deployments of endpoint ${endpoint}`, async () => (await arm.list(arm_operations/* ops */.tD.OnlineDeployments_List, { endpointName: endpoint })).map(toDeploymentInfo)),
        getDeployment: (endpoint, name) => call(`read deployment ${name} of endpoint ${endpoint}`, async () => {
            const d = await getDeploymentResource(endpoint, name);
            return d && toDeploymentInfo(d);
        }),
        createOrUpdateDeployment: (endpoint, name, spec, wait) => call(`deploy ${name} to endpoint ${endpoint}`, async () => {
            const body = deploymentBody(await workspaceLocation(), spec);
            const args = { endpointName: endpoint, deploymentName: name, body };
            const poller = arm.begin(arm_operations/* ops */.tD.OnlineDeployments_CreateOrUpdate, args, wait.intervalMs);
            const final = await (0,operation_wait/* waitForOperation */.o5)(poller, `deployment ${name}`, wait, async () => (await getDeploymentResource(endpoint, name).catch(() => undefined))?.properties
                .provisioningState);
            const after = final?.properties ? final : await getDeploymentResource(endpoint, name);
            if (!after)
                throw new azureml_errors/* AzureMLError */.Hv(`Deployment ${name} of endpoint ${endpoint} is gone after it was written.`);
            return toDeploymentInfo(after);
        }),
        deleteDeployment: (endpoint, name, wait) => call(`delete deployment ${name} of endpoint ${endpoint}`, async () => {
            const args = { endpointName: endpoint, deploymentName: name };
            const poller = arm.begin(arm_operations/* ops */.tD.OnlineDeployments_Delete, args, wait.intervalMs);
            await (0,operation_wait/* waitForOperation */.o5)(poller, `deleting deployment ${name}`, wait);
        }),
        getDeploymentLogs: (endpoint, name, container, tail) => call(`read the ${container} logs of deployment ${name}`, async () => {
            const body = { containerType: container, tail };
            const logs = await arm.send(arm_operations/* ops */.tD.OnlineDeployments_GetLogs, {
                endpointName: endpoint,
                deploymentName: name,
                body,
            });
            return logs?.content ?? '';
        }),
        getScoringCredential: (endpoint) => call(`read the keys of endpoint ${endpoint.name}`, async () => {
            const args = { endpointName: endpoint.name };
            if (endpoint.authMode === 'Key') {
                const keys = await arm.send(arm_operations/* ops */.tD.OnlineEndpoints_ListKeys, args);
                for (const k of [keys?.primaryKey, keys?.secondaryKey])
                    if (k)
                        ctx.setSecret(k);
                if (!keys?.primaryKey)
                    throw new azureml_errors/* AzureMLError */.Hv(`Endpoint ${endpoint.name} returned no key.`);
                return keys.primaryKey;
            }
            if (endpoint.authMode === 'AADToken') {
                const entra = await ctx.credential.getToken(SCORING_TOKEN_SCOPE);
                if (!entra?.token)
                    throw new azureml_errors/* AzureMLError */.Hv(`No Microsoft Entra token for endpoint ${endpoint.name}.`);
                ctx.setSecret(entra.token);
                return entra.token;
            }
            const token = await arm.send(arm_operations/* ops */.tD.OnlineEndpoints_GetToken, args);
            if (!token?.accessToken)
                throw new azureml_errors/* AzureMLError */.Hv(`Endpoint ${endpoint.name} returned no token.`);
            ctx.setSecret(token.accessToken);
            return token.accessToken;
        }),
    };
}

// EXTERNAL MODULE: ./src/azureml/data-client.ts + 1 modules
var data_client = __webpack_require__(80583);
;// CONCATENATED MODULE: ./src/azureml/arm-operations-jobs.ts
// The job operations of Microsoft.MachineLearningServices we call (Jobs_*, ComponentVersions_*, Compute_Get), built
// like every other operation (arm-operations.ts `operation()`) from what the 2026-07-01 spec says of each.

const JOB = '/jobs/{id}';
const COMPONENT_VERSION = '/components/{name}/versions/{version}';
/** The job operations, by the spec's operationId. */
const jobOps = {
    Jobs_Get: (0,arm_operations/* operation */.MQ)('Jobs_Get', { method: 'GET', path: JOB, ok: [200] }),
    // Not long-running in the spec: the job is created at once and runs on its own.
    Jobs_CreateOrUpdate: (0,arm_operations/* operation */.MQ)('Jobs_CreateOrUpdate', {
        method: 'PUT',
        path: JOB,
        ok: [200, 201],
        body: 'required',
    }),
    Jobs_List: (0,arm_operations/* operation */.MQ)('Jobs_List', {
        method: 'GET',
        path: '/jobs',
        ok: [200],
        query: [
            (0,arm_operations/* queryParameter */.e$)('jobType'),
            (0,arm_operations/* queryParameter */.e$)('tag'),
            (0,arm_operations/* queryParameter */.e$)('listViewType'),
            (0,arm_operations/* queryParameter */.e$)('properties'),
        ],
    }),
    // x-ms-long-running-operation-options: {"final-state-via": "location"}. We send it and do not wait: the 202
    // means the service took the request; the job's own status says when it is Canceled.
    Jobs_Cancel: (0,arm_operations/* operation */.MQ)('Jobs_Cancel', {
        method: 'POST',
        path: `${JOB}/cancel`,
        ok: [200, 202],
        finalStateVia: 'location',
    }),
    ComponentVersions_List: (0,arm_operations/* operation */.MQ)('ComponentVersions_List', {
        method: 'GET',
        path: '/components/{name}/versions',
        ok: [200],
        query: [(0,arm_operations/* queryParameter */.e$)('$orderBy'), (0,arm_operations/* queryParameter */.e$)('$top')],
    }),
    ComponentVersions_Get: (0,arm_operations/* operation */.MQ)('ComponentVersions_Get', {
        method: 'GET',
        path: COMPONENT_VERSION,
        ok: [200],
    }),
    ComponentVersions_CreateOrUpdate: (0,arm_operations/* operation */.MQ)('ComponentVersions_CreateOrUpdate', {
        method: 'PUT',
        path: COMPONENT_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    Compute_Get: (0,arm_operations/* operation */.MQ)('Compute_Get', { method: 'GET', path: '/computes/{computeName}', ok: [200] }),
};

;// CONCATENATED MODULE: ./src/azureml/job-client.ts


function toComponentInfo(name, resource) {
    return {
        id: resource.id ?? '',
        name,
        version: resource.name ?? '',
        ...(resource.properties?.componentSpec ? { spec: resource.properties.componentSpec } : {}),
    };
}
/** The job operations over one workspace's transport. */
function jobOperations(deps) {
    const { arm, call } = deps;
    return {
        getJob: (name) => call(`read job ${name}`, () => (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(jobOps.Jobs_Get, { id: name }))),
        createOrUpdateJob: (name, body) => call(`create job ${name}`, () => arm.send(jobOps.Jobs_CreateOrUpdate, { id: name, body })),
        listJobs: (options = {}) => call('list the jobs', () => arm.list(jobOps.Jobs_List, {
            query: {
                ...(options.jobType ? { jobType: options.jobType } : {}),
                ...(options.tag ? { tag: options.tag } : {}),
                ...(options.listViewType ? { listViewType: options.listViewType } : {}),
                ...(options.properties ? { properties: options.properties } : {}),
            },
        })),
        cancelJob: (name) => call(`cancel job ${name}`, async () => {
            await arm.send(jobOps.Jobs_Cancel, { id: name });
        }),
        getComponentVersion: (name, version) => call(`read component ${name} version ${version}`, async () => {
            if (version === 'latest') {
                // The newest first: the first item of the first page is the one (as for environments).
                const page = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(jobOps.ComponentVersions_List, {
                    name,
                    query: { $orderBy: 'createdtime desc', $top: '1' },
                }));
                const newest = page?.value?.[0];
                return newest && toComponentInfo(name, newest);
            }
            const found = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(jobOps.ComponentVersions_Get, { name, version }));
            return found && toComponentInfo(name, found);
        }),
        createComponentVersion: (name, version, body) => call(`create component ${name} version ${version}`, async () => toComponentInfo(name, await arm.send(jobOps.ComponentVersions_CreateOrUpdate, { name, version, body }))),
        getCompute: (name) => call(`read compute ${name}`, async () => {
            const found = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(jobOps.Compute_Get, { computeName: name }));
            if (!found)
                return undefined;
            return {
                id: found.id ?? '',
                name: found.name ?? name,
                ...(found.properties?.computeType ? { computeType: found.properties.computeType } : {}),
                ...(found.properties?.provisioningState
                    ? { provisioningState: found.properties.provisioningState }
                    : {}),
            };
        }),
    };
}

// EXTERNAL MODULE: ./src/azureml/tag-filter.ts
var tag_filter = __webpack_require__(21006);
;// CONCATENATED MODULE: ./src/azureml/client.ts










function toModelVersionInfo(name, mv) {
    const p = mv.properties ?? {};
    const created = mv.systemData?.createdAt;
    return {
        id: mv.id ?? '',
        name,
        version: mv.name ?? '',
        ...(p.modelUri ? { modelUri: p.modelUri } : {}),
        ...(p.modelType ? { modelType: p.modelType } : {}),
        ...(p.description ? { description: p.description } : {}),
        tags: (0,arm_models/* stringRecord */.J)(p.tags),
        properties: (0,arm_models/* stringRecord */.J)(p.properties),
        ...(p.jobName ? { jobName: p.jobName } : {}),
        ...(created ? { createdAt: new Date(created) } : {}),
    };
}
/** A code or environment version resource as the actions see it. */
function toAssetVersion(name, resource) {
    const p = resource.properties;
    return {
        id: resource.id ?? '',
        name,
        version: resource.name ?? '',
        ...(p.codeUri ? { codeUri: p.codeUri } : {}),
        ...(p.image !== undefined ? { image: p.image } : {}),
        tags: (0,arm_models/* stringRecord */.J)(p.tags),
    };
}

function toBlobDatastore(ds, workspace) {
    if (ds.properties.datastoreType !== 'AzureBlob') {
        throw new errors/* ConfigurationError */.j(`The default datastore '${ds.name}' of workspace '${workspace}' is ${ds.properties.datastoreType}, ` +
            `not AzureBlob. Make an Azure Blob datastore the workspace default.`, 'workspace');
    }
    const blob = ds.properties;
    if (!blob.accountName || !blob.containerName) {
        throw new Error(`The default datastore '${ds.name}' has no storage account or container.`);
    }
    return {
        name: ds.name ?? 'workspaceblobstore',
        accountName: blob.accountName,
        containerName: blob.containerName,
        endpoint: blob.endpoint ?? 'core.windows.net',
        protocol: blob.protocol ?? 'https',
    };
}
/** Creates the client for one workspace. The emulator is reached by its endpoint and token, nothing else. */
function createAzureMLClient(address, credential, options = {}) {
    const retry = options.retry ?? retry_settings/* DEFAULT_RETRY */.vI;
    const arm = createArmTransport(createPipelineClient(address, credential, { retry, httpClient: options.httpClient }), address);
    const ws = address.workspace;
    const setSecret = options.setSecret ?? (() => undefined);
    const call = async (operation, fn, resource) => {
        try {
            return await fn();
        }
        catch (error) {
            throw (0,azureml_errors/* translateError */.ZO)(error, {
                address,
                operation,
                principal: options.principal,
                resource,
                retries: retry.maxRetries,
            });
        }
    };
    return {
        address,
        ...onlineOperations({ arm, credential, workspace: ws, call, setSecret }),
        ...(0,data_client/* dataOperations */.P2)({ arm, call }),
        ...jobOperations({ arm, call }),
        getWorkspace: () => call(`read the workspace`, async () => {
            const w = await arm.send(arm_operations/* ops */.tD.Workspaces_Get);
            return {
                id: w.id ?? '',
                name: w.name ?? ws,
                ...(w.location ? { location: w.location } : {}),
                ...(w.properties?.tenantId ? { tenantId: w.properties.tenantId } : {}),
                ...(w.properties?.discoveryUrl ? { discoveryUrl: w.properties.discoveryUrl } : {}),
                ...(w.properties?.mlFlowTrackingUri ? { mlFlowTrackingUri: w.properties.mlFlowTrackingUri } : {}),
            };
        }, 'workspace'),
        getDefaultDatastore: () => call('find the default datastore', async () => {
            const list = await arm.list(arm_operations/* ops */.tD.Datastores_List, { query: { isDefault: true } });
            // The filter is the service's; a datastore that says it is not the default is skipped all the same.
            const ds = list.find((d) => d.properties.isDefault !== false);
            if (!ds)
                throw new errors/* ConfigurationError */.j(`Workspace '${ws}' has no default datastore.`, 'workspace');
            return toBlobDatastore(ds, ws);
        }),
        getDatastoreSecrets: (datastoreName) => call(`read the secrets of datastore ${datastoreName}`, async () => {
            // The body (SecretExpiry) is optional: none asks for the datastore's own, non-expiring secrets.
            const secrets = await arm.send(arm_operations/* ops */.tD.Datastores_ListSecrets, { name: datastoreName });
            if (secrets.secretsType === 'AccountKey' && secrets.key) {
                setSecret(secrets.key);
                return { kind: 'account-key', accountKey: secrets.key };
            }
            if (secrets.secretsType === 'Sas' && secrets.sasToken) {
                setSecret(secrets.sasToken);
                return { kind: 'sas', sasToken: secrets.sasToken };
            }
            throw new errors/* ConfigurationError */.j(`Datastore '${datastoreName}' of workspace '${ws}' gives ${secrets.secretsType} credentials; ` +
                `uploads need an account key or a SAS token.`, 'workspace');
        }),
        listModelVersions: (name, listOptions = {}) => call(`list the versions of model ${name}`, async () => {
            const query = listOptions.tags ? { tags: (0,tag_filter/* tagsFilter */.U)(listOptions.tags) } : {};
            const versions = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.list(arm_operations/* ops */.tD.ModelVersions_List, { name, query }));
            return (versions ?? []).map((mv) => toModelVersionInfo(name, mv));
        }),
        getModelVersion: (name, version) => call(`read model ${name} version ${version}`, async () => {
            const mv = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.ModelVersions_Get, { name, version }));
            return mv && toModelVersionInfo(name, mv);
        }),
        createOrUpdateModelVersion: (name, version, spec) => call(`create model ${name} version ${version}`, async () => {
            const body = {
                properties: {
                    modelUri: spec.modelUri,
                    modelType: spec.modelType,
                    ...(spec.description !== undefined ? { description: spec.description } : {}),
                    tags: spec.tags,
                    properties: spec.properties,
                    ...(spec.jobName !== undefined ? { jobName: spec.jobName } : {}),
                    isAnonymous: false,
                    isArchived: false,
                },
            };
            const created = await arm.send(arm_operations/* ops */.tD.ModelVersions_CreateOrUpdate, {
                name,
                version,
                body,
            });
            return toModelVersionInfo(name, created);
        }),
        deleteModelVersion: (name, version) => call(`delete model ${name} version ${version}`, async () => {
            await arm.send(arm_operations/* ops */.tD.ModelVersions_Delete, { name, version });
        }),
        getCodeVersion: (name, version) => call(`read code ${name} version ${version}`, async () => {
            const code = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.CodeVersions_Get, { name, version }));
            return code && toAssetVersion(name, code);
        }),
        createCodeVersion: (name, version, spec) => call(`create code ${name} version ${version}`, async () => {
            const body = {
                properties: { codeUri: spec.codeUri, tags: spec.tags, isAnonymous: false },
            };
            return toAssetVersion(name, await arm.send(arm_operations/* ops */.tD.CodeVersions_CreateOrUpdate, { name, version, body }));
        }),
        getEnvironmentVersion: (name, version) => call(`read environment ${name} version ${version}`, async () => {
            if (version !== 'latest') {
                const env = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.EnvironmentVersions_Get, { name, version }));
                return env && toAssetVersion(name, env);
            }
            // The newest first: the first item of the first page is the one.
            const page = await (0,azureml_errors/* unlessNotFound */.CA)(() => arm.send(arm_operations/* ops */.tD.EnvironmentVersions_List, {
                name,
                query: { $orderBy: 'createdtime desc' },
            }));
            const newest = page?.value?.[0];
            return newest && toAssetVersion(name, newest);
        }),
        createEnvironmentVersion: (name, version, spec) => call(`create environment ${name} version ${version}`, async () => {
            const body = {
                properties: {
                    ...(spec.image !== undefined ? { image: spec.image } : {}),
                    ...(spec.condaFile !== undefined ? { condaFile: spec.condaFile } : {}),
                    ...(spec.build ? { build: spec.build } : {}),
                    ...(spec.osType ? { osType: spec.osType } : {}),
                    ...(spec.inferenceConfig ? { inferenceConfig: spec.inferenceConfig } : {}),
                    ...(spec.description !== undefined ? { description: spec.description } : {}),
                    tags: spec.tags,
                    isAnonymous: spec.isAnonymous ?? false,
                },
            };
            const created = await arm.send(arm_operations/* ops */.tD.EnvironmentVersions_CreateOrUpdate, {
                name,
                version,
                body,
            });
            return toAssetVersion(name, created);
        }),
    };
}


/***/ }),

/***/ 80583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hL: () => (/* reexport */ DATA_TYPES),
  P2: () => (/* binding */ dataOperations)
});

// UNUSED EXPORTS: dataVersionBody, toDataVersionInfo

// EXTERNAL MODULE: ./src/azureml/arm-models.ts
var arm_models = __webpack_require__(59303);
// EXTERNAL MODULE: ./src/azureml/arm-operations.ts
var arm_operations = __webpack_require__(56283);
;// CONCATENATED MODULE: ./src/azureml/arm-operations-data.ts

/** DataType of the spec. */
const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'];
const DATA_VERSION = '/data/{name}/versions/{version}';
/** The data operations, by the spec's operationId. */
const dataOps = {
    DataVersions_List: (0,arm_operations/* operation */.MQ)('DataVersions_List', {
        method: 'GET',
        path: '/data/{name}/versions',
        ok: [200],
        // The spec names the tag filter `$tags` here (ModelVersions_List calls it `tags`).
        query: [(0,arm_operations/* queryParameter */.e$)('$tags'), (0,arm_operations/* queryParameter */.e$)('$orderBy')],
    }),
    DataVersions_Get: (0,arm_operations/* operation */.MQ)('DataVersions_Get', { method: 'GET', path: DATA_VERSION, ok: [200] }),
    DataVersions_CreateOrUpdate: (0,arm_operations/* operation */.MQ)('DataVersions_CreateOrUpdate', {
        method: 'PUT',
        path: DATA_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    DataVersions_Delete: (0,arm_operations/* operation */.MQ)('DataVersions_Delete', {
        method: 'DELETE',
        path: DATA_VERSION,
        ok: [200, 204],
    }),
};

// EXTERNAL MODULE: ./src/azureml/errors.ts
var errors = __webpack_require__(43987);
// EXTERNAL MODULE: ./src/azureml/tag-filter.ts
var tag_filter = __webpack_require__(21006);
;// CONCATENATED MODULE: ./src/azureml/data-client.ts
// Data asset versions of one workspace, as the actions see them (register-data, job inputs).





/** The body of a new data version, as azure-ai-ml Data._to_rest_object writes it. */
function dataVersionBody(spec) {
    return {
        properties: {
            dataType: spec.dataType,
            dataUri: spec.dataUri,
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            tags: spec.tags,
            properties: spec.properties,
            isAnonymous: false,
            isArchived: false,
            ...(spec.dataType === 'mltable' && spec.referencedUris ? { referencedUris: spec.referencedUris } : {}),
        },
    };
}
function toDataVersionInfo(name, resource) {
    const p = resource.properties;
    const created = resource.systemData?.createdAt;
    return {
        id: resource.id ?? '',
        name,
        version: resource.name ?? '',
        dataType: p.dataType,
        dataUri: p.dataUri,
        ...(p.description ? { description: p.description } : {}),
        tags: (0,arm_models/* stringRecord */.J)(p.tags),
        properties: (0,arm_models/* stringRecord */.J)(p.properties),
        ...(p.referencedUris ? { referencedUris: p.referencedUris } : {}),
        ...(created ? { createdAt: new Date(created) } : {}),
    };
}
/** The data operations over one workspace's transport. */
function dataOperations(deps) {
    const { arm, call } = deps;
    return {
        listDataVersions: (name, options = {}) => call(`list the versions of data asset ${name}`, async () => {
            const query = options.tags ? { $tags: (0,tag_filter/* tagsFilter */.U)(options.tags) } : {};
            const versions = await (0,errors/* unlessNotFound */.CA)(() => arm.list(dataOps.DataVersions_List, { name, query }));
            return (versions ?? []).map((v) => toDataVersionInfo(name, v));
        }),
        getDataVersion: (name, version) => call(`read data asset ${name} version ${version}`, async () => {
            const found = await (0,errors/* unlessNotFound */.CA)(() => arm.send(dataOps.DataVersions_Get, { name, version }));
            return found && toDataVersionInfo(name, found);
        }),
        createDataVersion: (name, version, spec) => call(`create data asset ${name} version ${version}`, async () => {
            const created = await arm.send(dataOps.DataVersions_CreateOrUpdate, {
                name,
                version,
                body: dataVersionBody(spec),
            });
            return toDataVersionInfo(name, created);
        }),
        deleteDataVersion: (name, version) => call(`delete data asset ${name} version ${version}`, async () => {
            await arm.send(dataOps.DataVersions_Delete, { name, version });
        }),
    };
}


/***/ }),

/***/ 43987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Hv: () => (/* binding */ AzureMLError),
/* harmony export */   ZO: () => (/* binding */ translateError),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dh: () => (/* binding */ isConflict)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32051);


/** A failed Azure ML call that is not the user's to fix (or not only): the status, the ARM code and message. */
class AzureMLError extends Error {
    statusCode;
    code;
    constructor(message, statusCode, code) {
        super(message);
        this.statusCode = statusCode;
        this.code = code;
        this.name = 'AzureMLError';
    }
}
/** True for a 404 from the service (the resource does not exist). */
function isNotFound(error) {
    return error?.statusCode === 404;
}
/** True for a 409 from the service (another writer created or changed the resource first). */
function isConflict(error) {
    return error instanceof AzureMLError && error.statusCode === 409;
}
/** `fn`'s value, or undefined when the resource does not exist (404). */
async function unlessNotFound(fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (isNotFound(error))
            return undefined;
        throw error;
    }
}
const CERTIFICATE_CODES = new Set([
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'CERT_HAS_EXPIRED',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const CREDENTIAL_ERRORS = new Set([
    'CredentialUnavailableError',
    'AuthenticationError',
    'AggregateAuthenticationError',
]);
function clip(text, max = 600) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.length > max ? `${oneLine.slice(0, max)}...` : oneLine;
}
/** "403 AuthorizationFailed: <ARM message>" */
function armCause(e) {
    const parts = [e.statusCode ?? '', e.code ?? ''].filter((p) => p !== '').join(' ');
    return `${parts}: ${clip(e.message ?? '')}`;
}
/**
 * Turns whatever an SDK call threw into an error a person can act on: who lacks which role where (401/403),
 * which inputs name a missing workspace (404), and otherwise the operation with the ARM code and message.
 */
function translateError(error, ctx) {
    if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j || error instanceof AzureMLError)
        return error;
    const e = (error ?? {});
    const where = (0,_workspace_js__WEBPACK_IMPORTED_MODULE_1__/* .describeWorkspace */ .$$)(ctx.address);
    const who = ctx.principal ?? 'the caller';
    if (e.name && CREDENTIAL_ERRORS.has(e.name)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Could not get a token for ${who} to ${ctx.operation}: ${clip((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error))}. ` +
            `Check client-id and tenant-id (and the job's \`permissions: id-token: write\`), or run azure/login first.`, 'client-id');
    }
    if (e.statusCode === 401) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Azure ML rejected the credentials of ${who} when trying to ${ctx.operation} in ${where} (${armCause(e)}). ` +
            `Check that the token is valid, not expired, and issued for ${ctx.address.armEndpoint} in the workspace's tenant.`, 'workspace');
    }
    if (e.statusCode === 403) {
        const read = (e.request?.method ?? 'GET').toUpperCase() === 'GET';
        const role = read
            ? 'at least Reader'
            : `one that may write assets, such as "AzureML Data Scientist" or Contributor`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${capitalize(who)} is not allowed to ${ctx.operation} in ${where} (${armCause(e)}). ` +
            `Give it a role on workspace '${ctx.address.workspace}' (${role}), or use the identity meant for this workspace.`, 'workspace');
    }
    if (e.statusCode === 404 &&
        (ctx.resource === 'workspace' ||
            /^(Workspace|Resource(Group)?|Subscription)NotFound$/i.test(e.code ?? ''))) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Workspace '${ctx.address.workspace}' was not found in resource group '${ctx.address.resourceGroup}' of ` +
            `subscription '${ctx.address.subscriptionId}' at ${ctx.address.armEndpoint} (${armCause(e)}). ` +
            `Check the inputs workspace, resource-group and subscription-id (or AZUREML_WORKSPACE, ` +
            `AZUREML_RESOURCE_GROUP, AZURE_SUBSCRIPTION_ID) and arm-endpoint.`, 'workspace');
    }
    const transient = e.statusCode === undefined || e.statusCode === 408 || e.statusCode === 429 || e.statusCode >= 500;
    const retried = transient && ctx.retries ? ` (still failing after ${ctx.retries} retries)` : '';
    if (e.statusCode !== undefined) {
        return new AzureMLError(`Could not ${ctx.operation} in ${where}: ${armCause(e)}${retried}`, e.statusCode, e.code);
    }
    if (e.code && CERTIFICATE_CODES.has(e.code)) {
        return new AzureMLError(`Could not ${ctx.operation}: the TLS certificate of ${ctx.address.armEndpoint} is not trusted (${e.code}). ` +
            `For a local emulator, set NODE_EXTRA_CA_CERTS to its CA certificate.`, undefined, e.code);
    }
    if (e.code) {
        return new AzureMLError(`Could not ${ctx.operation}: no answer from ${ctx.address.armEndpoint} (${e.code}: ${clip(e.message ?? '')})${retried}.`, undefined, e.code);
    }
    return error instanceof Error ? error : new Error((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error));
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 68529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ce: () => (/* binding */ OperationFailure),
/* harmony export */   Lf: () => (/* binding */ OperationTimeout),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   o5: () => (/* binding */ waitForOperation)
/* harmony export */ });
/* unused harmony export parseOperationFailure */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43987);
/* harmony import */ var _retry_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92268);


/** A long-running operation that ended Failed: the service's error code and message. */
class OperationFailure extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureMLError */ .Hv {
    what;
    errorCode;
    detail;
    constructor(
    /** What was being waited for: "deployment green". */
    what, errorCode, detail) {
        super(`${what} failed: ${errorCode}: ${detail}`, undefined, errorCode);
        this.what = what;
        this.errorCode = errorCode;
        this.detail = detail;
        this.name = 'OperationFailure';
    }
}
/** The operation did not finish within the timeout; `state` is the last provisioning state seen. */
class OperationTimeout extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AzureMLError */ .Hv {
    what;
    timeoutMs;
    state;
    constructor(what, timeoutMs, state) {
        super(`${what} did not finish within ${formatDuration(timeoutMs)} (last state: ${state ?? 'unknown'}).`, undefined, 'OperationTimeout');
        this.what = what;
        this.timeoutMs = timeoutMs;
        this.state = state;
        this.name = 'OperationTimeout';
    }
}
/** core-lro's message for a failed operation: "The long-running operation has failed. <code>. <message>". */
function parseOperationFailure(message) {
    const match = /The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(message);
    if (!match)
        return undefined;
    return { code: match[1] ?? 'OperationFailed', message: match[2] ?? 'no error details' };
}
/** `95 s`, `4 min 5 s`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    if (s < 60)
        return `${s} s`;
    return s % 60 === 0 ? `${s / 60} min` : `${Math.floor(s / 60)} min ${s % 60} s`;
}
/**
 * Polls `poller` until it is done, logging `<what>: <state> (<elapsed>)` at most every `progressEveryMs`,
 * and stopping at the timeout with an {@link OperationTimeout}. A failed operation becomes an
 * {@link OperationFailure} with the service's code and message.
 */
async function waitForOperation(poller, what, wait, readState) {
    const started = Date.now();
    // At most MLOPS_ARM_MAX_POLL_INTERVAL_MS (retry-settings.ts; checked at sign-in, before any request).
    const interval = (0,_retry_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .pollInterval */ .dq)(wait.intervalMs ?? 5_000, process.env);
    const progressEvery = wait.progressEveryMs ?? 15_000;
    let lastProgress = started;
    let state;
    try {
        while (!poller.isDone()) {
            if (Date.now() - started >= wait.timeoutMs) {
                poller.stopPolling();
                state = (await readState?.().catch(() => undefined)) ?? state;
                throw new OperationTimeout(what, wait.timeoutMs, state);
            }
            await poller.poll();
            if (poller.isDone())
                break;
            if (Date.now() - lastProgress >= progressEvery) {
                lastProgress = Date.now();
                state = (await readState?.().catch(() => undefined)) ?? state;
                wait.log?.(`${what}: ${state ?? 'in progress'} (${formatDuration(Date.now() - started)} so far)`);
            }
            await new Promise((resolve) => setTimeout(resolve, interval));
        }
        return await poller.pollUntilDone();
    }
    catch (error) {
        if (error instanceof OperationTimeout)
            throw error;
        const failure = parseOperationFailure(error?.message ?? '');
        if (failure)
            throw new OperationFailure(what, failure.code, failure.message);
        throw error;
    }
}


/***/ }),

/***/ 21006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ tagsFilter)
/* harmony export */ });
/** The `tags` / `$tags` filter of the asset version lists: `key=value,key2` (the service's syntax). */
function tagsFilter(tags) {
    return Object.entries(tags)
        .map(([k, v]) => (v === undefined ? k : `${k}=${v}`))
        .join(',');
}


/***/ }),

/***/ 20211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ USER_AGENT_PREFIX)
/* harmony export */ });
/** The user-agent prefix of every request of ours (ARM and blob storage), so a service's logs tell our calls apart. */
const USER_AGENT_PREFIX = 'mlops-actions';


/***/ }),

/***/ 25445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ AZUREML_PROVIDER),
/* harmony export */   d: () => (/* binding */ AZUREML_API_VERSION)
/* harmony export */ });
// The Azure ML control-plane contract that both sides speak: the actions' client (src/azureml) sends this
// api-version, and the emulator (src/emulator) serves it and nothing else. Its specification is the
// Microsoft.MachineLearningServices openapi.json of this version (azure-rest-api-specs,
// specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices/MachineLearningServices/
// stable/2026-07-01), checked by __tests__/contract.
/** The one api-version of Microsoft.MachineLearningServices we speak: the newest stable one. */
const AZUREML_API_VERSION = '2026-07-01';
/** The ARM resource provider of Azure Machine Learning. */
const AZUREML_PROVIDER = 'Microsoft.MachineLearningServices';


/***/ })

};
