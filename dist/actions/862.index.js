export const id = 862;
export const ids = [862];
export const modules = {

/***/ 32091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ht: () => (/* binding */ readBoundedText),
/* harmony export */   QW: () => (/* binding */ readBoundedTextSync),
/* harmony export */   f2: () => (/* binding */ MAX_SETTINGS_YAML_BYTES),
/* harmony export */   lj: () => (/* binding */ MAX_JSON_INPUT_BYTES)
/* harmony export */ });
/* unused harmony export formatCap */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);



/**
 * The largest JSON or YAML file an input names or a model folder holds (metrics files, package manifests, MLmodel).
 * A metrics file is a few hundred bytes, a manifest of 10,000 files about 1.5 MB; the CLI v2 YAML files
 * deploy-endpoint reads have their own, smaller cap (MAX_YAML_BYTES in src/deploy/yaml-reader.ts).
 */
const MAX_JSON_INPUT_BYTES = 4 * 1024 * 1024;
/** The largest settings YAML (setup-environments `config`): a few dozen lines in practice. */
const MAX_SETTINGS_YAML_BYTES = 256 * 1024;
/** `256 KiB`, `4 MiB`: how messages show a cap. */
function formatCap(bytes) {
    if (bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}
/** How messages name the input: `Input 'metrics-file'`, or a CLI flag's `--config`. */
const labelOf = (input, label) => label ?? `Input '${input}'`;
function tooBig(input, path, size, cap, label) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: ${path} is ${size === undefined ? 'larger than' : `${size} bytes, over`} the ${formatCap(cap)} ` +
        `this input accepts. Point it at the right file, or keep the file under ${formatCap(cap)}.`, input);
}
// O_NONBLOCK: opening a FIFO never waits for a writer (a regular file ignores the flag); it is refused below.
const OPEN_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function notAFile(input, path, label) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: ${path} is not a regular file (a folder, FIFO or device). Point it at a file.`, input);
}
/** Refuses, before a byte is read, what the open file's stat shows is no regular file or is over the cap. */
function checkOpened(info, input, path, cap, label) {
    if (!info.isFile())
        throw notAFile(input, path, label);
    if (info.size > cap)
        throw tooBig(input, path, info.size, cap, label);
}
function unreadable(input, path, error, label) {
    const code = error.code ?? String(error);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`${labelOf(input, label)}: cannot read ${path} (${code}).`, input);
}
/**
 * Reads a UTF-8 text file named by input `input`, at most `cap` bytes: a larger file (or one that grows while
 * read) is a ConfigurationError naming the input, the file and the cap, and nothing past the cap is read.
 * `label` replaces `Input '<input>'` in messages (a CLI names its flag).
 */
async function readBoundedText(path, input, cap, label) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OPEN_FLAGS);
    }
    catch (error) {
        throw unreadable(input, path, error, label);
    }
    try {
        checkOpened(await handle.stat(), input, path, cap, label);
        const buffer = Buffer.alloc(cap + 1);
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > cap)
                throw tooBig(input, path, undefined, cap, label);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** readBoundedText for synchronous callers (settings read by the CLI and setup-environments). */
function readBoundedTextSync(path, input, cap, label) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OPEN_FLAGS);
    }
    catch (error) {
        throw unreadable(input, path, error, label);
    }
    try {
        checkOpened((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd), input, path, cap, label);
        const buffer = Buffer.alloc(cap + 1);
        let length = 0;
        for (;;) {
            const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
            if (length > cap)
                throw tooBig(input, path, undefined, cap, label);
        }
        return buffer.subarray(0, length).toString('utf8');
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


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


/***/ }),

