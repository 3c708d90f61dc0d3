export const id = 319;
export const ids = [319];
export const modules = {

/***/ 98319:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/azureml/operation-wait.ts
var operation_wait = __webpack_require__(68529);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
// EXTERNAL MODULE: ./src/deploy/code-asset.ts
var code_asset = __webpack_require__(9923);
// EXTERNAL MODULE: ./src/deploy/environment-asset.ts
var environment_asset = __webpack_require__(61075);
;// CONCATENATED MODULE: ./src/deploy/failure-hints.ts
/**
 * What to do about a failed deployment, by the service's error code (Azure ML's "Troubleshooting online endpoint
 * deployment and scoring" lists these codes).
 */
const HINTS = [
    [
        /^(OutOfQuota|QuotaExceeded)$/i,
        'The subscription has no vCPU quota left for this instance type in the region: request more quota, pick another instance-type, or lower instance-count.',
    ],
    [
        /^OutOfCapacity$/i,
        'Azure has no capacity for this instance type in the region right now: try another instance-type or retry later.',
    ],
    [
        /^ImageBuildFailure$/i,
        'The environment image did not build: read the build log linked in the message; most often a conda/pip package cannot be resolved in conda_file.',
    ],
    [
        /^(ResourceNotReady|UserContainerCrashed|LivenessProbeFailed|ReadinessProbeFailed)$/i,
        'The inference server did not become ready: init() in the scoring script raised, or the server did not answer GET / in time. Read the InferenceServer log below; run score.py locally (init(), then run()) to reproduce.',
    ],
    [
        /^(StorageInitializerFailed|ModelNotFound|ResourceNotFound)$/i,
        "The model or code could not be downloaded: check that the model version exists in this workspace and that the endpoint's identity can read the workspace's storage (Storage Blob Data Reader).",
    ],
    [
        /^(BadArgument|UserError|InvalidRequest)$/i,
        'The deployment was refused as written: the message names the field; check the deployment file and the inputs.',
    ],
    [
        /^(Conflict|DeploymentUpdating|OperationInProgress)$/i,
        'Another operation is running on this deployment or endpoint (stuck in Updating?): wait for it to finish, or delete the deployment and deploy again.',
    ],
    [
        /^OperationTimeout$/i,
        'The deployment took longer than timeout-minutes: raise it for large models or images, or look at the logs below for a server that never answers.',
    ],
    [
        /^OperationCanceled$/i,
        'The operation was canceled, usually by a newer update of the same deployment or endpoint: make sure two pipelines do not deploy to one endpoint at once.',
    ],
];
/** A hint for a known error code, or undefined. */
function failureHint(code) {
    if (!code)
        return undefined;
    return HINTS.find(([pattern]) => pattern.test(code))?.[1];
}

// EXTERNAL MODULE: ./src/azureml/model-blobs.ts
var model_blobs = __webpack_require__(85374);
// EXTERNAL MODULE: ./src/azureml/model-registration.ts
var model_registration = __webpack_require__(60445);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/model/digest-check.ts
var digest_check = __webpack_require__(99688);
// EXTERNAL MODULE: ./src/deploy/references.ts
var references = __webpack_require__(36981);
;// CONCATENATED MODULE: ./src/deploy/model-asset.ts







/**
 * The name of an inline model without one. `az ml` gives such a model a random name (azure-ai-ml Asset: a uuid4,
 * version 1, is_anonymous), reusing the one already registered for the same upload hash. Ours is derived from the
 * files' digest instead, so the same files are registered once and the name says where it came from.
 */
function inlineModelName(digest) {
    return `model-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}
/** The newest integer version of a model, or undefined (the CLI's `@latest`: the highest version). */
async function latestVersion(client, name) {
    let best;
    for (const v of await client.listModelVersions(name)) {
        if (/^[0-9]+$/.test(v.version) && (best === undefined || BigInt(v.version) > best))
            best = BigInt(v.version);
    }
    return best?.toString();
}
/**
 * Checks the model without writing: a workspace model must be registered; a registry model goes to ARM unchanged
 * (the service resolves it, as for `az ml`); an inline model's files were read by the inputs and are registered by
 * ensureModel, after every check passed.
 */
async function checkModel(client, setting, input, where = `Input '${input}'`) {
    if (setting.kind === 'registry')
        return { kind: 'found', model: { id: setting.id, label: setting.id } };
    if (setting.kind === 'inline') {
        return { kind: 'inline', setting, name: setting.name ?? inlineModelName(setting.source.digest) };
    }
    const { name } = setting.ref;
    const version = setting.ref.version === 'latest' ? await latestVersion(client, name) : setting.ref.version;
    const model = version === undefined ? undefined : await client.getModelVersion(name, version);
    if (!model) {
        throw new errors/* ConfigurationError */.j(`${where}: model ${(0,references/* showReference */.nj)(setting.ref)} is not registered in workspace '${client.address.workspace}'. ` +
            `Register it with register-model first (its model-uri output is what this input takes), or give the model's folder inline in the deployment file.`, input);
    }
    await verifyModelFiles(client, model, input, where);
    return {
        kind: 'found',
        model: {
            id: model.id,
            label: `azureml:${model.name}:${model.version}`,
            ...(model.modelType ? { modelType: model.modelType } : {}),
        },
    };
}
/**
 * A version registered with a digest (mlops.digest) is deployed only while its files still make up that digest:
 * its blobs are listed (paths, sizes, sha256 metadata; no download) and the digest recomputed, so a file deleted,
 * added or overwritten after registration fails here, naming the version and what differs, before any endpoint
 * write. A version without the tag (registered by other tools) is deployed as is.
 */
async function verifyModelFiles(client, model, input, where) {
    const digest = model.tags[model_digest/* DIGEST_TAG */.K1];
    if (!digest || !model.modelUri)
        return;
    const stored = await (0,model_blobs/* listStoredBlobs */.o)(client, model.modelUri);
    const check = (0,digest_check/* checkDigest */.H2)(stored.files, digest);
    if (!check.ok) {
        throw new errors/* ConfigurationError */.j(`${where}: ${(0,digest_check/* describeMismatch */._e)(`model ${model.name}:${model.version} (${model.modelUri})`, digest, check)}. ` +
            `Nothing was deployed. Run register-model on the model's files again (it uploads missing files again), ` +
            `or deploy another version.`, input);
    }
    core/* info */.pq(`The ${check.files} files of ${model.name}:${model.version} match its digest ${digest}.`);
}
/** The model to deploy: found, or an inline model registered now (helper A's registerModel: upload, then PUT). */
async function ensureModel(client, checked) {
    if (checked.kind === 'found')
        return checked.model;
    const { setting, name } = checked;
    const result = await (0,model_registration/* registerModel */.$R)(client, {
        name,
        ...(setting.version ? { version: setting.version } : {}),
        userTags: setting.tags,
        ...(setting.description !== undefined ? { description: setting.description } : {}),
        source: setting.source,
    });
    return {
        id: result.id,
        label: result.uri,
        modelType: setting.source.modelType,
        registered: true,
        reused: result.reused,
    };
}

;// CONCATENATED MODULE: ./src/deploy/deploy.ts









/** A deployment that did not end Succeeded, with what the user needs to fix it. */
class DeploymentFailedError extends Error {
    code;
    logs;
    constructor(message, code, logs) {
        super(message);
        this.code = code;
        this.logs = logs;
        this.name = 'DeploymentFailedError';
    }
}
const BUSY = new Set(['Creating', 'Updating', 'Deleting', 'Scaling']);
const LOG_TAIL = 40;
/**
 * Deploys a model to an online endpoint, safe by default:
 * - every check that can fail before a change runs first (model, code and environment references, names, a
 *   traffic plan that works); only then are an inline model, the code and an inline environment registered;
 * - the endpoint is created when missing (with the endpoint file's settings); an existing endpoint gets the file's
 *   settings merged in only after the new deployment Succeeded (see docs/cli-yaml.md), and its traffic and mirror
 *   traffic stay as they are until then, and then change only as the `traffic`/`mirror` inputs say;
 * - a failed deployment is reported with its error code, a hint and both containers' last log lines, and a new
 *   one is deleted (unless keep-failed), leaving the endpoint as it was.
 */
