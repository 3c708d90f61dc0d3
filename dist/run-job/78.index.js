export const id = 78;
export const ids = [78];
export const modules = {

/***/ 2078:
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
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/azureml/arm-models.ts
var arm_models = __webpack_require__(9303);
// EXTERNAL MODULE: ./src/azureml/arm-operations.ts
var arm_operations = __webpack_require__(6283);
// EXTERNAL MODULE: ./node_modules/@azure/arm-machinelearning/dist/index.js
var dist = __webpack_require__(4789);
// EXTERNAL MODULE: ./node_modules/@azure/core-lro/dist/esm/index.js + 10 modules
var esm = __webpack_require__(7352);
// EXTERNAL MODULE: ./src/azureml/retry-settings.ts
var retry_settings = __webpack_require__(2268);
// EXTERNAL MODULE: ./src/azureml/user-agent.ts
var user_agent = __webpack_require__(211);
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
var azureml_errors = __webpack_require__(3987);
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

;// CONCATENATED MODULE: ./src/azureml/operation-wait.ts


/** A long-running operation that ended Failed: the service's error code and message. */
class OperationFailure extends azureml_errors/* AzureMLError */.Hv {
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
class OperationTimeout extends azureml_errors/* AzureMLError */.Hv {
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
    const interval = (0,retry_settings/* pollInterval */.dq)(wait.intervalMs ?? 5_000, process.env);
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
        const final = await waitForOperation(poller, `endpoint ${endpointName}`, wait, async () => (await getEndpointResource(endpointName))?.properties.provisioningState);
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
            const final = await waitForOperation(poller, `deployment ${name}`, wait, async () => (await getDeploymentResource(endpoint, name).catch(() => undefined))?.properties
                .provisioningState);
            const after = final?.properties ? final : await getDeploymentResource(endpoint, name);
            if (!after)
                throw new azureml_errors/* AzureMLError */.Hv(`Deployment ${name} of endpoint ${endpoint} is gone after it was written.`);
            return toDeploymentInfo(after);
        }),
        deleteDeployment: (endpoint, name, wait) => call(`delete deployment ${name} of endpoint ${endpoint}`, async () => {
            const args = { endpointName: endpoint, deploymentName: name };
            const poller = arm.begin(arm_operations/* ops */.tD.OnlineDeployments_Delete, args, wait.intervalMs);
            await waitForOperation(poller, `deleting deployment ${name}`, wait);
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
var data_client = __webpack_require__(583);
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
var tag_filter = __webpack_require__(1006);
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


/***/ })

};