/***/ 74236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ DEFAULT_DATASTORE),
/* harmony export */   EL: () => (/* binding */ parseJobOutputUri),
/* harmony export */   Ff: () => (/* binding */ runDetailsPath),
/* harmony export */   Kl: () => (/* binding */ RUN_CHILDREN_CONTINUATION),
/* harmony export */   M8: () => (/* binding */ isTerminalJobStatus),
/* harmony export */   O9: () => (/* binding */ workspaceScope),
/* harmony export */   ON: () => (/* binding */ runChildrenPath),
/* harmony export */   l4: () => (/* binding */ jobOutputUri),
/* harmony export */   sH: () => (/* binding */ trackingUriToHttps),
/* harmony export */   tH: () => (/* binding */ MLFLOW_ROUTES),
/* harmony export */   wN: () => (/* binding */ defaultOutputPath)
/* harmony export */ });
/* unused harmony exports JOB_STATUSES, TERMINAL_JOB_STATUSES, STD_LOG, processStdLog, mlflowBasePath */
/* harmony import */ var _azureml_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25445);
// The Azure ML job contract that both sides share: the actions' client (src/jobs, src/azureml, run-job,
// register-model) and the emulator (src/emulator) import these, never write them twice.
//
// Two parts:
// - ARM (Jobs_*, in the 2026-07-01 spec): job statuses, the default output path, job output URIs.
// - The workspace's data plane, which azure-rest-api-specs does not describe: run history (a run's log files) and
//   MLflow tracking (metrics, params, tags). Shapes follow what azure-ai-ml calls (RunOperations.get_run_details,
//   _job_ops_helper.stream_logs_until_completion) and the MLflow REST API 2.0 that `mlflow.log_metric` uses.
//   The host is the workspace's: `properties.mlFlowTrackingUri` (azureml://<host>/mlflow/v1.0/<workspace id>) and
//   `properties.discoveryUrl` (GET -> { api: 'https://<host>' }). Both accept the ARM bearer token.

/** JobStatus of the spec, in the order a job normally goes through them. */
const JOB_STATUSES = (/* unused pure expression or super */ null && ([
    'NotStarted',
    'Starting',
    'Provisioning',
    'Preparing',
    'Queued',
    'Running',
    'Finalizing',
    'CancelRequested',
    'Completed',
    'Failed',
    'Canceled',
    'NotResponding',
    'Paused',
    'Unknown',
]));
/** Statuses after which a job never changes again (azure-ai-ml JobStatus terminal set, plus NotResponding). */
const TERMINAL_JOB_STATUSES = [
    'Completed',
    'Failed',
    'Canceled',
    'NotResponding',
];
const isTerminalJobStatus = (status) => TERMINAL_JOB_STATUSES.includes(status);
/** The workspace's default datastore, where job outputs and uploads go unless a YAML names another. */
const DEFAULT_DATASTORE = 'workspaceblobstore';
/**
 * Where an output goes when the job YAML gives no `path`: Azure ML's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/${{name}}/${{output_name}}/` (how-to-read-write-data-v2,
 * "Default output path"). Returns the path inside the datastore, ending with '/'.
 */
function defaultOutputPath(jobName, outputName) {
    return `azureml/${jobName}/${outputName}/`;
}
/** A job's named output as the CLI and the studio name it: azureml://jobs/<job>/outputs/<output>[/paths/<path>]. */
function jobOutputUri(jobName, outputName) {
    return `azureml://jobs/${jobName}/outputs/${outputName}`;
}
const JOB_OUTPUT_URI = /^azureml:\/\/jobs\/([A-Za-z0-9][A-Za-z0-9_.-]{0,254})\/outputs\/([A-Za-z0-9_]{1,255})(?:\/paths\/(.*))?\/?$/;
/** Parses azureml://jobs/<job>/outputs/<output>[/paths/<path>]; undefined when the URI is not one. */
function parseJobOutputUri(uri) {
    const m = JOB_OUTPUT_URI.exec(uri.trim());
    if (!m)
        return undefined;
    const path = (m[3] ?? '').replace(/^\/+|\/+$/g, '');
    if (path.split('/').some((part) => part === '..'))
        return undefined;
    return { job: m[1], output: m[2], path };
}
// ---- Data plane ----
/** `/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.MachineLearningServices/workspaces/<ws>`. */
function workspaceScope(subscriptionId, resourceGroup, workspace) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${_azureml_api_js__WEBPACK_IMPORTED_MODULE_0__/* .AZUREML_PROVIDER */ .T}/workspaces/${workspace}`;
}
/** Run history: a run's details, with its log files (RunOperations.get_run_details). */
const runDetailsPath = (scope, runId) => `/history/v1.0${scope}/runs/${encodeURIComponent(runId)}/details`;
/** The log a single-process job writes (Azure ML common runtime); a distributed job writes one per process. */
const STD_LOG = 'user_logs/std_log.txt';
const processStdLog = (rank) => `user_logs/std_log_process_${rank}.txt`;
/** The MLflow tracking base path of a workspace: what follows the host in its mlFlowTrackingUri. */
const mlflowBasePath = (scope) => `/mlflow/v1.0${scope}`;
/** The MLflow REST 2.0 routes a job's `mlflow.log_*` calls and run-job's read-back use, after the base path. */
const MLFLOW_ROUTES = {
    getRun: '/api/2.0/mlflow/runs/get',
    logMetric: '/api/2.0/mlflow/runs/log-metric',
    logParameter: '/api/2.0/mlflow/runs/log-parameter',
    logBatch: '/api/2.0/mlflow/runs/log-batch',
    setTag: '/api/2.0/mlflow/runs/set-tag',
    metricHistory: '/api/2.0/mlflow/metrics/get-history',
};
/** An azureml:// tracking URI (workspace mlFlowTrackingUri, a job's MLFLOW_TRACKING_URI) as the HTTPS base it names. */
function trackingUriToHttps(uri) {
    if (!/^azureml:\/\//.test(uri))
        throw new Error(`not an azureml:// tracking URI: ${uri.slice(0, 80)}`);
    return `https://${uri.slice('azureml://'.length)}`.replace(/\/+$/, '');
}
/** Run history: a run's child runs (a pipeline's steps), as azure-ai-ml's jobs.list(parent_job_name=) reads them. */
const runChildrenPath = (scope, runId) => `/history/v1.0${scope}/runs/${encodeURIComponent(runId)}/children`;
/**
 * The query parameter that asks for the children answer's next page, as azure-ai-ml's run history client names it
 * (_restclient/runhistory, runs get_child: `$continuationtoken`).
 */