async function deployToEndpoint(client, inputs) {
    const started = Date.now();
    const deadline = started + inputs.timeoutMs;
    const waitFor = (what) => {
        const left = deadline - Date.now();
        if (left <= 0)
            throw new operation_wait/* OperationTimeout */.Lf(what, inputs.timeoutMs, undefined);
        return { timeoutMs: left, intervalMs: 2_000, progressEveryMs: 10_000, log: (l) => core/* info */.pq(l) };
    };
    const { endpoint: endpointName, deployment: name } = inputs;
    // 1. Read and check everything before changing anything.
    const checked = await core/* group */.Os('Check the model, the endpoint and the traffic plan', async () => {
        const model = await checkModel(client, inputs.model, inputs.modelSource, inputs.where.model);
        core/* info */.pq(model.kind === 'found'
            ? `Model ${model.model.label} (${model.model.id})`
            : `Model: ${model.setting.source.path} (${model.setting.source.modelType}, ${model.setting.source.files.length} files), to register as ${model.name}.`);
        let codeId;
        if (inputs.code?.kind === 'registered') {
            const { name: codeName, version } = inputs.code.ref;
            const found = await client.getCodeVersion(codeName, version);
            if (!found) {
                throw new errors/* ConfigurationError */.j(`${inputs.where.code}: code ${(0,references/* showReference */.nj)(inputs.code.ref)} is not registered in workspace '${client.address.workspace}'. Give a local folder, or register the code first.`, 'deployment-file');
            }
            codeId = found.id;
        }
        const environment = inputs.environment
            ? await (0,environment_asset/* checkEnvironment */.Qz)(client, inputs.environment, inputs.where.environment.startsWith("Input 'environment'") ? 'environment' : 'deployment-file', inputs.where.environment)
            : undefined;
        const endpoint = await client.getEndpoint(endpointName);
        if (endpoint && BUSY.has(endpoint.provisioningState ?? '')) {
            throw new errors/* ConfigurationError */.j(`Endpoint ${endpointName} is ${endpoint.provisioningState}: another operation is running on it. ${failureHint('OperationInProgress')}`, 'endpoint');
        }
        const existing = endpoint ? await client.getDeployment(endpointName, name) : undefined;
        if (existing && BUSY.has(existing.provisioningState ?? '')) {
            throw new errors/* ConfigurationError */.j(`Deployment ${name} of endpoint ${endpointName} is ${existing.provisioningState} and cannot be changed now. ${failureHint('DeploymentUpdating')}`, 'deployment');
        }
        const previousTraffic = { ...(endpoint?.traffic ?? {}) };
        const previousMirror = { ...(endpoint?.mirrorTraffic ?? {}) };
        // The plan is computed now so that an impossible one fails before the deployment exists.
        const traffic = (0,rollout_traffic/* planTraffic */.H6)(previousTraffic, name, inputs.traffic);
        const mirrorTraffic = (0,rollout_traffic/* planMirror */.NC)(previousMirror, traffic, name, inputs.mirror);
        if (endpoint) {
            core/* info */.pq(`Endpoint ${endpointName} exists: traffic ${(0,rollout_traffic/* describeTraffic */.hA)(previousTraffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(previousMirror)}.`);
        }
        else {
            core/* info */.pq(`Endpoint ${endpointName} does not exist yet: it will be created (auth ${inputs.endpointSettings.authMode ?? 'Key'}).`);
        }
        core/* info */.pq(existing
            ? `Deployment ${name} exists (${existing.provisioningState}): it will be updated.`
            : `Deployment ${name} is new.`);
        core/* info */.pq(`Traffic after the deployment: ${(0,rollout_traffic/* describeTraffic */.hA)(traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(mirrorTraffic)}.`);
        return {
            model,
            codeId,
            environment,
            endpoint,
            existing,
            previousTraffic,
            previousMirror,
            traffic,
            mirrorTraffic,
        };
    });
    // 2. Assets the deployment refers to: registered only now that every check passed. The small writes first (an
    // inline environment is one PUT the service validates), the model's upload last.
    const environment = checked.environment
        ? await core/* group */.Os('Resolve the environment', () => (0,environment_asset/* ensureEnvironment */.sL)(client, checked.environment, (l) => core/* info */.pq(l)))
        : undefined;
    const localCode = inputs.code?.kind === 'local' ? inputs.code.path : undefined;
    const code = localCode
        ? await core/* group */.Os(`Upload the scoring code (${localCode})`, () => (0,code_asset/* ensureCodeAsset */.g)(client, localCode, (l) => core/* info */.pq(l)))
        : undefined;
    const model = await ensureModel(client, checked.model);
    // 3. The endpoint, when missing (no traffic).
    let endpoint = checked.endpoint;
    const endpointCreated = !endpoint;
    if (!endpoint) {
        endpoint = await core/* group */.Os(`Create endpoint ${endpointName}`, () => client.createEndpoint(endpointName, inputs.endpointSettings, waitFor(`endpoint ${endpointName}`)));
    }
    // 4. The deployment.
    const deployment = await core/* group */.Os(`${checked.existing ? 'Update' : 'Create'} deployment ${name}`, async () => {
        core/* info */.pq(`Model ${model.label} on ${inputs.instanceCount} x ${inputs.instanceType}; waiting up to ${(0,operation_wait/* formatDuration */.a3)(deadline - Date.now())}.`);
        try {
            return await client.createOrUpdateDeployment(endpointName, name, {
                ...inputs.deploymentFile,
                model: model.id,
                codeId: code?.version.id ?? checked.codeId,
                scoringScript: inputs.code ? inputs.scoringScript : undefined,
                environmentId: environment?.id,
                instanceType: inputs.instanceType,
                instanceCount: inputs.instanceCount,
                tags: { ...inputs.deploymentFile.tags, 'mlops.model': model.label.replace(/^azureml:/, '') },
            }, waitFor(`deployment ${name}`));
        }
        catch (error) {
            if (error instanceof operation_wait/* OperationFailure */.Ce || error instanceof operation_wait/* OperationTimeout */.Lf) {
                throw await reportFailure(client, inputs, error, !checked.existing, checked.previousTraffic);
            }
            throw error;
        }
    });
    core/* info */.pq(`Deployment ${name}: ${deployment.provisioningState}.`);
    // 4b. An existing endpoint gets the endpoint file's settings now that the deployment Succeeded.
    let endpointChanges = [];
    if (!endpointCreated) {
        const updated = await client.updateEndpointSettings(endpointName, inputs.endpointSettings, waitFor(`endpoint ${endpointName}`));
        endpointChanges = updated.changed;
        if (endpointChanges.length > 0) {
            endpoint = updated.endpoint;
            core/* info */.pq(`Endpoint ${endpointName}: ${endpointChanges.join(', ')} updated from endpoint-file.`);
        }
    }
    // 5. Traffic, only when asked.
    const changed = !(0,rollout_traffic/* sameTraffic */.UN)(checked.traffic, endpoint.traffic) ||
        !(0,rollout_traffic/* sameTraffic */.UN)(checked.mirrorTraffic, endpoint.mirrorTraffic);
    if (changed) {
        endpoint = await core/* group */.Os(`Set the traffic of ${endpointName}`, () => client.setTraffic(endpointName, { traffic: checked.traffic, mirrorTraffic: checked.mirrorTraffic }, waitFor(`endpoint ${endpointName}`)));
        core/* info */.pq(`Traffic: ${(0,rollout_traffic/* describeTraffic */.hA)(endpoint.traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(endpoint.mirrorTraffic)}.`);
    }
    else {
        core/* info */.pq(`Traffic unchanged: ${(0,rollout_traffic/* describeTraffic */.hA)(endpoint.traffic)} (${name} takes no live traffic until promoted).`);
    }
    return {
        endpoint,
        deployment,
        endpointCreated,
        deploymentCreated: !checked.existing,
        previousTraffic: checked.previousTraffic,
        previousMirror: checked.previousMirror,
        code,
        ...(checked.codeId ? { codeId: checked.codeId } : {}),
        environmentId: environment?.id,
        model,
        endpointChanges,
        seconds: (Date.now() - started) / 1000,
    };
}
/**
 * Prints the error code, a hint and the last lines of both containers' logs; deletes a new failed deployment
 * unless keep-failed; checks the endpoint's traffic is what it was. Returns the error to throw.
 */
async function reportFailure(client, inputs, error, isNew, previousTraffic) {
    const { endpoint, deployment } = inputs;
    const code = error instanceof operation_wait/* OperationFailure */.Ce ? error.errorCode : 'OperationTimeout';
    const logs = { StorageInitializer: '', InferenceServer: '' };
    for (const container of ['StorageInitializer', 'InferenceServer']) {
        logs[container] = await client
            .getDeploymentLogs(endpoint, deployment, container, LOG_TAIL)
            .catch((e) => `(could not read the ${container} log: ${e.message})`);
        core/* startGroup */.Oh(`${container} log of ${deployment} (last ${LOG_TAIL} lines)`);
        core/* info */.pq(logs[container].trimEnd() || '(empty)');
        core/* endGroup */.N4();
    }
    let cleanup;
    if (isNew && !inputs.keepFailed) {
        try {
            await client.deleteDeployment(endpoint, deployment, {
                timeoutMs: 10 * 60_000,
                intervalMs: 2_000,
                log: (l) => core/* info */.pq(l),
            });
            cleanup = `The failed deployment ${deployment} was deleted (set keep-failed: true to keep it for debugging).`;
        }
        catch (e) {
            cleanup = `The failed deployment ${deployment} could not be deleted: ${e.message}`;
        }
    }
    else {
        cleanup = isNew
            ? `The failed deployment ${deployment} was kept (keep-failed).`
            : `Deployment ${deployment} existed before and was left in place.`;
    }
    const now = await client.getEndpoint(endpoint).catch(() => undefined);
    const traffic = now ? (0,rollout_traffic/* describeTraffic */.hA)(now.traffic) : 'unknown';
    const intact = now && (0,rollout_traffic/* sameTraffic */.UN)(now.traffic, previousTraffic);
    const hint = failureHint(code);
    const lastServerLine = logs.InferenceServer.trimEnd().split('\n').filter(Boolean).slice(-1)[0];
    const message = [
        `Deployment ${deployment} of endpoint ${endpoint} failed: ${code}: ${error instanceof operation_wait/* OperationFailure */.Ce ? error.detail : error.message}`,
        hint ? `Hint: ${hint}` : undefined,
        lastServerLine ? `Last InferenceServer log line: ${lastServerLine}` : undefined,
        cleanup,
        intact
            ? `The endpoint's traffic is as it was: ${traffic}.`
            : `The endpoint's traffic is now: ${traffic} (before: ${(0,rollout_traffic/* describeTraffic */.hA)(previousTraffic)}).`,
    ]
        .filter(Boolean)
        .join('\n');
    return new DeploymentFailedError(message, code, logs);
}

// EXTERNAL MODULE: ./src/actions/shared/rollout-notice.ts
var rollout_notice = __webpack_require__(75829);
// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/deploy/asset-yaml.ts
var asset_yaml = __webpack_require__(28203);
// EXTERNAL MODULE: ./src/deploy/deployment-yaml-parts.ts
var deployment_yaml_parts = __webpack_require__(53097);
// EXTERNAL MODULE: ./src/deploy/yaml-reader.ts
var yaml_reader = __webpack_require__(17998);
;// CONCATENATED MODULE: ./src/deploy/deployment-yaml.ts
// An Azure ML CLI v2 managed online deployment file, read as azure-ai-ml reads it (_schema/_deployment/deployment.py,
// _schema/_deployment/online/online_deployment.py: ManagedOnlineDeploymentSchema) and mapped as
// ManagedOnlineDeployment._to_rest_object maps it. docs/cli-yaml.md lists every key.




