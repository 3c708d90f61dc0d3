export const id = 964;
export const ids = [964];
export const modules = {

/***/ 97091:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/azureml/data-registration.ts
var data_registration = __webpack_require__(8292);
// EXTERNAL MODULE: ./src/azureml/blob-upload.ts
var blob_upload = __webpack_require__(79393);
// EXTERNAL MODULE: ./src/data/data-source.ts
var data_source = __webpack_require__(32514);
// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/contract/asset-names.ts
var asset_names = __webpack_require__(61199);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/register-model/inputs.ts
var inputs = __webpack_require__(95420);
// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/register-data/inputs.ts








function validateDataName(value, input = 'name') {
    if (!asset_names/* ASSET_NAME */.jc.test(value)) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': '${value}' is not a valid Azure ML data asset name. Use 1-255 letters, digits, '-' or '_', ` +
            `starting with a letter or digit (for example diabetes-data).`, input);
    }
    return value;
}
function validateDataVersion(value, input = 'version') {
    if (!asset_names/* ASSET_VERSION */.mg.test(value)) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': '${value}' is not a valid data asset version. Use up to 30 letters, digits, '-', '_' or '.', ` +
            `starting with a letter or digit (for example 1 or 2024.06.1); leave it empty for the next integer.`, input);
    }
    return value;
}
/** Parses and validates every input before any call to Azure; each mistake names its input and the fix. */
async function getInputs(env = process.env) {
    const nameValue = core/* getInput */.V4('name').trim();
    if (nameValue === '') {
        throw new errors/* ConfigurationError */.j(`Input 'name' is required: the data asset's name, e.g. diabetes-data.`, 'name');
    }
    const name = validateDataName(nameValue);
    const pathValue = core/* getInput */.V4('path').trim();
    if (pathValue === '') {
        throw new errors/* ConfigurationError */.j(`Input 'path' is required: a local file or folder (e.g. examples/diabetes/data/diabetes.csv), ` +
            `or where the data is (azureml://datastores/<datastore>/paths/<path>, an https URL).`, 'path');
    }
    const dataType = (0,data_source/* parseDataType */.yI)(core/* getInput */.V4('type'), 'type');
    let localPath;
    let uri;
    if ((0,data_source/* isRemoteUri */.DE)(pathValue)) {
        uri = (0,data_source/* readUriData */.HX)(pathValue, dataType, 'path').uri;
    }
    else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathValue) || pathValue.startsWith('azureml:')) {
        throw new errors/* ConfigurationError */.j(`Input 'path': '${pathValue}' is neither a local path nor a URI Azure ML reads data from. ` +
            `Give a local file or folder, azureml://datastores/<datastore>/paths/<path>, or an https URL.`, 'path');
    }
    else {
        localPath = (0,path_inputs/* resolveInputPath */.qL)(pathValue, env);
        if (!(await (0,promises_.stat)(localPath).catch(() => undefined))) {
            throw new errors/* ConfigurationError */.j(`Input 'path': ${localPath} does not exist. Check the path (relative paths start at the workspace).`, 'path');
        }
        await (0,path_inputs/* requireInsideRoots */.n5)('path', localPath, (0,path_inputs/* inputRoots */.Il)(env), 'Register data from the repository (or RUNNER_TEMP), as uploaded files must be files of this run.');
    }
    core/* debug */.Yz(`path = ${localPath ?? uri}, type = ${dataType ?? 'auto'}`);
    const versionValue = core/* getInput */.V4('version').trim();
    const version = versionValue === '' ? undefined : validateDataVersion(versionValue);
    const tags = (0,inputs/* parseTags */.rL)(core/* getMultilineInput */.q3('tags'), 'tags');
    const descriptionValue = core/* getInput */.V4('description').trim();
    if (descriptionValue.length > 5000) {
        throw new errors/* ConfigurationError */.j(`Input 'description' is longer than 5000 characters. Shorten it.`, 'description');
    }
    const workspace = (0,workspace_inputs/* getWorkspaceInputs */.tS)();
    return {
        name,
        ...(localPath ? { localPath } : {}),
        ...(uri ? { uri } : {}),
        ...(dataType ? { dataType } : {}),
        ...(version ? { version } : {}),
        ...(descriptionValue ? { description: descriptionValue } : {}),
        tags,
        workspace,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/register-data/summary.ts

const mb = (bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
/** The job summary: the data asset version, whether it was reused, where its data is, what was uploaded. */
function renderDataSummary(result, address) {
    const v = result.version;
    const code = (text) => `<code>${(0,html/* escapeHtml */.Z)(text)}</code>`;
    const rows = [
        ['Workspace', (0,html/* escapeHtml */.Z)(`${address.workspace} (resource group ${address.resourceGroup})`)],
        ['Data asset', code(result.uri)],
        [
            'Version',
            `${(0,html/* escapeHtml */.Z)(v.version)} (${result.reused ? 'reused: this data was already registered' : 'new'})`,
        ],
        ['Type', (0,html/* escapeHtml */.Z)(v.dataType)],
        ['Data', code(v.dataUri)],
        ['Digest', code(result.digest)],
    ];
    const u = result.upload;
    rows.push([
        'Upload',
        u
            ? `${u.uploadedFiles} files (${mb(u.uploadedBytes)}) uploaded, ${u.skippedFiles} already there, in ${u.seconds.toFixed(1)} s`
            : 'nothing',
    ]);
    if (result.deletedDuplicate !== undefined) {
        rows.push([
            'Concurrent run',
            `another run registered this data first: version ${(0,html/* escapeHtml */.Z)(result.deletedDuplicate)}, created by this run, was deleted`,
        ]);
    }
    rows.push(['ARM id', code(result.id)]);
    return `<h2>Data asset ${(0,html/* escapeHtml */.Z)(v.name)}:${(0,html/* escapeHtml */.Z)(v.version)}</h2>\n${(0,html/* htmlTable */.I)(undefined, rows)}\n`;
}

;// CONCATENATED MODULE: ./src/actions/register-data/main.ts







/** register-data: registers a data asset version from local files (uploaded) or a URI, idempotently. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', () => getInputs());
    const source = await core/* group */.Os('Read the data', async () => {
        if (inputs.uri) {
            const data = (0,data_source/* readUriData */.HX)(inputs.uri, inputs.dataType, 'path');
            core/* info */.pq(`${data.uri}: ${data.dataType}, registered where it is (nothing uploaded)`);
            return data;
        }
        const data = await (0,data_source/* readLocalData */.EZ)(inputs.localPath, inputs.dataType, 'path');
        core/* info */.pq(`${data.path}: ${data.dataType}, ${data.files.length} file(s), ${(data.bytes / (1024 * 1024)).toFixed(1)} MB, digest ${data.digest}`);
        if (data.ignored > 0)
            core/* info */.pq(`${data.ignored} file(s) left out by the folder's ignore file (as az ml does).`);
        return data;
    });
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const result = await core/* group */.Os(`Register data asset ${inputs.name}`, () => (0,data_registration/* registerData */.Oq)(client, {
        name: inputs.name,
        ...(inputs.version ? { version: inputs.version } : {}),
        ...(inputs.description ? { description: inputs.description } : {}),
        userTags: inputs.tags,
        source,
    }, { upload: blob_upload/* uploadFiles */.Zn, log: (line) => core/* info */.pq(line), env: process.env }));
    core/* info */.pq(`${result.reused ? 'Reused' : 'Registered'} ${result.uri} (${result.version.dataUri})`);
    core/* setOutput */.uH('data-id', result.id);
    core/* setOutput */.uH('name', inputs.name);
    core/* setOutput */.uH('version', result.version.version);
    core/* setOutput */.uH('uri', result.uri);
    core/* setOutput */.uH('data-uri', result.version.dataUri);
    core/* setOutput */.uH('digest', result.digest);
    core/* setOutput */.uH('reused', result.reused ? 'true' : 'false');
    await core/* summary */.z.addRaw(renderDataSummary(result, inputs.workspace.address)).write();
}

;// CONCATENATED MODULE: ./src/actions/register-data/index.ts
// The function the register-data action's step runs (src/actions/index.ts runs it).



/***/ }),