const RUN_CHILDREN_CONTINUATION = '$continuationtoken';


/***/ }),

/***/ 95305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ hashFile),
/* harmony export */   K1: () => (/* binding */ DIGEST_TAG),
/* harmony export */   uN: () => (/* binding */ combineDigest),
/* harmony export */   yQ: () => (/* binding */ hashFiles),
/* harmony export */   yn: () => (/* binding */ SHA256_METADATA)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42710);



/**
 * The digest's format, in one place for every side that writes or checks it (register-model, deploy-endpoint,
 * model-copy, the emulator's provisioning):
 * - a model version carries its digest (combineDigest) in this tag (and property);
 * - each blob of its files carries its SHA-256 (hex) in this metadata key (Azure returns metadata keys in lower
 *   case), so the digest can be recomputed from a listing (path, size, sha256) without downloading a byte.
 */
const DIGEST_TAG = 'mlops.digest';
const SHA256_METADATA = 'sha256';
const READ_CHUNK = 1024 * 1024;
/** SHA-256 (hex) of one file, streamed in 1 MiB reads. */
function hashFile(path) {
    return new Promise((resolve, reject) => {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path, { highWaterMark: READ_CHUNK });
        stream.on('data', (chunk) => hash.update(chunk));
        stream.on('error', reject);
        stream.on('end', () => resolve(hash.digest('hex')));
    });
}
/** Hashes files, `concurrency` at a time, keeping their order. */
async function hashFiles(files, concurrency = 4) {
    const out = new Array(files.length);
    let next = 0;
    async function worker() {
        while (next < files.length) {
            const i = next++;
            const f = files[i];
            out[i] = { path: f.path, size: f.size, sha256: await hashFile(f.absolutePath) };
        }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
    return out;
}
/**
 * The content digest of a set of files: `sha256:` + SHA-256 over one line per file,
 * `path NUL size NUL sha256 LF`, in UTF-8 path byte order. It depends only on the
 * relative paths and the bytes: not on file order on disk, timestamps, permissions or platform.
 */
function combineDigest(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of [...files].sort((a, b) => (0,_files_js__WEBPACK_IMPORTED_MODULE_2__/* .compareUtf8 */ .z)(a.path, b.path))) {
        hash.update(`${f.path}\0${f.size}\0${f.sha256}\n`, 'utf8');
    }
    return `sha256:${hash.digest('hex')}`;
}


/***/ }),

/***/ 42710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   z: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);




/** Orders paths by their UTF-8 bytes, so every machine sorts them the same way. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
/**
 * Lists the regular files below `dir`, sorted by their UTF-8 path bytes.
 * A symlink is followed only when its target stays inside `dir`; one that leaves it,
 * a dangling one, or a special file (socket, FIFO, device) is a ConfigurationError
 * naming `inputName`. Directory symlink cycles are visited once.
 */