const KEYS = [
    '$schema',
    'name',
    'endpoint_name',
    'type',
    'description',
    'tags',
    'properties',
    'model',
    'model_mount_path',
    'code_configuration',
    'environment',
    'environment_variables',
    'instance_type',
    'instance_count',
    'app_insights_enabled',
    'scale_settings',
    'request_settings',
    'liveness_probe',
    'readiness_probe',
    'data_collector',
    'egress_public_network_access',
];
/** Keys the CLI knows that deploy-endpoint refuses, with the reason (never dropped silently). */
const REFUSED = {
    resources: 'resources (CPU/memory requests) belong to Kubernetes online deployments; a managed deployment takes its size from instance_type. Remove it.',
    private_network_connection: 'private_network_connection is an experimental CLI key with no property in the Azure ML API deploy-endpoint speaks. Use egress_public_network_access, or a workspace managed network.',
    provisioning_state: 'provisioning_state is read-only, set by Azure. Remove it.',
    creation_context: 'creation_context is read-only, set by Azure. Remove it.',
    id: 'id is read-only, set by Azure. Remove it.',
};
const NETWORK = { enabled: 'Enabled', disabled: 'Disabled' };
/** Reads a deployment YAML of the Azure ML CLI v2; paths in it are resolved against its folder. */
async function readDeploymentFile(path, input = 'deployment-file') {
    const { root, reader } = await (0,yaml_reader/* loadYaml */.yv)(path, input);
    return deploymentFromYaml(root, reader, (0,external_node_path_.dirname)(path));
}
/** The deployment settings of a parsed file (exported for unit tests of one key at a time). */
function deploymentFromYaml(root, reader, here) {
    // type first: a Kubernetes file's other keys (resources, ...) follow from it, and the reason is the type.
    const type = reader.choice(root, [], 'type', { managed: 'managed', kubernetes: 'kubernetes' });
    if (type === 'kubernetes') {
        reader.fail(['type'], 'Kubernetes online deployments run on an attached Kubernetes compute that deploy-endpoint does not manage. Deploy them with az ml, or use type: managed.');
    }
    reader.keys(root, [], KEYS, REFUSED);
    const out = {
        name: reader.string(root, [], 'name'),
        endpointName: reader.string(root, [], 'endpoint_name'),
        modelMountPath: reader.string(root, [], 'model_mount_path'),
        instanceType: reader.string(root, [], 'instance_type'),
        instanceCount: reader.integer(root, [], 'instance_count', 1, 100),
        environmentVariables: reader.stringMap(root, [], 'environment_variables'),
        appInsightsEnabled: reader.boolean(root, [], 'app_insights_enabled'),
        egressPublicNetworkAccess: reader.choice(root, [], 'egress_public_network_access', NETWORK),
        description: reader.string(root, [], 'description'),
        tags: reader.stringMap(root, [], 'tags'),
        properties: reader.stringMap(root, [], 'properties'),
        where: { file: reader.file, lines: {} },
    };
    const has = (key) => root[key] !== undefined && root[key] !== null;
    if (has('model'))
        out.model = (0,asset_yaml/* readModel */.k)(reader, root.model, here);
    if (has('environment'))
        out.environment = (0,asset_yaml/* readEnvironment */.Q)(reader, root.environment, here);
    if (has('code_configuration'))
        readCode(reader, root.code_configuration, here, out);
    if (has('request_settings'))
        out.requestSettings = (0,deployment_yaml_parts/* readRequestSettings */.zY)(reader, root.request_settings, ['request_settings']);
    if (has('readiness_probe'))
        out.readinessProbe = (0,deployment_yaml_parts/* readProbe */.f1)(reader, root.readiness_probe, ['readiness_probe']);
    if (has('liveness_probe'))
        out.livenessProbe = (0,deployment_yaml_parts/* readProbe */.f1)(reader, root.liveness_probe, ['liveness_probe']);
    if (has('scale_settings'))
        out.scaleSettings = (0,deployment_yaml_parts/* readScaleSettings */.Ez)(reader, root.scale_settings, ['scale_settings']);
    if (has('data_collector'))
        out.dataCollector = (0,deployment_yaml_parts/* readDataCollector */.cr)(reader, root.data_collector, ['data_collector']);
    for (const key of [
        ['name'],
        ['endpoint_name'],
        ['instance_type'],
        ['model'],
        ['environment'],
        ['model', 'path'],
        ['model', 'type'],
        ['code_configuration', 'code'],
        ['code_configuration', 'scoring_script'],
        ['environment', 'conda_file'],
        ['environment', 'build', 'path'],
    ]) {
        const line = reader.lineOf(key, true);
        if (line !== undefined)
            out.where.lines[key.join('.')] = line;
    }
    if (out.modelMountPath !== undefined && !out.modelMountPath.startsWith('/'))
        reader.fail(['model_mount_path'], 'expected an absolute path in the container, e.g. /var/azureml-app/model.');
    return out;
}
/** code_configuration: code (a local folder, or a registered code asset azureml:<name>:<version>) and scoring_script. */
function readCode(reader, value, here, out) {
    const path = ['code_configuration'];
    const code = reader.object(value, path);
    reader.keys(code, path, ['code', 'scoring_script']);
    const local = reader.string(code, path, 'code');
    if (local === undefined)
        reader.fail([...path, 'code'], 'required: the folder of the scoring code, relative to this file.');
    if (local.startsWith('azureml:'))
        out.code = { kind: 'reference', value: local };
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(local))
        reader.fail([...path, 'code'], 'give a local folder or a registered code asset (azureml:<name>:<version>).');
    else
        out.code = { kind: 'local', path: (0,external_node_path_.resolve)(here, local) };
    const script = reader.string(code, path, 'scoring_script');
    if (script === undefined)
        reader.fail([...path, 'scoring_script'], "required: the scoring script's path inside code, e.g. score.py.");
    out.scoringScript = script;
}

;// CONCATENATED MODULE: ./src/deploy/endpoint-yaml.ts

const endpoint_yaml_KEYS = [
    '$schema',
    'name',
    'description',
    'tags',
    'properties',
    'auth_mode',
    'identity',
    'public_network_access',
];
/** Keys the CLI knows that deploy-endpoint refuses, with the reason (never dropped silently). */
const endpoint_yaml_REFUSED = {
    traffic: 'deploy-endpoint never moves traffic from a file: set the traffic input (or mirror) of this action, or move it with the promote action. Remove traffic from the file.',
    mirror_traffic: 'deploy-endpoint never moves traffic from a file: set the mirror input of this action, or use the promote action. Remove mirror_traffic from the file.',
    compute: 'compute names the Azure Arc-enabled Kubernetes compute of a Kubernetes online endpoint; deploy-endpoint deploys managed online endpoints only. Remove it.',
    kind: 'kind is set by Azure (the CLI refuses it on load too). Remove it.',
    location: "the endpoint is created in the workspace's region (as az ml does). Remove location.",
    id: 'id is read-only, set by Azure. Remove it.',
    provisioning_state: 'provisioning_state is read-only, set by Azure. Remove it.',
    scoring_uri: 'scoring_uri is read-only, set by Azure. Remove it.',
    openapi_uri: 'openapi_uri is read-only, set by Azure. Remove it.',
};
const AUTH_MODES = { key: 'Key', aml_token: 'AMLToken', aad_token: 'AADToken' };
const endpoint_yaml_NETWORK = { enabled: 'Enabled', disabled: 'Disabled' };
/** identity.type as IdentitySchema takes it (snake case) -> ManagedServiceIdentityType. */
const IDENTITY_TYPES = {
    system_assigned: 'SystemAssigned',
    user_assigned: 'UserAssigned',
    'system_assigned,user_assigned': 'SystemAssigned,UserAssigned',
    none: 'None',
};
const USER_IDENTITY_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ManagedIdentity\/userAssignedIdentities\/[^/]+$/i;
/**
 * `identity:` -> ManagedServiceIdentity. user_assigned_identities is a list of `{resource_id: <ARM id>}` (the
 * examples' shape, managed-identities/1-uai-create-endpoint.yml) or of ARM ids (the reference table's wording);
 * each id maps to `{}` in the request, as the CLI's _to_online_endpoint_rest_object sends it.
 */
function readIdentity(reader, value, path) {
    const obj = reader.object(value, path);
    reader.keys(obj, path, ['type', 'user_assigned_identities']);
    const raw = reader.string(obj, path, 'type');
    if (raw === undefined)
        reader.fail([...path, 'type'], 'required: system_assigned or user_assigned.');
    const type = IDENTITY_TYPES[raw.toLowerCase().replace(/\s+/g, '')];
    if (!type)
        reader.fail([...path, 'type'], `expected one of ${Object.keys(IDENTITY_TYPES).join(', ')}.`);
    const ids = [];
    const list = obj.user_assigned_identities;
    if (list !== undefined && list !== null) {
        if (!Array.isArray(list))
            reader.fail([...path, 'user_assigned_identities'], 'expected a list.');
        list.forEach((item, i) => {
            const at = [...path, 'user_assigned_identities', i];
            let id;
            let key = at;
            if (typeof item === 'string')
                id = item.trim();
            else {
                const entry = reader.object(item, at);
                reader.keys(entry, at, ['resource_id']);
                key = [...at, 'resource_id'];
                id = reader.string(entry, at, 'resource_id');
            }
            if (!id || !USER_IDENTITY_ID.test(id)) {
                reader.fail(key, 'expected the ARM id of a user-assigned identity: /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.ManagedIdentity/userAssignedIdentities/<name>.');
            }
            ids.push(id);
        });
    }
    const wantsUser = type.includes('UserAssigned');
    if (wantsUser && ids.length === 0)
        reader.fail([...path, 'type'], `${raw} needs user_assigned_identities: list the identities' ARM ids.`);
    if (!wantsUser && ids.length > 0)
        reader.fail([...path, 'user_assigned_identities'], `only allowed with type user_assigned (type is ${raw}).`);
    return {
        type,
        ...(ids.length > 0 ? { userAssignedIdentities: Object.fromEntries(ids.map((id) => [id, {}])) } : {}),
    };
}
/** Reads an endpoint YAML of the Azure ML CLI v2. */
async function readEndpointFile(path, input = 'endpoint-file') {
    const { root, reader } = await (0,yaml_reader/* loadYaml */.yv)(path, input);
    return endpointFromYaml(root, reader);
}
/** The endpoint settings of a parsed file (exported for unit tests of one key at a time). */
function endpointFromYaml(root, reader) {
    reader.keys(root, [], endpoint_yaml_KEYS, endpoint_yaml_REFUSED);
    const identity = root.identity === undefined || root.identity === null
        ? undefined
        : readIdentity(reader, root.identity, ['identity']);
    return {
        name: reader.string(root, [], 'name'),
        authMode: reader.choice(root, [], 'auth_mode', AUTH_MODES),
        description: reader.string(root, [], 'description'),
        tags: reader.stringMap(root, [], 'tags'),
        properties: reader.stringMap(root, [], 'properties'),
        ...(identity ? { identity } : {}),
        publicNetworkAccess: reader.choice(root, [], 'public_network_access', endpoint_yaml_NETWORK),
        where: {
            file: reader.file,
            lines: { ...(reader.lineOf(['name'], true) ? { name: reader.lineOf(['name']) } : {}) },
        },
    };
}