/***/ 95420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ getInputs),
/* harmony export */   rL: () => (/* binding */ parseTags)
/* harmony export */ });
/* unused harmony exports MODEL_VERSION_PATTERN, RESERVED_TAG_PREFIX, validateVersion, resolveModelPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14116);
/* harmony import */ var _contract_jobs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74236);
/* harmony import */ var _azureml_model_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60127);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _model_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(81601);
/* harmony import */ var _shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55746);
/* harmony import */ var _shared_workspace_inputs_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(45940);








/**
 * Model versions: unlike data and environment assets, a registered model's version must be a positive
 * integer (https://github.com/Azure/azureml-examples/issues/2725). We also keep it within 32 bits.
 */
const MODEL_VERSION_PATTERN = /^[1-9][0-9]{0,9}$/;
const MAX_VERSION = 2 ** 31 - 1;
/** Tag keys we write ourselves (lineage); user tags may not use this prefix. */
const RESERVED_TAG_PREFIX = 'mlops.';
const MAX_TAGS = 50;
function validateVersion(value, inputName = 'version') {
    if (!MODEL_VERSION_PATTERN.test(value) || Number(value) > MAX_VERSION) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a valid model version. Azure ML model versions are positive integers ` +
            `(1, 2, 3, ...); leave '${inputName}' empty to take the next one.`, inputName);
    }
    return value;
}
/**
 * Parses `key=value` lines: blank lines and `#` comments are skipped; the value is everything after the first
 * `=` (trimmed; it may be empty). A line without `=`, an empty key, a key with `,` or `=`, a duplicate key, or a
 * key starting with `mlops.` is a ConfigurationError naming the line.
 */
function parseTags(lines, inputName = 'tags') {
    const tags = {};
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const fail = (why) => {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input '${inputName}', line ${i + 1} ('${line}'): ${why}. Write one tag per line as key=value, e.g. team=fraud.`, inputName);
        };
        const at = line.indexOf('=');
        if (at < 0)
            fail('there is no "="');
        const key = line.slice(0, at).trim();
        const value = line.slice(at + 1).trim();
        if (key === '')
            fail('the key is empty');
        if (key.length > 256)
            fail('the key is longer than 256 characters');
        if (/[,\s]/.test(key))
            fail('the key contains a comma or a space');
        if (key.toLowerCase().startsWith(RESERVED_TAG_PREFIX))
            fail(`keys starting with "${RESERVED_TAG_PREFIX}" are set by this action`);
        if (Object.hasOwn(tags, key))
            fail(`the key "${key}" is given twice`);
        if (value.length > 5000)
            fail('the value is longer than 5000 characters');
        tags[key] = value;
    });
    if (Object.keys(tags).length > MAX_TAGS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input '${inputName}': more than ${MAX_TAGS} tags. Keep the list short.`, inputName);
    }
    return tags;
}
/**
 * Resolves `model-path` against GITHUB_WORKSPACE and checks it is a folder (or one model file) inside GITHUB_WORKSPACE or RUNNER_TEMP
 * (where package-model writes packages by default), when those are set.
 */