async function listFiles(dir, inputName) {
    let rootReal;
    try {
        rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
        if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(rootReal)).isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${dir} is not a directory. Point it at a folder.`, inputName);
        }
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${dir} does not exist. Check the path.`, inputName);
    }
    const out = [];
    const visited = new Set([rootReal]);
    async function walk(real, relDir) {
        for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(real)) {
            const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(real, name);
            const rel = relDir === '' ? name : `${relDir}/${name}`;
            let info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(full);
            let target = full;
            if (info.isSymbolicLink()) {
                try {
                    target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(full);
                }
                catch {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${rel} is a symlink whose target does not exist. Remove it or copy the file in.`, inputName);
                }
                if (!(0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(rootReal, target)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${rel} is a symlink to ${target}, outside ${dir}. Copy the file into the directory instead.`, inputName);
                }
                info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target);
            }
            if (info.isDirectory()) {
                if (visited.has(target))
                    continue;
                visited.add(target);
                await walk(target, rel);
            }
            else if (info.isFile()) {
                out.push({ path: rel, absolutePath: target, size: info.size });
            }
            else {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${inputName}': ${rel} is not a regular file (a socket, FIFO or device). Remove it from the directory.`, inputName);
            }
        }
    }
    await walk(rootReal, '');
    return out.sort((a, b) => compareUtf8(a.path, b.path));
}


/***/ }),

/***/ 9480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  me: () => (/* binding */ MODEL_TYPES),
  ey: () => (/* binding */ detectLayout),
  P$: () => (/* binding */ parseModelType)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __webpack_require__(32091);
;// CONCATENATED MODULE: ./src/model/mlflow.ts




const MLMODEL_FILE = 'MLmodel';
// Flavor keys whose value is a path inside the model directory (mlflow/<flavor>/__init__.py
// writes them: pyfunc `model_path`/`data`/`code`, sklearn `pickled_model`, pytorch and spark
// `model_data`, tensorflow `saved_model_dir`, xgboost/lightgbm/keras/onnx `data`).
const FLAVOR_PATH_KEYS = [
    'model_path',
    'data',
    'pickled_model',
    'model_data',
    'saved_model_dir',
    'code',
    'model_file',
];
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The environment files a pyfunc flavor names: `env: conda.yaml` (MLflow < 2) or `env: {conda, virtualenv}`. */
function environmentPaths(env) {
    if (typeof env === 'string')
        return [env];
    if (isMap(env))
        return Object.values(env).filter((v) => typeof v === 'string');
    return [];
}
function exists(files, dirs, ref) {
    return files.has(ref) || dirs.has(ref);
}
/**
 * Reads `<dir>/MLmodel` (listed in `files`) and checks that every file it names exists:
 * the flavors' model files, the environment files (conda.yaml, python_env.yaml, and the
 * requirements file python_env.yaml includes with `-r`), and the input example.
 * Errors are ConfigurationErrors naming `inputName` and the missing file.
 */