// EXTERNAL MODULE: ./src/actions/shared/scalar-inputs.ts
var scalar_inputs = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/model/model-source.ts
var model_source = __webpack_require__(54892);
// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
;// CONCATENATED MODULE: ./src/actions/deploy-endpoint/file-inputs.ts
// The deployment file's model, environment and code, with the inputs that override them (like `az ml --set`):
// references parsed, paths checked (existing, inside the workspace), an inline model's files read. Errors about a
// value from the file name the file, the key and its line.






const optional = (name) => {
    const v = core/* getInput */.V4(name);
    return v === '' ? undefined : v;
};
const ROOTS = () => (0,path_inputs/* inputRoots */.Il)();
async function pathInside(input, value, kind) {
    const path = kind === 'dir' ? await (0,path_inputs/* existingDir */.Tc)(input, value) : await (0,path_inputs/* existingFile */._h)(input, value);
    await (0,path_inputs/* requireInsideRoots */.n5)(input, path, ROOTS(), 'Keep deployment files in the repository.');
    return path;
}
/** `Input 'deployment-file' (<file>): line N, <key>`: how messages name a key of a file. */
function fileKey(input, where, key) {
    const line = where.lines[key];
    return `Input '${input}' (${where.file}): ${line ? `line ${line}, ` : ''}${key}`;
}
/** Rethrows a ConfigurationError about a value from the deployment file as one naming the file, the key and its line. */
function fromFile(file, key, error, input = 'deployment-file') {
    if (!(error instanceof errors/* ConfigurationError */.j))
        throw error;
    const detail = error.message.replace(/^Input '[^']*'(, [^:]*)?: /, '');
    throw new errors/* ConfigurationError */.j(`${fileKey(input, file.where, key)}: ${detail}`, input);
}
/** fn's value; its ConfigurationError rethrown naming the file's key (see fromFile). */
function inFile(file, key, fn, input = 'deployment-file') {
    try {
        return fn();
    }
    catch (error) {
        fromFile(file, key, error, input);
    }
}
/** Checks a path taken from the deployment file: it must exist and stay inside the workspace. */
async function filePath(file, key, path, kind) {
    try {
        if (kind !== 'any')
            return await pathInside('deployment-file', path, kind);
        await (0,promises_.stat)(path).catch(() => {
            throw new errors/* ConfigurationError */.j(`Input 'deployment-file': ${path} does not exist. Check the path (relative to the deployment file).`);
        });
        await (0,path_inputs/* requireInsideRoots */.n5)('deployment-file', path, ROOTS(), 'Keep the model inside the repository.');
        return path;
    }
    catch (error) {
        fromFile(file, key, error);
    }
}
/** The model: the `model` input (like the CLI's `--set model=...`) over the file's reference or inline model. */
async function modelSetting(file) {
    const input = optional('model');
    if (input !== undefined)
        return { model: (0,references/* parseModelReference */.qZ)(input, 'model'), source: 'model' };
    const m = file?.model;
    if (!m) {
        throw new errors/* ConfigurationError */.j(`Input 'model' is required: azureml:<name>:<version> (register-model's model-uri output), or a model in deployment-file (a reference, or an inline path and type).`, 'model');
    }
    if (m.kind === 'reference')
        return { model: inFile(file, 'model', () => (0,references/* parseModelReference */.qZ)(m.value)), source: 'deployment-file' };
    let source;
    try {
        await filePath(file, 'model.path', m.path, 'any');
        source = await (0,model_source/* readModelSource */.v)(m.path, {
            inputName: 'model.path',
            ...(m.type ? { modelType: m.type } : {}),
            typeInputName: 'model.type',
        });
    }
    catch (error) {
        fromFile(file, error instanceof errors/* ConfigurationError */.j && /model\.type/.test(error.message) ? 'model.type' : 'model.path', error);
    }
    for (const warning of source.warnings)
        core/* warning */.$e(`deployment-file, model.path: ${warning}`);
    return {
        model: {
            kind: 'inline',
            source,
            ...(m.name ? { name: m.name } : {}),
            ...(m.version ? { version: m.version } : {}),
            ...(m.description !== undefined ? { description: m.description } : {}),
            tags: m.tags,
        },
        source: 'deployment-file',
    };
}
/** The environment: the `environment` input over the file's reference or inline environment. */
async function environmentSetting(file) {
    const input = optional('environment');
    if (input !== undefined)
        return (0,references/* parseEnvironmentReference */.ut)(input, 'environment');
    const e = file?.environment;
    if (!e)
        return undefined;
    if (e.kind === 'reference')
        return inFile(file, 'environment', () => (0,references/* parseEnvironmentReference */.ut)(e.value));
    const spec = { ...e.spec };
    if (spec.condaFile)
        spec.condaFile = await filePath(file, 'environment.conda_file', spec.condaFile, 'file');
    if (spec.build)
        spec.build = {
            ...spec.build,
            path: await filePath(file, 'environment.build.path', spec.build.path, 'dir'),
        };
    return { kind: 'inline', spec };
}
/** The scoring code: the `code-path` input over the file's code_configuration.code. */
async function codeSetting(file) {
    const input = optional('code-path');
    if (input !== undefined)
        return { kind: 'local', path: await pathInside('code-path', input, 'dir') };
    const c = file?.code;
    if (!c)
        return undefined;
    if (c.kind === 'reference')
        return {
            kind: 'registered',
            ref: inFile(file, 'code_configuration.code', () => (0,references/* parseCodeReference */.MA)(c.value, 'deployment-file')),
        };
    return { kind: 'local', path: await filePath(file, 'code_configuration.code', c.path, 'dir') };
}

;// CONCATENATED MODULE: ./src/actions/deploy-endpoint/inputs.ts









