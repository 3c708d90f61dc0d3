export const id = 247;
export const ids = [247];
export const modules = {

/***/ 28203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ readEnvironment),
/* harmony export */   k: () => (/* binding */ readModel)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9480);
/* harmony import */ var _yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17998);
// The asset blocks of a CLI v2 deployment file: `model:` and `environment:`, references or inline (azure-ai-ml
// AnonymousModelSchema, AnonymousEnvironmentSchema). Paths are resolved against the file's folder here and checked
// (existing, inside the workspace) by the action's inputs.



const MODEL_TYPE_SET = new Set(_model_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_TYPES */ .me);
/**
 * `model:`: a reference string, or an inline model (AnonymousModelSchema: path, type, name, version, description,
 * tags) whose path is a folder or a file relative to the file's folder.
 */
function readModel(reader, value, here) {
    const path = ['model'];
    if (typeof value === 'string') {
        if (value.trim() === '')
            reader.fail(path, 'expected azureml:<name>:<version> or an inline model (path, type).');
        return { kind: 'reference', value: value.trim() };
    }
    const m = reader.object(value, path);
    reader.keys(m, path, ['$schema', 'name', 'version', 'path', 'type', 'description', 'tags'], {
        properties: 'properties of an inline model are not registered by deploy-endpoint. Remove them, or register the model with register-model and give azureml:<name>:<version>.',
        flavors: "flavors are read from the MLflow model's MLmodel file. Remove them.",
        stage: 'stage is not set by deploy-endpoint. Remove it.',
        job_name: 'job_name is not set by deploy-endpoint. Remove it.',
        datastore: "inline models are uploaded to the workspace's default datastore. Remove datastore.",
    });
    const local = reader.string(m, path, 'path');
    if (local === undefined)
        reader.fail([...path, 'path'], "required: the model's folder or file, relative to this file.");
    if (/^(azureml|https?|wasbs?|abfss?|runs|mlflow-model):/i.test(local))
        reader.fail([...path, 'path'], 'give a local folder or file; a model already in Azure is referenced as model: azureml:<name>:<version>.');
    const type = reader.string(m, path, 'type');
    if (type !== undefined && !MODEL_TYPE_SET.has(type))
        reader.fail([...path, 'type'], `expected one of ${_model_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .MODEL_TYPES */ .me.join(', ')}.`);
    const name = reader.string(m, path, 'name');
    const version = (0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .present */ .Eb)(m.version) ? String(m.version).trim() : undefined;
    if (version !== undefined && !name)
        reader.fail([...path, 'version'], 'a version needs a name (the CLI refuses it too).');
    if (version !== undefined && !/^[1-9][0-9]{0,9}$/.test(version))
        reader.fail([...path, 'version'], 'model versions are positive whole numbers.');
    return {
        kind: 'inline',
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(here, local),
        ...(type ? { type: type } : {}),
        ...(name ? { name } : {}),
        ...(version ? { version } : {}),
        ...(reader.string(m, path, 'description') ? { description: reader.string(m, path, 'description') } : {}),
        tags: reader.stringMap(m, path, 'tags'),
    };
}
function readRoute(reader, value, path) {
    const r = reader.object(value, path);
    reader.keys(r, path, ['path', 'port']);
    const routePath = reader.string(r, path, 'path');
    const port = reader.integer(r, path, 'port', 1, 65535);
    if (routePath === undefined)
        reader.fail([...path, 'path'], 'required, e.g. /score.');
    // Route.path in the API's spec (AZUREML_API_VERSION) has the pattern [a-zA-Z0-9_]: a path with no letter, digit
    // or underscore (such as /) is outside the contract deploy-endpoint speaks, so it is refused here, before any write.
    if (!/[a-zA-Z0-9_]/.test(routePath))
        reader.fail([...path, 'path'], "the Azure ML API's Route.path must contain a letter, digit or underscore (pattern [a-zA-Z0-9_]); '/' alone is outside it. Give the container's route, e.g. /health or /score.");
    if (port === undefined)
        reader.fail([...path, 'port'], 'required, e.g. 5001.');
    return { path: routePath, port };
}
/**
 * `environment:`: a reference string, or an inline environment (AnonymousEnvironmentSchema: image, conda_file,
 * build {path, dockerfile_path}, os_type, inference_config, name, version, description, tags).
 */