async function readMlflowModel(dir, files, inputName) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const dirs = new Set();
    for (const f of files) {
        for (let d = external_node_path_.posix.dirname(f.path); d !== '.'; d = external_node_path_.posix.dirname(d))
            dirs.add(d);
    }
    const paths = new Set(byPath.keys());
    const mlmodel = byPath.get(MLMODEL_FILE);
    if (!mlmodel)
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${dir} has no ${MLMODEL_FILE} file at its root.`, inputName);
    const text = await (0,bounded_read/* readBoundedText */.Ht)(mlmodel.absolutePath, inputName, bounded_read/* MAX_JSON_INPUT_BYTES */.lj);
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${MLMODEL_FILE} in ${dir} is not valid YAML (${reason}). Re-save the model with mlflow.<flavor>.save_model.`, inputName);
    }
    if (!isMap(doc) || !isMap(doc.flavors) || Object.keys(doc.flavors).length === 0) {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${MLMODEL_FILE} in ${dir} has no 'flavors' section, so it is not an MLflow model. ` +
            `Re-save it with mlflow.<flavor>.save_model, or set model-type to custom_model.`, inputName);
    }
    const wanted = [];
    for (const [flavor, conf] of Object.entries(doc.flavors)) {
        if (!isMap(conf))
            continue;
        for (const key of FLAVOR_PATH_KEYS) {
            if (typeof conf[key] === 'string')
                wanted.push({ ref: conf[key], what: `flavor '${flavor}' ${key}` });
        }
        for (const env of environmentPaths(conf.env))
            wanted.push({ ref: env, what: `flavor '${flavor}' env` });
    }
    const example = doc.saved_input_example_info;
    if (isMap(example) && typeof example.artifact_path === 'string') {
        wanted.push({ ref: example.artifact_path, what: 'saved_input_example_info artifact_path' });
    }
    const references = [];
    const check = (ref, what) => {
        const normal = external_node_path_.posix.normalize(ref.replace(/\\/g, '/')).replace(/\/+$/, '');
        if (external_node_path_.posix.isAbsolute(normal) || normal === '..' || normal.startsWith('../')) {
            throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${MLMODEL_FILE} ${what} is '${ref}', outside the model directory. ` +
                `Save the model so that every file it needs is inside ${dir}.`, inputName);
        }
        if (normal !== '.' && !exists(paths, dirs, normal)) {
            throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${MLMODEL_FILE} ${what} names '${ref}', which is missing from ${dir}. ` +
                `Copy the whole MLflow model directory (not only ${MLMODEL_FILE}), or re-save it with mlflow.<flavor>.save_model.`, inputName);
        }
        if (!references.includes(normal))
            references.push(normal);
        return normal;
    };
    for (const { ref, what } of wanted) {
        const normal = check(ref, what);
        if (external_node_path_.posix.basename(normal) === 'python_env.yaml' && byPath.has(normal)) {
            for (const req of await requirementsIncludes(byPath.get(normal).absolutePath)) {
                check(external_node_path_.posix.join(external_node_path_.posix.dirname(normal), req), `${normal} dependency '-r ${req}'`);
            }
        }
    }
    return { flavors: Object.keys(doc.flavors), references };
}
/** The files a python_env.yaml includes with `-r <file>` among its dependencies. */
async function requirementsIncludes(path) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(await (0,bounded_read/* readBoundedText */.Ht)(path, 'model-path', bounded_read/* MAX_JSON_INPUT_BYTES */.lj));
    }
    catch {
        return [];
    }
    const out = [];
    for (const key of ['build_dependencies', 'dependencies']) {
        const list = isMap(doc) ? doc[key] : undefined;
        if (!Array.isArray(list))
            continue;
        for (const dep of list) {
            const m = typeof dep === 'string' ? /^-r\s+(\S+)$/.exec(dep.trim()) : null;
            if (m)
                out.push(m[1]);
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/model/onnx.ts

// ModelProto's fields and their protobuf wire types (onnx/onnx.proto): a file whose top level
// uses one of these numbers with another wire type is not an ONNX model.
const MODEL_PROTO_FIELDS = new Map([
    [1, 0], // ir_version (int64)
    [2, 2], // producer_name
    [3, 2], // producer_version
    [4, 2], // domain
    [5, 0], // model_version (int64)
    [6, 2], // doc_string
    [7, 2], // graph (GraphProto)
    [8, 2], // opset_import
    [14, 2], // metadata_props
    [20, 2], // training_info
    [25, 2], // functions
]);
const IR_VERSION = 1;
const GRAPH = 7;
const MAX_TOP_LEVEL_FIELDS = 1_000_000;
async function readVarint(file, position, size) {
    const buf = Buffer.alloc(10);
    const { bytesRead } = await file.read(buf, 0, Math.min(10, size - position), position);
    let value = 0n;
    for (let i = 0; i < bytesRead; i++) {
        const byte = buf[i];
        value |= BigInt(byte & 0x7f) << BigInt(7 * i);
        if ((byte & 0x80) === 0)
            return [value, i + 1];
    }
    throw new Error(`a truncated varint at byte ${position}`);
}
/**
 * Checks that a file is shaped like a serialized ONNX ModelProto: it walks the top-level
 * protobuf fields (reading only their headers, so a large model costs a few reads), requires
 * `ir_version` and `graph`, and requires the fields to end exactly at the end of the file.
 * Returns undefined when it looks valid, else the reason it does not.
 */
async function checkOnnxModel(path) {
    const file = await (0,promises_.open)(path, 'r');
    try {
        const size = (await file.stat()).size;
        if (size === 0)
            return 'the file is empty';
        const seen = new Set();
        let position = 0;
        for (let n = 0; position < size; n++) {
            if (n > MAX_TOP_LEVEL_FIELDS)
                return 'too many top-level fields for a ModelProto';
            const [key, keyLength] = await readVarint(file, position, size);
            position += keyLength;
            const field = Number(key >> 3n);
            const wireType = Number(key & 7n);
            if (field === 0)
                return `an invalid protobuf field number 0 at byte ${position - keyLength}`;
            const expected = MODEL_PROTO_FIELDS.get(field);
            if (expected !== undefined && expected !== wireType) {
                return `field ${field} of ModelProto has wire type ${wireType}, expected ${expected}`;
            }
            switch (wireType) {
                case 0:
                    position += (await readVarint(file, position, size))[1];
                    break;
                case 1:
                    position += 8;
                    break;
                case 2: {
                    const [length, lengthBytes] = await readVarint(file, position, size);
                    position += lengthBytes + Number(length);
                    break;
                }
                case 5:
                    position += 4;
                    break;
                default:
                    return `an unsupported protobuf wire type ${wireType} at byte ${position - keyLength}`;
            }
            if (position > size)
                return `field ${field} runs past the end of the file (truncated?)`;
            seen.add(field);
        }
        if (!seen.has(IR_VERSION))
            return 'it has no ir_version field';
        if (!seen.has(GRAPH))
            return 'it has no graph field';
        return undefined;
    }
    catch (error) {
        return error instanceof Error ? error.message : String(error);
    }
    finally {
        await file.close();
    }
}

;// CONCATENATED MODULE: ./src/model/layout.ts



/** Azure ML model asset types (ModelVersion.properties.modelType) this project packages. */
const MODEL_TYPES = ['custom_model', 'mlflow_model', 'triton_model'];
const DEFAULT_INPUTS = { path: 'model-path', type: 'model-type' };
const TRITON_CONFIG = 'config.pbtxt';
/** Triton model repository: `<model>/config.pbtxt` and `<model>/<version>/...` with integer versions. */
function tritonModels(files) {
    const models = files
        .map((f) => f.path.split('/'))
        .filter((parts) => parts.length === 2 && parts[1] === TRITON_CONFIG)
        .map((parts) => parts[0]);
    const versionless = models.filter((model) => !files.some((f) => /^[0-9]+$/.test(f.path.split('/')[1] ?? '') &&
        f.path.startsWith(`${model}/`) &&
        f.path.split('/').length > 2));
    return { models, versionless, rootConfig: files.some((f) => f.path === TRITON_CONFIG) };
}
/**
 * Works out a model directory's Azure ML model type and layout, and validates it:
 * - an `MLmodel` file at the root: mlflow_model, and every file it names must exist;
 * - `<model>/config.pbtxt` with numeric version folders: triton_model (a Triton model repository);
 * - `*.onnx` files: custom_model with the onnx layout, each file shaped like an ONNX ModelProto;
 * - anything else: custom_model.
 * `requested` is the user's model type (undefined for auto); one that contradicts the files is a
 * ConfigurationError naming the type input and the fix. An empty directory is an error too.
 */
async function detectLayout(dir, files, requested, inputs = DEFAULT_INPUTS) {
    const pathInput = inputs.path;
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j(`Input '${pathInput}': ${dir} has no files. Point it at the folder your training step wrote the model to.`, pathInput);
    }
    const warnings = [];
    const hasMlmodel = files.some((f) => f.path === MLMODEL_FILE);
    const nestedMlmodel = files.find((f) => f.path.endsWith(`/${MLMODEL_FILE}`));
    const triton = tritonModels(files);
    const onnxFiles = files.filter((f) => f.path.toLowerCase().endsWith('.onnx')).map((f) => f.path);
    const mlflowFix = nestedMlmodel
        ? ` Found ${nestedMlmodel.path}: set ${pathInput} to the folder that holds it.`
        : '';
    let modelType;
    if (requested === 'mlflow_model') {
        if (!hasMlmodel) {
            throw new errors/* ConfigurationError */.j(`Input '${inputs.type}' is mlflow_model, but ${dir} has no ${MLMODEL_FILE} file at its root.${mlflowFix} ` +
                `Otherwise set ${inputs.type} to custom_model (or auto).`, inputs.type);
        }
        modelType = 'mlflow_model';
    }
    else if (requested === 'triton_model') {
        if (triton.models.length === 0) {
            const hint = triton.rootConfig
                ? ` ${TRITON_CONFIG} is at the root: Azure ML expects a model repository, <repository>/<model>/${TRITON_CONFIG}, so move the files into a folder named after the model.`
                : ` Lay it out as a Triton model repository (<model>/${TRITON_CONFIG} and <model>/1/...), or set ${inputs.type} to custom_model (or auto).`;
            throw new errors/* ConfigurationError */.j(`Input '${inputs.type}' is triton_model, but ${dir} has no <model>/${TRITON_CONFIG}.${hint}`, inputs.type);
        }
        modelType = 'triton_model';
    }
    else if (requested === 'custom_model') {
        modelType = 'custom_model';
        if (hasMlmodel)
            warnings.push(`${dir} is an MLflow model, registered as custom_model as requested: Azure ML will not deploy it without a scoring script.`);
        else if (triton.models.length > 0)
            warnings.push(`${dir} is a Triton model repository, registered as custom_model as requested.`);
    }
    else {
        modelType = hasMlmodel ? 'mlflow_model' : triton.models.length > 0 ? 'triton_model' : 'custom_model';
        if (modelType === 'custom_model' && nestedMlmodel) {
            warnings.push(`Found ${nestedMlmodel.path} below ${dir}: to register an MLflow model, set ${pathInput} to the folder that holds it.`);
        }
    }
    if (modelType === 'mlflow_model') {
        const info = await readMlflowModel(dir, files, pathInput);
        return { modelType, layout: 'mlflow', flavors: info.flavors, references: info.references, warnings };
    }
    if (modelType === 'triton_model') {
        if (triton.versionless.length > 0) {
            throw new errors/* ConfigurationError */.j(`Input '${pathInput}': Triton model '${triton.versionless[0]}' in ${dir} has no version folder with files. ` +
                `Put the model file in ${triton.versionless[0]}/1/ (version folders are integers).`, pathInput);
        }
        return { modelType, layout: 'triton', tritonModels: triton.models, warnings };
    }
    if (onnxFiles.length > 0) {
        const byPath = new Map(files.map((f) => [f.path, f]));
        for (const path of onnxFiles) {
            const problem = await checkOnnxModel(byPath.get(path).absolutePath);
            if (problem) {
                throw new errors/* ConfigurationError */.j(`Input '${pathInput}': ${path} is not a valid ONNX model (${problem}). Re-export it (torch.onnx.export, skl2onnx, ...) or remove it.`, pathInput);
            }
        }
        return { modelType, layout: 'onnx', onnxFiles, warnings };
    }
    return { modelType, layout: 'custom', warnings };
}
/** Parses a model-type input: `auto` (or empty) -> undefined, else one of MODEL_TYPES. */
function parseModelType(value, inputName = 'model-type') {
    const v = (value ?? '').trim();
    if (v === '' || v === 'auto')
        return undefined;
    if (MODEL_TYPES.includes(v))
        return v;
    throw new errors/* ConfigurationError */.j(`Input '${inputName}': '${v}' is not a model type. Use auto, ${MODEL_TYPES.join(', ')}.`, inputName);
}


/***/ }),

/***/ 57820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ commitUrl),
/* harmony export */   p: () => (/* binding */ lineageFromEnv)
/* harmony export */ });
/**
 * Lineage from the variables the GitHub runner sets: GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY,
 * GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_SERVER_URL and GITHUB_WORKFLOW. Parts whose key
 * variable (GITHUB_SHA, GITHUB_RUN_ID) is unset are left out.
 */
function lineageFromEnv(env = process.env) {
    const value = (name) => {
        const v = env[name]?.trim();
        return v ? v : undefined;
    };
    const out = {};
    const commit = value('GITHUB_SHA');
    if (commit) {
        out.git = { commit };
        const ref = value('GITHUB_REF');
        const repository = value('GITHUB_REPOSITORY');
        if (ref)
            out.git.ref = ref;
        if (repository)
            out.git.repository = repository;
    }
    const id = value('GITHUB_RUN_ID');
    if (id) {
        out.run = { id };
        const attempt = value('GITHUB_RUN_ATTEMPT');
        const server = (value('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, '');
        const repository = value('GITHUB_REPOSITORY');
        const workflow = value('GITHUB_WORKFLOW');
        if (attempt)
            out.run.attempt = attempt;
        if (repository)
            out.run.url = `${server}/${repository}/actions/runs/${id}${attempt ? `/attempts/${attempt}` : ''}`;
        if (workflow)
            out.run.workflow = workflow;
    }
    return out;
}
/** A link to the commit on the server, when the repository is known. */
function commitUrl(git, env = process.env) {
    if (!git.repository)
        return undefined;
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${git.repository}/commit/${git.commit}`;
}


/***/ })

};