/** Parses and validates every input (and the YAML files) before any call to Azure. */
async function getInputs() {
    const endpointFileValue = optional('endpoint-file');
    const deploymentFileValue = optional('deployment-file');
    const endpointFile = endpointFileValue
        ? await readEndpointFile(await pathInside('endpoint-file', endpointFileValue, 'file'))
        : undefined;
    const deploymentFile = deploymentFileValue
        ? await readDeploymentFile(await pathInside('deployment-file', deploymentFileValue, 'file'))
        : undefined;
    const pick = (input, fromFile, fileInput) => {
        const v = optional(input);
        return v !== undefined ? { value: v, source: input } : { value: fromFile, source: fileInput };
    };
    const endpointIn = pick('endpoint', endpointFile?.name ?? deploymentFile?.endpointName, endpointFile?.name ? 'endpoint-file' : 'deployment-file');
    if (!endpointIn.value) {
        throw new errors/* ConfigurationError */.j(`Input 'endpoint' is required: name the online endpoint (or give endpoint-file with a name).`, 'endpoint');
    }
    const endpointValue = endpointIn.value;
    const endpoint = endpointIn.source === 'endpoint'
        ? (0,references/* validateOnlineName */.HE)(endpointValue, 'endpoint', 'endpoint')
        : endpointFile?.name
            ? inFile(endpointFile, 'name', () => (0,references/* validateOnlineName */.HE)(endpointValue, 'endpoint-file', 'endpoint'), 'endpoint-file')
            : inFile(deploymentFile, 'endpoint_name', () => (0,references/* validateOnlineName */.HE)(endpointValue, 'deployment-file', 'endpoint'));
    if (deploymentFile?.endpointName &&
        deploymentFile.endpointName !== endpoint &&
        endpointIn.source !== 'endpoint') {
        throw new errors/* ConfigurationError */.j(`${fileKey('deployment-file', deploymentFile.where, 'endpoint_name')}: '${deploymentFile.endpointName}' but the endpoint is '${endpoint}' (${endpointIn.source}). Make them agree, or set the endpoint input.`, 'deployment-file');
    }
    const deploymentIn = pick('deployment', deploymentFile?.name, 'deployment-file');
    if (!deploymentIn.value) {
        throw new errors/* ConfigurationError */.j(`Input 'deployment' is required: name the deployment, e.g. green (or give deployment-file with a name).`, 'deployment');
    }
    const deploymentValue = deploymentIn.value;
    const deployment = deploymentIn.source === 'deployment'
        ? (0,references/* validateOnlineName */.HE)(deploymentValue, 'deployment', 'deployment')
        : inFile(deploymentFile, 'name', () => (0,references/* validateOnlineName */.HE)(deploymentValue, 'deployment-file', 'deployment'));
    const { model, source: modelSource } = await modelSetting(deploymentFile);
    const code = await codeSetting(deploymentFile);
    const scoringInput = optional('scoring-script');
    const scoringScript = scoringInput ?? deploymentFile?.scoringScript ?? 'score.py';
    if (/(^|[\\/])\.\.([\\/]|$)/.test(scoringScript) || scoringScript.startsWith('/')) {
        const why = `'${scoringScript}' must be a path inside the code folder.`;
        if (scoringInput || !deploymentFile)
            throw new errors/* ConfigurationError */.j(`Input 'scoring-script': ${why}`, 'scoring-script');
        throw new errors/* ConfigurationError */.j(`${fileKey('deployment-file', deploymentFile.where, 'code_configuration.scoring_script')}: ${why}`, 'deployment-file');
    }
    if (code?.kind === 'local') {
        const script = `${code.path}/${scoringScript}`;
        if (scoringInput || optional('code-path') || !deploymentFile)
            await pathInside(scoringInput ? 'scoring-script' : 'code-path', script, 'file');
        else
            await filePath(deploymentFile, 'code_configuration.scoring_script', script, 'file');
    }
    const environment = await environmentSetting(deploymentFile);
    if (code && !environment) {
        throw new errors/* ConfigurationError */.j(`Input 'environment' is required with scoring code: give azureml:<name>:<version> (or @latest), a registry environment ` +
            `(azureml://registries/azureml/environments/<name>/labels/latest), or an inline environment (image, conda_file) in deployment-file.`, 'environment');
    }
    const instanceType = optional('instance-type') ?? deploymentFile?.instanceType ?? 'Standard_DS3_v2';
    if (!/^[A-Za-z][A-Za-z0-9_]{1,63}$/.test(instanceType)) {
        const why = `'${instanceType}' is not a VM size such as Standard_DS3_v2.`;
        if (optional('instance-type') || !deploymentFile)
            throw new errors/* ConfigurationError */.j(`Input 'instance-type': ${why}`, 'instance-type');
        throw new errors/* ConfigurationError */.j(`${fileKey('deployment-file', deploymentFile.where, 'instance_type')}: ${why}`, 'deployment-file');
    }
    const instanceCount = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('instance-count'), 'instance-count', 1, 100, deploymentFile?.instanceCount ?? 1);
    const traffic = (0,rollout_traffic/* parseTrafficShare */.MB)(core/* getInput */.V4('traffic'), 'traffic');
    const mirror = (0,rollout_traffic/* parseMirrorShare */._v)(core/* getInput */.V4('mirror'), 'mirror');
    if (traffic > 0 && mirror !== undefined) {
        throw new errors/* ConfigurationError */.j(`Input 'mirror': a deployment takes either live traffic (traffic: ${traffic}) or mirrored traffic, not both. Use traffic: 0 with mirror.`, 'mirror');
    }
    const timeoutMinutes = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('timeout-minutes'), 'timeout-minutes', 1, 360, 30);
    const keepFailed = (0,scalar_inputs/* parseBooleanInput */.S8)(core/* getInput */.V4('keep-failed'), 'keep-failed', false);
    const workspace = (0,workspace_inputs/* getWorkspaceInputs */.tS)();
    const d = deploymentFile;
    return {
        endpoint,
        deployment,
        model,
        modelSource,
        where: {
            model: modelSource === 'model' || !deploymentFile
                ? "Input 'model'"
                : fileKey('deployment-file', deploymentFile.where, 'model'),
            environment: optional('environment') !== undefined || !deploymentFile
                ? "Input 'environment'"
                : fileKey('deployment-file', deploymentFile.where, 'environment'),
            code: optional('code-path') !== undefined || !deploymentFile
                ? "Input 'code-path'"
                : fileKey('deployment-file', deploymentFile.where, 'code_configuration.code'),
        },
        ...(code ? { code } : {}),
        scoringScript,
        ...(environment ? { environment } : {}),
        instanceType,
        instanceCount,
        deploymentFile: {
            environmentVariables: d?.environmentVariables ?? {},
            requestSettings: d?.requestSettings,
            readinessProbe: d?.readinessProbe,
            livenessProbe: d?.livenessProbe,
            scaleSettings: d?.scaleSettings,
            dataCollector: d?.dataCollector,
            appInsightsEnabled: d?.appInsightsEnabled,
            egressPublicNetworkAccess: d?.egressPublicNetworkAccess,
            modelMountPath: d?.modelMountPath,
            description: d?.description,
            tags: d?.tags ?? {},
            properties: d?.properties ?? {},
        },
        endpointSettings: {
            ...(endpointFile?.authMode ? { authMode: endpointFile.authMode } : {}),
            ...(endpointFile?.description !== undefined ? { description: endpointFile.description } : {}),
            tags: endpointFile?.tags ?? {},
            properties: endpointFile?.properties ?? {},
            ...(endpointFile?.identity ? { identity: endpointFile.identity } : {}),
            ...(endpointFile?.publicNetworkAccess ? { publicNetworkAccess: endpointFile.publicNetworkAccess } : {}),
        },
        traffic,
        mirror,
        timeoutMs: timeoutMinutes * 60_000,
        keepFailed,
        workspace,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/deploy-endpoint/summary.ts


const code = (text) => `<code>${(0,html/* escapeHtml */.Z)(text)}</code>`;
/** The job summary of a deployment that Succeeded. */
function renderSummary(result, inputs) {
    const { endpoint, deployment } = result;
    const rows = [
        [
            'Endpoint',
            `${(0,html/* escapeHtml */.Z)(endpoint.name)} (${result.endpointCreated ? 'created' : 'existing'}, auth ${(0,html/* escapeHtml */.Z)(endpoint.authMode)})`,
        ],
        [
            'Deployment',
            `${(0,html/* escapeHtml */.Z)(deployment.name)} (${result.deploymentCreated ? 'new' : 'updated'}, ${(0,html/* escapeHtml */.Z)(deployment.provisioningState ?? '')})`,
        ],
        [
            'Model',
            `${code(result.model.label)}${result.model.registered ? (result.model.reused ? ' (inline, already registered)' : ' (inline, registered now)') : ''}`,
        ],
        [
            'Code',
            result.code
                ? `${code(`${result.code.version.name}:1`)} (${result.code.files} files${result.code.upload ? ', uploaded' : ', reused'})`
                : result.codeId
                    ? code(result.codeId.split('/codes/')[1]?.replace('/versions/', ':') ?? result.codeId)
                    : 'none',
        ],
        [
            'Environment',
            result.environmentId
                ? code(result.environmentId.split('/environments/')[1]?.replace('/versions/', ':') ??
                    result.environmentId)
                : 'none',
        ],
        [
            'Compute',
            `${deployment.instanceCount ?? inputs.instanceCount} x ${(0,html/* escapeHtml */.Z)(deployment.instanceType ?? inputs.instanceType)}`,
        ],
        ...(result.endpointChanges.length > 0
            ? [
                [
                    'Endpoint settings',
                    `updated from endpoint-file: ${(0,html/* escapeHtml */.Z)(result.endpointChanges.join(', '))}`,
                ],
            ]
            : []),
        ['Traffic before', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(result.previousTraffic))],
        ['Traffic now', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(endpoint.traffic))],
        ['Mirror now', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(endpoint.mirrorTraffic))],
        ['Scoring URI', endpoint.scoringUri ? code(endpoint.scoringUri) : ''],
        ['Took', `${result.seconds.toFixed(1)} s`],
    ];
    return `## Deployed ${(0,html/* escapeHtml */.Z)(deployment.name)} to ${(0,html/* escapeHtml */.Z)(endpoint.name)}\n\n${(0,html/* htmlTable */.I)(undefined, rows)}\n`;
}
/** The job summary of a failed deployment: the error, the hint, the logs' last lines. */
function renderFailureSummary(error, inputs) {
    let md = `## Deployment ${(0,html/* escapeHtml */.Z)(inputs.deployment)} to ${(0,html/* escapeHtml */.Z)(inputs.endpoint)} failed (${(0,html/* escapeHtml */.Z)(error.code)})\n\n`;
    md += `<pre>${(0,html/* escapeHtml */.Z)(error.message)}</pre>\n\n`;
    for (const [container, text] of Object.entries(error.logs)) {
        md += `<details><summary>${container} log (last lines)</summary>\n\n<pre>${(0,html/* escapeHtml */.Z)(text.trimEnd() || '(empty)')}</pre>\n</details>\n\n`;
    }
    return md;
}

;// CONCATENATED MODULE: ./src/actions/deploy-endpoint/main.ts






/** deploy-endpoint: deploys a model (registered, in a registry, or inline in a CLI v2 deployment file) to an online endpoint without moving live traffic unless told to. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', getInputs);
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    await (0,rollout_notice/* warnIfMidRollout */.p)(client, inputs.endpoint);
    try {
        const result = await deployToEndpoint(client, inputs);
        core/* setOutput */.uH('endpoint', result.endpoint.name);
        core/* setOutput */.uH('deployment', result.deployment.name);
        core/* setOutput */.uH('scoring-uri', result.endpoint.scoringUri ?? '');
        core/* setOutput */.uH('previous-traffic', JSON.stringify(result.previousTraffic));
        core/* setOutput */.uH('traffic', JSON.stringify(result.endpoint.traffic));
        core/* setOutput */.uH('mirror-traffic', JSON.stringify(result.endpoint.mirrorTraffic));
        await core/* summary */.z.addRaw(renderSummary(result, inputs)).write();
    }
    catch (error) {
        if (error instanceof DeploymentFailedError) {
            await core/* summary */.z.addRaw(renderFailureSummary(error, inputs)).write();
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/actions/deploy-endpoint/index.ts
// The function the deploy-endpoint action's step runs (src/actions/index.ts runs it).



/***/ }),

/***/ 75829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ warnIfMidRollout)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _rollout_rollout_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7940);



/**
 * Names an endpoint that carries a rollout record (promote's mlops.rollout.* tags) as mid-rollout, with its
 * candidate, step and start, in a warning on the run's page. Given a name, it reads the endpoint first; it never
 * fails the action (a read that fails is left to the action's own calls, and said in the debug log only).
 */