function readEnvironment(reader, value, here, path = ['environment']) {
    if (typeof value === 'string') {
        if (value.trim() === '')
            reader.fail(path, 'expected azureml:<name>:<version> or an inline environment.');
        return { kind: 'reference', value: value.trim() };
    }
    const e = reader.object(value, path);
    reader.keys(e, path, [
        '$schema',
        'name',
        'version',
        'description',
        'tags',
        'image',
        'conda_file',
        'build',
        'os_type',
        'inference_config',
    ], {
        datastore: "inline environments are uploaded to the workspace's default datastore. Remove datastore.",
        properties: 'properties of an inline environment are not registered by deploy-endpoint. Remove them.',
    });
    const image = reader.string(e, path, 'image');
    const conda = reader.string(e, path, 'conda_file');
    let build;
    if ((0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .present */ .Eb)(e.build)) {
        const at = [...path, 'build'];
        const b = reader.object(e.build, at);
        reader.keys(b, at, ['path', 'dockerfile_path']);
        const local = reader.string(b, at, 'path');
        if (local === undefined)
            reader.fail([...at, 'path'], 'required: the Docker build context folder, relative to this file.');
        if (/^[a-z][a-z0-9+.-]*:/i.test(local))
            reader.fail([...at, 'path'], 'give a local folder (deploy-endpoint uploads it as the build context).');
        const dockerfile = reader.string(b, at, 'dockerfile_path');
        build = { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(here, local), ...(dockerfile ? { dockerfilePath: dockerfile } : {}) };
    }
    if (!image && !build)
        reader.fail(path, 'an inline environment needs image (with an optional conda_file) or build (a Docker build context).');
    if (image && build)
        reader.fail([...path, 'build'], 'give image or build, not both (the CLI refuses both).');
    if (build && conda)
        reader.fail([...path, 'conda_file'], 'a conda file goes with image, not with build.');
    let inferenceConfig;
    if ((0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .present */ .Eb)(e.inference_config)) {
        const at = [...path, 'inference_config'];
        const ic = reader.object(e.inference_config, at);
        reader.keys(ic, at, ['liveness_route', 'readiness_route', 'scoring_route']);
        inferenceConfig = {};
        for (const [key, prop] of [
            ['liveness_route', 'livenessRoute'],
            ['readiness_route', 'readinessRoute'],
            ['scoring_route', 'scoringRoute'],
        ]) {
            if ((0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .present */ .Eb)(ic[key]))
                inferenceConfig[prop] = readRoute(reader, ic[key], [...at, key]);
        }
    }
    const name = reader.string(e, path, 'name');
    const version = (0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .present */ .Eb)(e.version) ? String(e.version).trim() : undefined;
    if (version !== undefined && !name)
        reader.fail([...path, 'version'], 'a version needs a name (the CLI refuses it too).');
    const osType = reader.choice(e, path, 'os_type', { linux: 'Linux', windows: 'Windows' });
    const description = reader.string(e, path, 'description');
    return {
        kind: 'inline',
        spec: {
            ...(name ? { name } : {}),
            ...(version ? { version } : {}),
            ...(description ? { description } : {}),
            tags: reader.stringMap(e, path, 'tags'),
            ...(image ? { image } : {}),
            ...(conda ? { condaFile: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(here, conda) } : {}),
            ...(build ? { build } : {}),
            ...(osType ? { osType } : {}),
            ...(inferenceConfig ? { inferenceConfig } : {}),
        },
    };
}


/***/ }),

/***/ 9923:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ ensureCodeAsset),
/* harmony export */   l: () => (/* binding */ codeAssetName)
/* harmony export */ });
/* harmony import */ var _azureml_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79393);
/* harmony import */ var _azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4831);
/* harmony import */ var _azureml_model_blobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85374);
/* harmony import */ var _azureml_model_files_repair_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22787);
/* harmony import */ var _folder_upload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16917);