async function resolveModelPath(value, env = process.env) {
    const input = 'model-path';
    if (value === '') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input '${input}' is required: set it to a package from package-model (steps.<id>.outputs.package-path) or a model folder.`, input);
    }
    // A single model file is accepted too, as `az ml model create --path model.pkl` accepts it.
    const isFile = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveInputPath */ .qL)(value, env)).then((info) => info.isFile(), () => false);
    const path = isFile
        ? await (0,_shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .existingFile */ ._h)(input, value, env)
        : await (0,_shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .existingDir */ .Tc)(input, value, 'the package, model folder or model file', env);
    await (0,_shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .requireInsideRoots */ .n5)(input, path, (0,_shared_path_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .inputRoots */ .Il)(env), "Register models from the workspace (or package-model's output below RUNNER_TEMP).");
    return path;
}
/** Parses and validates every input before any call to Azure; each mistake names its input and the fix. */
async function getInputs() {
    const sourceValue = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('source');
    const modelPathValue = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('model-path');
    if (sourceValue && modelPathValue) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'source': source and model-path are both set. Give model-path to register files, or source to promote a version from another workspace or register a job's output.`, 'source');
    }
    const jobOutput = sourceValue ? (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJobOutputUri */ .EL)(sourceValue) : undefined;
    if (!jobOutput && /^azureml:\/\/jobs\//i.test(sourceValue.trim())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'source': '${sourceValue}' is not a job output. Write azureml://jobs/<job>/outputs/<output>[/paths/<path>] ` +
            `(run-job's outputs output lists them).`, 'source');
    }
    const source = sourceValue && !jobOutput ? (0,_azureml_model_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseModelVersionAddress */ .lm)(sourceValue, 'source') : undefined;
    const modelPath = source || jobOutput ? undefined : await resolveModelPath(modelPathValue);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`model-path = ${modelPath ?? '-'}, source = ${sourceValue || '-'}`);
    const approvedBy = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('approved-by') || undefined;
    const nameValue = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('name');
    const name = nameValue === '' ? undefined : (0,_model_names_js__WEBPACK_IMPORTED_MODULE_5__/* .validateModelName */ .H)(nameValue, 'name');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`name = ${name ?? '(from the package)'}`);
    const versionValue = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('version');
    const version = versionValue === '' ? undefined : validateVersion(versionValue, 'version');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`version = ${version ?? '(next)'}`);
    const tags = parseTags(_actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getMultilineInput */ .q3('tags'), 'tags');
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz(`tags = ${JSON.stringify(tags)}`);
    const descriptionValue = _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4('description', { trimWhitespace: true });
    const description = descriptionValue === '' ? undefined : descriptionValue;
    if (description && description.length > 5000) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'description' is longer than 5000 characters. Shorten it.`, 'description');
    }
    if (jobOutput) {
        if (!name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'name' is required with a job output as source: the model's name, e.g. diabetes-classifier.`, 'name');
        }
        if (approvedBy) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'approved-by' records who approved a promotion; a job output is registered, not promoted. Leave it empty.`, 'approved-by');
        }
    }
    if (source && (name || version)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input '${name ? 'name' : 'version'}': a promotion keeps the source's name and version (${source.name}:${source.version}); leave it empty with source.`, name ? 'name' : 'version');
    }
    const workspace = (0,_shared_workspace_inputs_js__WEBPACK_IMPORTED_MODULE_7__/* .getWorkspaceInputs */ .tS)();
    if (source &&
        source.workspace.toLowerCase() === workspace.address.workspace.toLowerCase() &&
        source.resourceGroup.toLowerCase() === workspace.address.resourceGroup.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigurationError */ .j(`Input 'source': ${source.name}:${source.version} is already in workspace '${source.workspace}', the target. Promote into another workspace (set workspace).`, 'source');
    }
    return {
        modelPath,
        source,
        ...(jobOutput ? { jobOutput } : {}),
        approvedBy,
        name,
        version,
        tags,
        description,
        workspace,
    };
}


/***/ }),

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


/***/ }),

/***/ 81601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ validateModelName)
/* harmony export */ });
/* unused harmony export MODEL_NAME_PATTERN */
/* harmony import */ var _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61199);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/**
 * Azure ML model names: `^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$`, letters, digits, '-' and '_', starting with a
 * letter or digit, at most 255 characters. In the 2026-07-01 spec (AZUREML_API_VERSION) this is the `modelName`
 * pattern of the registry model operations (RegistryModelContainers/RegistryModelVersions), where a version is
 * promoted to; the workspace ModelVersions `name` parameter has none there but had the same one in earlier
 * versions, so a name that passes here is valid in both places.
 */
const MODEL_NAME_PATTERN = _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_NAME */ .jc;
/** Returns `value` when it is a valid model name; otherwise a ConfigurationError naming `inputName`. */
function validateModelName(value, inputName = 'name') {
    if (!MODEL_NAME_PATTERN.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a valid Azure ML model name. Use 1-255 letters, digits, '-' or '_', ` +
            `starting with a letter or digit (for example diabetes-classifier).`, inputName);
    }
    return value;
}


/***/ })

};