async function warnIfMidRollout(client, endpoint) {
    try {
        const info = typeof endpoint === 'string' ? await client.getEndpoint(endpoint) : endpoint;
        const notice = info && (0,_rollout_rollout_record_js__WEBPACK_IMPORTED_MODULE_2__/* .midRolloutNotice */ .O1)(info);
        if (notice)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(notice);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Could not check whether endpoint is mid-rollout: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)}`);
    }
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

/***/ 17998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eb: () => (/* binding */ present),
/* harmony export */   P8: () => (/* binding */ showPath),
/* harmony export */   jl: () => (/* binding */ MAX_YAML_BYTES),
/* harmony export */   yv: () => (/* binding */ loadYaml)
/* harmony export */ });
/* unused harmony exports MAX_YAML_ALIASES, YamlReader */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * The largest YAML file we read. Azure ML CLI v2 endpoint and deployment files are a few hundred bytes; the largest
 * in Azure/azureml-examples is under 4 KiB. A bigger file is a mistake (or an attack), not a deployment.
 */
const MAX_YAML_BYTES = 256 * 1024;
/**
 * Aliases (`*name`) expanded at most this many times: a CLI file has no use for them, and a few nested ones are
 * enough to blow up memory ("billion laughs"). yaml's own guard (maxAliasCount) refuses the file beyond it.
 */
const MAX_YAML_ALIASES = 20;
/** True when a key is given a value: YAML's `key:` (null) and a missing key both mean "not given". */
const present = (v) => v !== undefined && v !== null;
/** `a.b[0].c`, as messages show a key. */
function showPath(path) {
    return path.reduce((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}
/**
 * Reads values out of one parsed CLI v2 YAML file. Every error names the input, the file, the key and the line
 * it is on, and what to write instead; none repeats the file's content beyond the key's name.
 */
class YamlReader {
    file;
    input;
    doc;
    lines;
    constructor(file, input, doc, lines) {
        this.file = file;
        this.input = input;
        this.doc = doc;
        this.lines = lines;
    }
    /**
     * The 1-based line of the key at `path` (of the item, for a sequence index). When part of the path is missing,
     * the line of its deepest existing key, or undefined with `exact`.
     */
    lineOf(path, exact = false) {
        if (!this.doc || !this.lines)
            return undefined;
        let node = this.doc.contents;
        let at;
        for (const seg of path) {
            let next;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === seg);
                if (pair)
                    next = { at: pair.key.range?.[0], node: pair.value };
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                const item = node.items[seg];
                if (item)
                    next = { at: item.range?.[0], node: item };
            }
            if (!next) {
                if (exact)
                    return undefined;
                break;
            }
            at = next.at;
            node = next.node;
        }
        return at === undefined ? undefined : this.lines.linePos(at).line;
    }
    /** Throws the ConfigurationError for the key at `path` (the whole file when empty). */
    fail(path, why) {
        const line = path.length > 0 ? this.lineOf(path) : undefined;
        const where = path.length > 0 ? `${line ? `line ${line}, ` : ''}${showPath(path)}: ` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${this.input}' (${this.file}): ${where}${why}`, this.input);
    }
    object(value, path) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(path, 'expected a mapping (key: value lines).');
        return value;
    }
    /**
     * Refuses any key of `obj` that is not in `known`, and every key of `refused` (key -> why) that is present:
     * keys that the CLI knows but that deploy-endpoint cannot honour are named with their reason, never dropped.
     */
    keys(obj, path, known, refused = {}) {
        for (const key of Object.keys(obj)) {
            const why = Object.prototype.hasOwnProperty.call(refused, key) ? refused[key] : undefined;
            if (why !== undefined)
                this.fail([...path, key], why);
            if (!known.includes(key)) {
                const list = known.filter((k) => k !== '$schema').join(', ');
                this.fail([...path, key], `unknown key. Known keys here: ${list}.`);
            }
        }
    }
    string(obj, path, key) {
        if (!present(obj[key]))
            return undefined;
        const v = obj[key];
        if (typeof v !== 'string' || v.trim() === '')
            this.fail([...path, key], 'expected a non-empty string.');
        return v.trim();
    }
    /** A string from `allowed` (compared case-insensitively, as the CLI's StringTransformedEnum does). */
    choice(obj, path, key, allowed) {
        const v = this.string(obj, path, key);
        if (v === undefined)
            return undefined;
        const hit = allowed[v.toLowerCase()];
        if (hit === undefined)
            this.fail([...path, key], `expected one of ${Object.keys(allowed).join(', ')}.`);
        return hit;
    }
    integer(obj, path, key, min, max) {
        if (!present(obj[key]))
            return undefined;
        const v = obj[key];
        if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
            this.fail([...path, key], `expected a whole number from ${min} to ${max}.`);
        return v;
    }
    number(obj, path, key, min, max) {
        if (!present(obj[key]))
            return undefined;
        const v = obj[key];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max)
            this.fail([...path, key], `expected a number from ${min} to ${max}.`);
        return v;
    }
    /** true/false, or the strings 'true'/'false' in any case (the CLI's Boolean fields take both). */
    boolean(obj, path, key) {
        if (!present(obj[key]))
            return undefined;
        const v = obj[key];
        if (typeof v === 'boolean')
            return v;
        if (typeof v === 'string' && /^(true|false)$/i.test(v.trim()))
            return v.trim().toLowerCase() === 'true';
        this.fail([...path, key], 'expected true or false.');
    }
    /** A mapping of scalars (tags, properties, environment variables), values as strings. */
    stringMap(obj, path, key) {
        if (!present(obj[key]))
            return {};
        const map = this.object(obj[key], [...path, key]);
        const out = {};
        for (const [k, val] of Object.entries(map)) {
            if (val === null || typeof val === 'object')
                this.fail([...path, key, k], 'expected a string, number or boolean.');
            out[k] = String(val);
        }
        return out;
    }
    /** A list of strings. */
    stringList(obj, path, key) {
        if (!present(obj[key]))
            return undefined;
        const v = obj[key];
        if (!Array.isArray(v))
            this.fail([...path, key], 'expected a list.');
        return v.map((item, i) => {
            if (typeof item !== 'string' || item.trim() === '')
                this.fail([...path, key, i], 'expected a string.');
            return item.trim();
        });
    }
}
/** Reads and parses one YAML file (bounded in size and aliases); its top level must be a mapping. */
async function loadYaml(path, input, 
/** Changes the parsed document before it is read (run-job's --set overrides); its errors are its own. */
edit) {
    const text = await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoundedText */ .Ht)(path, input, MAX_YAML_BYTES);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
    const reader = new YamlReader(path, input, doc, lines);
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0]?.line;
        // The first line of yaml's message names the problem; the rest quotes the file, which we never echo.
        reader.fail([], `not valid YAML${line ? ` (line ${line})` : ''}: ${first.message.split('\n')[0]}`);
    }
    edit?.(doc, reader);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (error) {
        reader.fail([], `not a usable YAML file: ${error.message.split('\n')[0]} (aliases are expanded at most ${MAX_YAML_ALIASES} times).`);
    }
    return { root: reader.object(value, []), reader };
}


/***/ }),

/***/ 27847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ azMlObjectHash)
/* harmony export */ });
/* unused harmony exports AZ_ML_HASH_SEED, cliOrder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42710);





/**
 * The hash the Azure ML CLI v2 (azure-ai-ml) names an upload by: `LocalUpload/<this hash>/<own name>`.
 *
 * Why the CLI's own hash and not our digest: the same folder then lands in the same blobs whichever tool uploads
 * it (`az ml model create`, the Python SDK or register-model), so a score.py and a storage path written for one
 * work for the other, and nothing is stored twice. Our `mlops.digest` (sha256 over paths, sizes and contents)
 * stays the identity register-model reuses versions by; this hash only names the folder.
 *
 * Source: Azure/azure-sdk-for-python, sdk/ml/azure-ai-ml/azure/ai/ml/_utils/_asset_utils.py
 * (commit 00117027544e8aa9ec3ab36c72a61a7a6005b7de): `_upload_to_datastore` (_artifacts/_artifact_utilities.py)
 * takes `asset_hash = get_object_hash(path, ignore_file)` when the asset has no `_upload_hash` (a named Model or
 * Code has none), and `BlobStorageClient.upload` (_artifacts/_blob_storage_helper.py) writes under
 * `generate_asset_id(asset_hash)` = `LocalUpload/<asset_hash>` + `/` + `Path(source).name`.
 * `get_object_hash`:
 * - MD5, first fed the bytes `Initialize for october 2021 AML CLI version`;
 * - a file: its bytes (`_get_file_hash`), the name not included;
 * - a folder (`_get_dir_hash`): its entries sorted by `str(path).lower()` (a stable sort, so names equal but for
 *   case keep the order the directory lists them in); for each entry not excluded by the ignore file, its name
 *   (UTF-8) then, for a file, its bytes, for a folder, the same walk (so an empty folder adds only its name).
 * Symlinks: the SDK hashes the target (`os.readlink`); we hash the resolved target, as listFiles reads it, and visit
 * a folder once (listFiles refuses links leaving the folder before this runs).
 */
const AZ_ML_HASH_SEED = 'Initialize for october 2021 AML CLI version';
function feedFile(hash, path) {
    return new Promise((resolve, reject) => {
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: 1024 * 1024 });
        stream.on('data', (chunk) => hash.update(chunk));
        stream.on('error', reject);
        stream.on('end', () => resolve());
    });
}
/** Entry names in the order the directory lists them (fs.opendir does not sort, unlike fs.readdir). */
async function rawNames(dir) {
    const names = [];
    for await (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.opendir)(dir))
        names.push(entry.name);
    return names;
}
/** Python's `sorted(key=lambda p: str(p).lower())`: code point order of the lower-cased names, stable. */
function cliOrder(names) {
    return names
        .map((name, i) => ({ name, key: name.toLowerCase(), i }))
        .sort((a, b) => (0,_files_js__WEBPACK_IMPORTED_MODULE_4__/* .compareUtf8 */ .z)(a.key, b.key) || a.i - b.i)
        .map((e) => e.name);
}
async function feedDir(hash, dir, rel, excluded, visited) {
    for (const name of cliOrder(await rawNames(dir))) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, name);
        const relPath = rel === '' ? name : `${rel}/${name}`;
        if (excluded(relPath))
            continue;
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(full);
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(target);
        hash.update(Buffer.from(name, 'utf8'));
        if (info.isFile())
            await feedFile(hash, target);
        else if (info.isDirectory() && !visited.has(target)) {
            visited.add(target);
            await feedDir(hash, target, relPath, excluded, visited);
        }
    }
}
/** `get_object_hash(path, ignore_file)` of azure-ai-ml: the `<hash>` of `LocalUpload/<hash>/<name>` (hex MD5). */
async function azMlObjectHash(path, excluded = () => false) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('md5').update(AZ_ML_HASH_SEED, 'utf8');
    const root = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(path);
    if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(root)).isDirectory())
        await feedDir(hash, root, '', excluded, new Set([root]));
    else
        await feedFile(hash, root);
    return hash.digest('hex');
}