const CODE_IO = { upload: _azureml_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .uploadFiles */ .Zn, listBlobs: _azureml_model_blobs_js__WEBPACK_IMPORTED_MODULE_2__/* .listStoredBlobs */ .o };
/** The code asset's name: content-addressed, so the same files are uploaded and registered once. */
function codeAssetName(digest) {
    return `code-${digest.replace(/^sha256:/, '').slice(0, 32)}`;
}
/**
 * Registers the code in `codePath` as a code version (`code-<digest>`, version 1): the files go to the default
 * datastore under LocalUpload/<hash>/<folder name>/ (blobs already there are skipped), then the version is created.
 * An existing version with the same name (hence the same files) is reused once its files are checked: the missing
 * or different ones are uploaded again (a version never outlives its files, as for models).
 */
async function ensureCodeAsset(client, codePath, log) {
    // As `az ml` reads it: the folder less what its .amlignore (else .gitignore) excludes.
    const folder = await (0,_folder_upload_js__WEBPACK_IMPORTED_MODULE_4__/* .readLocalFolder */ .g)(codePath, 'code-path');
    const { digest, files } = folder;
    const name = codeAssetName(digest);
    const existing = await client.getCodeVersion(name, '1');
    if (existing) {
        const label = `Code ${name}:1`;
        if (!existing.codeUri)
            throw new Error(`${label} has no codeUri: its files cannot be checked. Archive it and run again.`);
        const asset = {
            label,
            uri: existing.codeUri,
            layout: 'folder',
            whenExtra: 'a job or a deployment would get them too. Delete them from the datastore and run again.',
        };
        await (0,_azureml_model_files_repair_js__WEBPACK_IMPORTED_MODULE_3__/* .ensureStoredFiles */ .f)(client, asset, folder, CODE_IO, log);
        log(`${label} already holds these ${files.length} files (digest ${digest}).`);
        return { version: existing, digest, files: files.length };
    }
    // As `az ml` uploads code: LocalUpload/<its hash>/<the code folder's own name>/... (see model/az-ml-hash.ts).
    const { datastore, prefix, upload } = await (0,_folder_upload_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadFolder */ .y)(client, folder, log);
    const version = await client.createCodeVersion(name, '1', {
        codeUri: (0,_azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_1__/* .datastoreUri */ .G4)(client.address, datastore.name, prefix),
        tags: { 'mlops.digest': digest },
    });
    log(`Registered code ${name}:1 (${files.length} files, digest ${digest}).`);
    return { version, digest, files: files.length, upload };
}


/***/ }),

/***/ 53097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ez: () => (/* binding */ readScaleSettings),
/* harmony export */   _d: () => (/* binding */ isoDuration),
/* harmony export */   cr: () => (/* binding */ readDataCollector),
/* harmony export */   f1: () => (/* binding */ readProbe),
/* harmony export */   zY: () => (/* binding */ readRequestSettings)
/* harmony export */ });
/* harmony import */ var _yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17998);

/**
 * An ISO 8601 duration as the CLI sends it: azure-ai-ml turns seconds and milliseconds into timedeltas, which
 * msrest serializes with isodate (timedelta(seconds=180) -> PT3M, 90000 ms -> PT1M30S, 500 ms -> PT0.5S).
 */
function isoDuration(ms) {
    let rest = Math.round(ms);
    const days = Math.floor(rest / 86_400_000);
    rest -= days * 86_400_000;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const secs = rest / 1000;
    const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
    const out = `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
    return out === 'P' ? 'PT0S' : out;
}
const seconds = (s) => s === undefined ? undefined : isoDuration(s * 1000);
const millis = (ms) => ms === undefined ? undefined : isoDuration(ms);
/**
 * A probe (azure-ai-ml _schema/_deployment/online/liveness_probe.py; entities ProbeSettings._to_rest_object sends
 * seconds as durations). Limits: reference-yaml-deployment-managed-online "ProbeSettings".
 */
function readProbe(reader, value, path) {
    const probe = reader.object(value, path);
    reader.keys(probe, path, ['initial_delay', 'period', 'timeout', 'failure_threshold', 'success_threshold']);
    const out = {};
    const initialDelay = seconds(reader.integer(probe, path, 'initial_delay', 0, 3600));
    const period = seconds(reader.integer(probe, path, 'period', 1, 3600));
    const timeout = seconds(reader.integer(probe, path, 'timeout', 1, 3600));
    const failureThreshold = reader.integer(probe, path, 'failure_threshold', 1, 1000);
    const successThreshold = reader.integer(probe, path, 'success_threshold', 1, 1000);
    if (initialDelay)
        out.initialDelay = initialDelay;
    if (period)
        out.period = period;
    if (timeout)
        out.timeout = timeout;
    if (failureThreshold !== undefined)
        out.failureThreshold = failureThreshold;
    if (successThreshold !== undefined)
        out.successThreshold = successThreshold;
    return out;
}
/**
 * request_settings (RequestSettingsSchema; OnlineRequestSettings._to_rest_object: milliseconds -> durations).
 * request_timeout_ms is at most 180000 (reference-yaml-deployment-managed-online "RequestSettings").
 */
function readRequestSettings(reader, value, path) {
    const rs = reader.object(value, path);
    reader.keys(rs, path, ['request_timeout_ms', 'max_concurrent_requests_per_instance', 'max_queue_wait_ms']);
    const out = {};
    const timeout = millis(reader.integer(rs, path, 'request_timeout_ms', 1, 180_000));
    const concurrent = reader.integer(rs, path, 'max_concurrent_requests_per_instance', 1, 1000);
    const queue = millis(reader.integer(rs, path, 'max_queue_wait_ms', 1, 180_000));
    if (timeout)
        out.requestTimeout = timeout;
    if (concurrent !== undefined)
        out.maxConcurrentRequestsPerInstance = concurrent;
    if (queue)
        out.maxQueueWait = queue;
    return out;
}
/**
 * scale_settings (scale_settings_schema.py): `type: default` (other keys dropped, as OnlineDeployment._set_scale_settings
 * does) or `type: target_utilization` with min/max instances, polling_interval (seconds) and the target percentage.
 */
function readScaleSettings(reader, value, path) {
    const ss = reader.object(value, path);
    const type = reader.choice(ss, path, 'type', {
        default: 'Default',
        target_utilization: 'TargetUtilization',
    });
    if (type === undefined)
        reader.fail([...path, 'type'], 'required: default or target_utilization.');
    if (type === 'Default') {
        reader.keys(ss, path, ['type']);
        return { scaleType: 'Default' };
    }
    reader.keys(ss, path, [
        'type',
        'min_instances',
        'max_instances',
        'polling_interval',
        'target_utilization_percentage',
    ]);
    const out = { scaleType: 'TargetUtilization' };
    const min = reader.integer(ss, path, 'min_instances', 0, 1000);
    const max = reader.integer(ss, path, 'max_instances', 1, 1000);
    const polling = seconds(reader.integer(ss, path, 'polling_interval', 1, 3600));
    const target = reader.integer(ss, path, 'target_utilization_percentage', 1, 100);
    if (min !== undefined && max !== undefined && min > max)
        reader.fail([...path, 'min_instances'], `is more than max_instances (${max}).`);
    if (min !== undefined)
        out.minInstances = min;
    if (max !== undefined)
        out.maxInstances = max;
    if (polling)
        out.pollingInterval = polling;
    if (target !== undefined)
        out.targetUtilizationPercentage = target;
    return out;
}
const ROLLING = { minute: 'Minute', hour: 'Hour', day: 'Day', month: 'Month', year: 'Year' };
/**
 * data_collector (data_collector_schema.py, deployment_collection_schema.py, request_logging_schema.py), mapped as
 * DataCollector._to_rest_object does: sampling_rate is copied into every collection, `enabled` becomes
 * dataCollectionMode. `az ml` also registers a data asset per collection (online_deployment_operations
 * _register_collection_data_assets) and sends its id as dataId; deploy-endpoint registers no data assets, so a
 * collection's `data:` is refused rather than dropped.
 */
function readDataCollector(reader, value, path) {
    const dc = reader.object(value, path);
    reader.keys(dc, path, ['collections', 'rolling_rate', 'sampling_rate', 'request_logging']);
    const samplingRate = reader.number(dc, path, 'sampling_rate', 0, 1);
    if (!(0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .present */ .Eb)(dc.collections))
        reader.fail([...path, 'collections'], 'required: name each collection (e.g. model_inputs: {enabled: true}).');
    const raw = reader.object(dc.collections, [...path, 'collections']);
    if (Object.keys(raw).length === 0)
        reader.fail([...path, 'collections'], 'name at least one collection.');
    const collections = {};
    for (const name of Object.keys(raw)) {
        const at = [...path, 'collections', name];
        const c = reader.object(raw[name], at);
        reader.keys(c, at, ['enabled'], {
            data: 'deploy-endpoint registers no data asset for collected data (az ml registers <endpoint>-<deployment>-<collection>:1). Remove data: the collection is sent without a data asset.',
        });
        const enabled = reader.boolean(c, at, 'enabled');
        if (enabled === undefined)
            reader.fail([...at, 'enabled'], "required: true or 'True' to collect, false to not.");
        collections[name] = {
            dataCollectionMode: enabled ? 'Enabled' : 'Disabled',
            ...(samplingRate !== undefined ? { samplingRate } : {}),
        };
    }
    const out = { collections };
    const rolling = reader.choice(dc, path, 'rolling_rate', ROLLING);
    if (rolling)
        out.rollingRate = rolling;
    if ((0,_yaml_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .present */ .Eb)(dc.request_logging)) {
        const at = [...path, 'request_logging'];
        const rl = reader.object(dc.request_logging, at);
        reader.keys(rl, at, ['capture_headers']);
        const headers = reader.stringList(rl, at, 'capture_headers');
        out.requestLogging = headers ? { captureHeaders: headers } : {};
    }
    return out;
}


/***/ }),

/***/ 61075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qz: () => (/* binding */ checkEnvironment),
/* harmony export */   sL: () => (/* binding */ ensureEnvironment)
/* harmony export */ });
/* unused harmony exports ANONYMOUS_ENVIRONMENT, inlineEnvironmentVersion */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4831);
/* harmony import */ var _bounded_read_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32091);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _folder_upload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16917);
/* harmony import */ var _references_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36981);
/* harmony import */ var _yaml_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(17998);







/** The name the Azure ML CLI gives environments described inline in a deployment file (azure-ai-ml ANONYMOUS_ENV_NAME). */
const ANONYMOUS_ENVIRONMENT = 'CliV2AnonymousEnvironment';
/** The version of an inline environment: a hash of what defines it, so equal ones are registered once. */
function inlineEnvironmentVersion(definition) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(definition)).digest('hex').slice(0, 30);
}
const show = (name, version) => `${name}:${version}`;
/**
 * Checks the environment without writing: a workspace reference must exist (its ARM id is what the deployment
 * names); a registry reference goes to ARM unchanged (the service resolves it, as it does for `az ml`); an inline
 * one is read and hashed, and an existing version of it found. Registration waits for ensureEnvironment.
 */
async function checkEnvironment(client, setting, input, where = `Input '${input}'`) {
    if (setting.kind === 'registry') {
        const parts = setting.id.split('/');
        return {
            kind: 'found',
            version: { id: setting.id, name: parts[5] ?? setting.id, version: parts[7] ?? '', tags: {} },
        };
    }
    if (setting.kind === 'workspace') {
        const found = await client.getEnvironmentVersion(setting.ref.name, setting.ref.version);
        if (!found) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`${where}: environment ${(0,_references_js__WEBPACK_IMPORTED_MODULE_5__/* .showReference */ .nj)(setting.ref)} is not registered in workspace '${client.address.workspace}'. ` +
                `Register it first, name a registry environment (azureml://registries/azureml/environments/<name>/labels/latest), or describe it inline in the deployment file.`, input);
        }
        return { kind: 'found', version: found };
    }
    const { spec } = setting;
    const condaText = spec.condaFile ? await (0,_bounded_read_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoundedText */ .Ht)(spec.condaFile, input, _yaml_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_YAML_BYTES */ .jl) : undefined;
    const buildFolder = spec.build ? await (0,_folder_upload_js__WEBPACK_IMPORTED_MODULE_4__/* .readLocalFolder */ .g)(spec.build.path, input) : undefined;
    const buildDigest = buildFolder?.digest;
    const hash = inlineEnvironmentVersion({
        image: spec.image,
        conda: condaText,
        build: spec.build
            ? { digest: buildDigest, dockerfile: spec.build.dockerfilePath ?? 'Dockerfile' }
            : undefined,
        osType: spec.osType,
        inferenceConfig: spec.inferenceConfig,
    });
    // A named inline environment keeps its name; without a version it is versioned by its content (so the same
    // definition is registered once), as the CLI versions anonymous ones.
    const name = spec.name ?? ANONYMOUS_ENVIRONMENT;
    const version = spec.version ?? hash;
    const existing = await client.getEnvironmentVersion(name, version);
    return {
        kind: 'inline',
        name,
        version,
        spec,
        ...(condaText !== undefined ? { condaText } : {}),
        ...(buildFolder ? { buildFolder } : {}),
        ...(existing ? { existing } : {}),
    };
}
/** The environment version to deploy: found, reused, or registered now (the build context uploaded first). */
async function ensureEnvironment(client, checked, log) {
    if (checked.kind === 'found') {
        const v = checked.version;
        log(`Environment ${v.id.startsWith('azureml://') ? v.id : show(v.name, v.version)}`);
        return checked.version;
    }
    const { name, version, spec } = checked;
    if (checked.existing) {
        log(`Environment ${show(name, version)} is already registered: reused (environment versions cannot change).`);
        return checked.existing;
    }
    const body = {
        ...(spec.image ? { image: spec.image } : {}),
        ...(checked.condaText !== undefined ? { condaFile: checked.condaText } : {}),
        ...(spec.osType ? { osType: spec.osType } : {}),
        ...(spec.inferenceConfig ? { inferenceConfig: spec.inferenceConfig } : {}),
        ...(spec.description !== undefined ? { description: spec.description } : {}),
        tags: spec.tags,
        isAnonymous: spec.name === undefined,
    };
    if (spec.build && checked.buildFolder) {
        const { datastore, prefix } = await (0,_folder_upload_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadFolder */ .y)(client, checked.buildFolder, log);
        // The CLI sends the context's blob URL with a trailing slash (_check_and_upload_env_build_context).
        body.build = {
            contextUri: `${(0,_azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_1__/* .containerUrl */ .NU)(datastore)}/${prefix}/`,
            ...(spec.build.dockerfilePath ? { dockerfilePath: spec.build.dockerfilePath } : {}),
        };
    }
    const created = await client.createEnvironmentVersion(name, version, body);
    log(`Registered environment ${show(name, version)}${spec.image ? ` (image ${spec.image})` : ' (build context)'}.`);
    return created;
}