/***/ }),

/***/ 31794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BM: () => (/* binding */ IGNORE_FILE_NAMES),
/* harmony export */   pX: () => (/* binding */ listUploadFiles)
/* harmony export */ });
/* unused harmony exports toRule, readIgnoreFile */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42710);




/**
 * The ignore file the Azure ML CLI v2 honours when it uploads a folder, and its rules, as azure-ai-ml applies them.
 *
 * Source: Azure/azure-sdk-for-python, sdk/ml/azure-ai-ml/azure/ai/ml/_utils/_asset_utils.py (commit
 * 00117027544e8aa9ec3ab36c72a61a7a6005b7de): `get_ignore_file` takes `.amlignore` at the folder's root, else
 * `.gitignore` there (never one in a sub-folder, never both); `IgnoreFile.is_file_excluded` matches the path relative
 * to that folder against each line's pattern in order and the FIRST pattern that matches decides (a `!` pattern
 * keeps the file), unlike git, where the last one wins. The ignore file itself is uploaded unless a line excludes it.
 * Patterns are `GitWildMatchPattern`s (_utils/_pathspec.py, vendored from pathspec, commit
 * 069499f9195441beec059f397acafe0caee0fe51); `toRegex` below follows its `pattern_to_regex`.
 */
const IGNORE_FILE_NAMES = ['.amlignore', '.gitignore'];
/** A literal character in a `u` regex (Python's re.escape escapes more; only syntax characters need it here). */
const escapeChar = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `_translate_segment_glob`: one path segment's glob (`*`, `?`, `[...]`, `\` escapes) as a regex. */
function segmentRegex(glob) {
    let out = '';
    let i = 0;
    while (i < glob.length) {
        const c = glob[i++];
        if (c === '\\') {
            if (i >= glob.length)
                throw new Error('a backslash ends the pattern, with nothing to escape');
            out += escapeChar(glob[i++]);
        }
        else if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            let j = i;
            if (glob[j] === '!')
                j++;
            if (glob[j] === ']')
                j++;
            while (j < glob.length && glob[j] !== ']')
                j++;
            if (j >= glob.length) {
                out += '\\[';
                continue;
            }
            let expr = '[';
            if (glob[i] === '!') {
                expr += '^';
                i++;
            }
            else if (glob[i] === '^') {
                expr += '\\^';
                i++;
            }
            // A `]` first in the class is literal in Python's regex; JavaScript needs it escaped.
            const body = glob.slice(i, j).replace(/\\/g, '\\\\');
            out += `${expr}${body.startsWith(']') ? `\\${body}` : body}]`;
            i = j + 1;
        }
        else
            out += escapeChar(c);
    }
    return out;
}
/** `GitWildMatchPattern.pattern_to_regex`: undefined for blank lines, comments and a lone `/`. */
function toRule(line) {
    let pattern = line.trim();
    if (pattern === '' || pattern.startsWith('#') || pattern === '/')
        return undefined;
    const exclude = !pattern.startsWith('!');
    if (!exclude)
        pattern = pattern.slice(1);
    const segs = pattern.split('/');
    for (let i = segs.length - 1; i > 0; i--)
        if (segs[i - 1] === '**' && segs[i] === '**')
            segs.splice(i, 1);
    if (segs.length === 2 && segs[0] === '**' && segs[1] === '')
        return { regex: /^.+\/.*$/, exclude };
    if (segs[0] === '')
        segs.shift();
    else if ((segs.length === 1 || (segs.length === 2 && segs[1] === '')) && segs[0] !== '**')
        segs.unshift('**');
    if (segs.length === 0)
        throw new Error('the pattern matches nothing (a lone !)');
    if (segs.length > 1 && segs[segs.length - 1] === '')
        segs[segs.length - 1] = '**';
    let out = '^';
    let needSlash = false;
    const end = segs.length - 1;
    segs.forEach((seg, i) => {
        if (seg === '**') {
            if (i === 0 && i === end)
                out += '.+';
            else if (i === 0) {
                out += '(?:.+/)?';
                needSlash = false;
            }
            else if (i === end)
                out += '/.*';
            else {
                out += '(?:/.+)?';
                needSlash = true;
            }
            return;
        }
        if (needSlash)
            out += '/';
        out += seg === '*' ? '[^/]+' : segmentRegex(seg);
        if (i === end)
            out += '(?:/.*)?';
        needSlash = true;
    });
    return { regex: new RegExp(`${out}$`, 'u'), exclude };
}
/** Reads the folder's `.amlignore` (else `.gitignore`); undefined when it has neither. */
async function readIgnoreFile(dir, inputName) {
    for (const file of IGNORE_FILE_NAMES) {
        let text;
        try {
            text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file), 'utf8');
        }
        catch {
            continue;
        }
        const rules = [];
        text.split('\n').forEach((line, n) => {
            try {
                const rule = toRule(line);
                if (rule)
                    rules.push(rule);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, file)} line ${n + 1}: ${error.message}. Fix the pattern (the Azure ML CLI refuses it too).`, inputName);
            }
        });
        return {
            file,
            excludes: (path) => {
                for (const rule of rules)
                    if (rule.regex.test(path))
                        return rule.exclude;
                return false;
            },
        };
    }
    return undefined;
}
async function listUploadFiles(dir, inputName) {
    const all = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .listFiles */ .C)(dir, inputName);
    const ignore = await readIgnoreFile(dir, inputName);
    if (!ignore)
        return { files: all, ignored: 0 };
    const files = all.filter((f) => !ignore.excludes(f.path));
    return { files, ignore, ignored: all.length - files.length };
}


/***/ }),

/***/ 54892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ readModelSource)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _az_ml_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27847);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95305);
/* harmony import */ var _ignore_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31794);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9480);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(20929);








async function kindOf(path, inputName) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        if (info.isDirectory())
            return 'folder';
        if (info.isFile())
            return 'file';
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${path} does not exist. Check the path.`, inputName);
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${path} is neither a folder nor a regular file. Point it at the model's folder or file.`, inputName);
}
/**
 * Reads `path` as the CLI v2 reads a model's `path`: a package-model package (verified against its manifest),
 * a plain model folder, or a single file (`model: path: ../model/sklearn_regression_model.pkl`). The files are
 * listed and hashed and the layout detected as package-model would; `options.modelType` is checked against them
 * (a single file can only be a custom_model: MLflow and Triton models are folders).
 */
async function readModelSource(path, options = {}) {
    const inputName = options.inputName ?? 'model-path';
    const typeInput = options.typeInputName ?? inputName;
    const requested = options.modelType;
    const kind = await kindOf(path, inputName);
    const rootName = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path));
    if (kind === 'folder') {
        const pkg = await (0,_package_js__WEBPACK_IMPORTED_MODULE_7__/* .readPackage */ .L)(path, inputName);
        if (pkg) {
            if (requested && requested !== pkg.manifest.modelType) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${typeInput}' is ${requested}, but the package at ${path} holds a ${pkg.manifest.modelType} (package-model decided it). ` +
                    `Set ${typeInput} to ${pkg.manifest.modelType}, or package the model again with that type.`, typeInput);
            }
            const byPath = new Map(pkg.hashedFiles.map((h) => [h.path, h.sha256]));
            const files = pkg.modelFiles.map((f) => ({ ...f, sha256: byPath.get(f.path) }));
            return {
                kind: 'package',
                path: pkg.modelDir,
                rootName: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(pkg.modelDir),
                uploadHash: await (0,_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .azMlObjectHash */ .O)(pkg.modelDir),
                digest: pkg.manifest.digest,
                modelType: pkg.manifest.modelType,
                layout: pkg.manifest.layout,
                files,
                bytes: files.reduce((n, f) => n + f.size, 0),
                manifest: pkg.manifest,
                // The manifest's digest covers every file: an ignore file in a package is not applied (az ml would apply it).
                warnings: files
                    .filter((f) => _ignore_file_js__WEBPACK_IMPORTED_MODULE_5__/* .IGNORE_FILE_NAMES */ .BM.includes(f.path))
                    .map((f) => `The package's model folder has a ${f.path}: every file of the package is registered. Remove the ignore file, or the files it names, before package-model.`),
            };
        }
    }
    let entries;
    const warnings = [];
    let excluded;
    if (kind === 'folder') {
        // As `az ml` uploads a folder: without what its .amlignore (else .gitignore) excludes.
        const listed = await (0,_ignore_file_js__WEBPACK_IMPORTED_MODULE_5__/* .listUploadFiles */ .pX)(path, inputName);
        entries = listed.files;
        excluded = listed.ignore?.excludes;
        if (listed.ignore && listed.ignored > 0) {
            warnings.push(`${listed.ignored} file(s) of ${path} left out, as its ${listed.ignore.file} says (the Azure ML CLI leaves them out too).`);
        }
    }
    else {
        if (requested === 'mlflow_model' || requested === 'triton_model') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${typeInput}' is ${requested}, but ${path} is a single file: ` +
                `${requested === 'mlflow_model' ? 'an MLflow model is a folder with an MLmodel file' : 'a Triton model is a model repository folder'}. ` +
                `Point the path at that folder, or set the type to custom_model.`, typeInput);
        }
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        entries = [{ path: rootName, absolutePath: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), size: info.size }];
    }
    // A single file is a custom_model (detectLayout still checks an .onnx file).
    const detected = await (0,_layout_js__WEBPACK_IMPORTED_MODULE_6__/* .detectLayout */ .ey)(path, entries, kind === 'file' ? (requested ?? 'custom_model') : requested, { path: inputName, type: typeInput });
    const hashed = await (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFiles */ .yQ)(entries, 8);
    const files = entries.map((f, i) => ({ ...f, sha256: hashed[i].sha256 }));
    return {
        kind,
        path,
        rootName,
        uploadHash: await (0,_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .azMlObjectHash */ .O)(path, excluded),
        digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .combineDigest */ .uN)(hashed),
        modelType: detected.modelType,
        layout: detected.layout,
        files,
        bytes: files.reduce((n, f) => n + f.size, 0),
        warnings: [...warnings, ...detected.warnings],
    };
}