/***/ }),

/***/ 16917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readLocalFolder),
/* harmony export */   y: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _azureml_blob_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79393);
/* harmony import */ var _azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _model_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27847);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95305);
/* harmony import */ var _model_ignore_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31794);






/** Lists and hashes a folder to upload; the errors name `input`. */
async function readLocalFolder(path, input) {
    const listed = await (0,_model_ignore_file_js__WEBPACK_IMPORTED_MODULE_5__/* .listUploadFiles */ .pX)(path, input);
    const hashed = await (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFiles */ .yQ)(listed.files);
    return {
        path,
        files: hashed.map((f, i) => ({ ...f, absolutePath: listed.files[i].absolutePath })),
        digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_4__/* .combineDigest */ .uN)(hashed),
        ignore: listed.ignore,
        ignored: listed.ignored,
    };
}
/**
 * Uploads a local folder (scoring code, a Docker build context) to the default datastore as `az ml` uploads it:
 * LocalUpload/<its hash>/<the folder's own name>/... (see model/az-ml-hash.ts); blobs already there are skipped.
 */
async function uploadFolder(client, folder, log) {
    const datastore = await client.getDefaultDatastore();
    const secret = await client.getDatastoreSecrets(datastore.name);
    if (folder.ignored > 0)
        log(`${folder.ignored} files of ${folder.path} left out by its ${folder.ignore?.file ?? 'ignore file'}.`);
    const ignore = folder.ignore;
    const hash = await (0,_model_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_3__/* .azMlObjectHash */ .O)(folder.path, ignore ? (path) => ignore.excludes(path) : undefined);
    const prefix = (0,_azureml_blob_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .localUploadPath */ .sg)(hash, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(folder.path)));
    const upload = await (0,_azureml_blob_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadFiles */ .Zn)(folder.files, { containerUrl: (0,_azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore), accountName: datastore.accountName, secret, prefix }, { log });
    return { datastore, prefix, upload };
}


/***/ })

};