/***/ }),

/***/ 20929:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ writePackage),
/* harmony export */   L: () => (/* binding */ readPackage)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(95305);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42710);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(50384);









async function forEachLimit(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
/** Copies files under `dest` (reflinks where the file system can), then lists and hashes the copies. */
async function copyTree(files, dest, concurrency) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dest, { recursive: true });
    const dirs = new Set(files.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dest, f.path))));
    for (const d of [...dirs].sort())
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(d, { recursive: true });
    await forEachLimit(files, concurrency, (f) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(f.absolutePath, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dest, f.path), node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE));
    // Hash what was copied, so the manifest describes the package even if a source changed meanwhile.
    const entries = await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .listFiles */ .C)(dest, 'output-path');
    return { entries, hashed: await (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFiles */ .yQ)(entries, concurrency) };
}
async function writeFileDurably(path, text) {
    const file = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await file.writeFile(text, 'utf8');
        await file.sync();
    }
    finally {
        await file.close();
    }
}
async function pathKind(path) {
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch {
        return 'missing';
    }
    if (!info.isDirectory())
        return 'other';
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path);
    if (names.length === 0)
        return 'empty';
    return names.includes(_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h1) ? 'package' : 'other';
}
/** Removes staging folders a crashed run left next to `outputPath` (best effort). */
async function removeStale(parent, base) {
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(parent);
    }
    catch {
        return;
    }
    const stale = names.filter((n) => n.startsWith(`.${base}.partial-`) || n.startsWith(`.${base}.old-`));
    await Promise.all(stale.map((n) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, n), { recursive: true, force: true }).catch(() => undefined)));
}
/**
 * Writes a package: model/, code/, environment/ and, last, mlops-package.json. Everything is built in a
 * hidden staging folder beside `outputPath` and renamed into place only when complete (the manifest
 * itself is written to a temporary name and renamed), so a crash never leaves a package that looks
 * complete. An existing package (or empty folder) at `outputPath` is replaced; any other existing
 * file or folder there is a ConfigurationError, so user files are never deleted.
 */
async function writePackage(options) {
    const outputInput = options.outputInput ?? 'output-path';
    const concurrency = options.concurrency ?? 8;
    const packagePath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)(options.outputPath);
    const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(packagePath);
    const base = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(packagePath);
    const existing = await pathKind(packagePath);
    if (existing === 'other') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`Input '${outputInput}': ${packagePath} already exists and is not a model package. Choose a new or empty folder, or remove it.`, outputInput);
    }
    if (options.modelFiles.length === 0)
        throw new Error('writePackage: no model files');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(parent, { recursive: true });
    await removeStale(parent, base);
    const tag = `${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, `.${base}.partial-${tag}`);
    let swapped = false;
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(staging);
        const model = await copyTree(options.modelFiles, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_MODEL_DIR */ .fP), concurrency);
        const manifest = {
            schemaVersion: 1,
            name: options.name,
            modelType: options.modelType,
            layout: options.layout,
            digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .combineDigest */ .uN)(model.hashed),
            files: model.hashed,
            createdAt: (options.createdAt ?? new Date()).toISOString(),
            tool: { name: _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_NAME */ .lH, version: _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .TOOL_VERSION */ .wr },
        };
        if (options.codeFiles && options.codeFiles.length > 0) {
            const code = await copyTree(options.codeFiles, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_CODE_DIR */ .Tf), concurrency);
            manifest.code = { digest: (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .combineDigest */ .uN)(code.hashed), files: code.hashed };
        }
        if (options.environmentFile) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(options.environmentFile);
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_ENVIRONMENT_DIR */ .bj, file);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dest), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(options.environmentFile, dest, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE);
            manifest.environment = { file, sha256: await (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(dest) };
        }
        if (options.git)
            manifest.git = options.git;
        if (options.run)
            manifest.run = options.run;
        if (options.job)
            manifest.job = options.job;
        if (options.metrics && Object.keys(options.metrics).length > 0)
            manifest.metrics = options.metrics;
        const temp = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, `${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h1}.partial`);
        await writeFileDurably(temp, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .serializeManifest */ .MZ)(manifest));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(staging, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h1));
        if (existing === 'missing') {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, packagePath);
        }
        else {
            const old = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(parent, `.${base}.old-${tag}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(packagePath, old);
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(staging, packagePath);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(old, packagePath).catch(() => undefined);
                throw error;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(old, { recursive: true, force: true });
        }
        swapped = true;
        return { packagePath, manifest };
    }
    finally {
        if (!swapped)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(staging, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Differences between files on disk and the manifest's list, as `<prefix>/<path> changed|missing|added`. */
function compareFiles(prefix, expected, actual) {
    const want = new Map(expected.map((f) => [f.path, f]));
    const have = new Map(actual.map((f) => [f.path, f]));
    const out = [];
    for (const [path, f] of want) {
        const got = have.get(path);
        if (!got)
            out.push(`${prefix}/${path} is missing`);
        else if (got.size !== f.size || got.sha256 !== f.sha256)
            out.push(`${prefix}/${path} changed`);
    }
    for (const path of have.keys())
        if (!want.has(path))
            out.push(`${prefix}/${path} was added`);
    return out;
}
async function exists(path) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
        return true;
    }
    catch {
        return false;
    }
}
async function hashFolder(dir, inputName) {
    const entries = await (0,_files_js__WEBPACK_IMPORTED_MODULE_7__/* .listFiles */ .C)(dir, inputName);
    return { entries, hashed: await (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFiles */ .yQ)(entries) };
}
/**
 * Reads the package at `dir`: undefined when `dir` has no mlops-package.json (a plain model folder).
 * Otherwise parses the manifest and re-hashes every file, so a package changed after package-model
 * wrote it (a file edited, added or removed, or the manifest's digest edited) is a ConfigurationError
 * naming `inputName`.
 */
async function readPackage(dir, inputName) {
    const manifestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_FILE */ .h1);
    let info;
    try {
        info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(manifestPath);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`Input '${inputName}': cannot read ${manifestPath} (${code ?? String(error)}).`, inputName);
    }
    // package-model writes regular files: a link here could lead out of the package (and the workspace).
    if (!info.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`Input '${inputName}': ${manifestPath} is not a regular file (a symlink or a folder): run package-model again to rebuild the package.`, inputName);
    }
    const text = await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_4__/* .readBoundedText */ .Ht)(manifestPath, inputName, _bounded_read_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_JSON_INPUT_BYTES */ .lj);
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .parseManifest */ .Ng)(text, manifestPath, inputName);
    const modelDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_MODEL_DIR */ .fP);
    const problems = [];
    let model = { entries: [], hashed: [] };
    if (await exists(modelDir))
        model = await hashFolder(modelDir, inputName);
    problems.push(...compareFiles(_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_MODEL_DIR */ .fP, manifest.files, model.hashed));
    if (problems.length === 0 && (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .combineDigest */ .uN)(model.hashed) !== manifest.digest) {
        problems.push(`the manifest's digest ${manifest.digest} is not the digest of its files, ${(0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .combineDigest */ .uN)(model.hashed)}`);
    }
    const codeDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_CODE_DIR */ .Tf);
    const hasCode = await exists(codeDir);
    if (manifest.code) {
        const code = hasCode ? await hashFolder(codeDir, inputName) : { hashed: [] };
        const codeProblems = compareFiles(_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_CODE_DIR */ .Tf, manifest.code.files, code.hashed);
        if (codeProblems.length === 0 && (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .combineDigest */ .uN)(code.hashed) !== manifest.code.digest) {
            codeProblems.push(`the manifest's code digest is not the digest of code/`);
        }
        problems.push(...codeProblems);
    }
    else if (hasCode) {
        problems.push(`${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_CODE_DIR */ .Tf}/ is not in the manifest`);
    }
    let environmentFile;
    if (manifest.environment) {
        environmentFile = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_ENVIRONMENT_DIR */ .bj, manifest.environment.file);
        const kind = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(environmentFile).catch(() => undefined);
        if (!kind)
            problems.push(`${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_ENVIRONMENT_DIR */ .bj}/${manifest.environment.file} is missing`);
        else if (!kind.isFile())
            problems.push(`${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_ENVIRONMENT_DIR */ .bj}/${manifest.environment.file} is not a regular file (a symlink?)`);
        else if ((await (0,_digest_js__WEBPACK_IMPORTED_MODULE_6__/* .hashFile */ .DC)(environmentFile)) !== manifest.environment.sha256) {
            problems.push(`${_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .PACKAGE_ENVIRONMENT_DIR */ .bj}/${manifest.environment.file} changed`);
        }
    }
    if (problems.length > 0) {
        const shown = problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : '');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .ConfigurationError */ .j(`Input '${inputName}': the package at ${dir} does not match its manifest: ${shown}. ` +
            `It was changed after package-model wrote it; run package-model again to rebuild it.`, inputName);
    }
    return {
        manifest,
        modelDir,
        modelFiles: model.entries,
        hashedFiles: model.hashed,
        ...(manifest.code && { codeDir }),
        ...(environmentFile && { environmentFile }),
    };
}


/***/ })

};
