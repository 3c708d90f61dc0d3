export const id = 306;
export const ids = [306];
export const modules = {

/***/ 3987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CA: () => (/* binding */ unlessNotFound),
/* harmony export */   Hv: () => (/* binding */ AzureMLError),
/* harmony export */   ZO: () => (/* binding */ translateError)
/* harmony export */ });
/* unused harmony export isNotFound */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2051);


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

/***/ 2306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadJobOutput: () => (/* binding */ downloadJobOutput),
  jobLineageOf: () => (/* binding */ jobLineageOf)
});

// UNUSED EXPORTS: readJobOutputModel, registerJobOutputModel

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/model/files.ts
var files = __webpack_require__(2710);
;// CONCATENATED MODULE: ./src/model/az-ml-hash.ts





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
        const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
        stream.on('data', (chunk) => hash.update(chunk));
        stream.on('error', reject);
        stream.on('end', () => resolve());
    });
}
/** Entry names in the order the directory lists them (fs.opendir does not sort, unlike fs.readdir). */
async function rawNames(dir) {
    const names = [];
    for await (const entry of await opendir(dir))
        names.push(entry.name);
    return names;
}
/** Python's `sorted(key=lambda p: str(p).lower())`: code point order of the lower-cased names, stable. */
function cliOrder(names) {
    return names
        .map((name, i) => ({ name, key: name.toLowerCase(), i }))
        .sort((a, b) => compareUtf8(a.key, b.key) || a.i - b.i)
        .map((e) => e.name);
}
async function feedDir(hash, dir, rel, excluded, visited) {
    for (const name of cliOrder(await rawNames(dir))) {
        const full = join(dir, name);
        const relPath = rel === '' ? name : `${rel}/${name}`;
        if (excluded(relPath))
            continue;
        const target = await realpath(full);
        const info = await stat(target);
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
async function az_ml_hash_azMlObjectHash(path, excluded = () => false) {
    const hash = createHash('md5').update(AZ_ML_HASH_SEED, 'utf8');
    const root = await realpath(path);
    if ((await stat(root)).isDirectory())
        await feedDir(hash, root, '', excluded, new Set([root]));
    else
        await feedFile(hash, root);
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(5305);
;// CONCATENATED MODULE: ./src/model/ignore-file.ts




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
const ignore_file_IGNORE_FILE_NAMES = (/* unused pure expression or super */ null && (['.amlignore', '.gitignore']));
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
    for (const file of ignore_file_IGNORE_FILE_NAMES) {
        let text;
        try {
            text = await readFile(join(dir, file), 'utf8');
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
                throw new ConfigurationError(`Input '${inputName}': ${join(dir, file)} line ${n + 1}: ${error.message}. Fix the pattern (the Azure ML CLI refuses it too).`, inputName);
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
async function ignore_file_listUploadFiles(dir, inputName) {
    const all = await listFiles(dir, inputName);
    const ignore = await readIgnoreFile(dir, inputName);
    if (!ignore)
        return { files: all, ignored: 0 };
    const files = all.filter((f) => !ignore.excludes(f.path));
    return { files, ignore, ignored: all.length - files.length };
}

// EXTERNAL MODULE: ./src/model/layout.ts + 2 modules
var layout = __webpack_require__(9480);
// EXTERNAL MODULE: ./src/model/package.ts + 2 modules
var model_package = __webpack_require__(6883);
;// CONCATENATED MODULE: ./src/model/model-source.ts








async function kindOf(path, inputName) {
    try {
        const info = await stat(path);
        if (info.isDirectory())
            return 'folder';
        if (info.isFile())
            return 'file';
    }
    catch {
        throw new ConfigurationError(`Input '${inputName}': ${path} does not exist. Check the path.`, inputName);
    }
    throw new ConfigurationError(`Input '${inputName}': ${path} is neither a folder nor a regular file. Point it at the model's folder or file.`, inputName);
}
/**
 * Reads `path` as the CLI v2 reads a model's `path`: a package-model package (verified against its manifest),
 * a plain model folder, or a single file (`model: path: ../model/sklearn_regression_model.pkl`). The files are
 * listed and hashed and the layout detected as package-model would; `options.modelType` is checked against them
 * (a single file can only be a custom_model: MLflow and Triton models are folders).
 */
async function model_source_readModelSource(path, options = {}) {
    const inputName = options.inputName ?? 'model-path';
    const typeInput = options.typeInputName ?? inputName;
    const requested = options.modelType;
    const kind = await kindOf(path, inputName);
    const rootName = basename(resolve(path));
    if (kind === 'folder') {
        const pkg = await readPackage(path, inputName);
        if (pkg) {
            if (requested && requested !== pkg.manifest.modelType) {
                throw new ConfigurationError(`Input '${typeInput}' is ${requested}, but the package at ${path} holds a ${pkg.manifest.modelType} (package-model decided it). ` +
                    `Set ${typeInput} to ${pkg.manifest.modelType}, or package the model again with that type.`, typeInput);
            }
            const byPath = new Map(pkg.hashedFiles.map((h) => [h.path, h.sha256]));
            const files = pkg.modelFiles.map((f) => ({ ...f, sha256: byPath.get(f.path) }));
            return {
                kind: 'package',
                path: pkg.modelDir,
                rootName: basename(pkg.modelDir),
                uploadHash: await azMlObjectHash(pkg.modelDir),
                digest: pkg.manifest.digest,
                modelType: pkg.manifest.modelType,
                layout: pkg.manifest.layout,
                files,
                bytes: files.reduce((n, f) => n + f.size, 0),
                manifest: pkg.manifest,
                // The manifest's digest covers every file: an ignore file in a package is not applied (az ml would apply it).
                warnings: files
                    .filter((f) => IGNORE_FILE_NAMES.includes(f.path))
                    .map((f) => `The package's model folder has a ${f.path}: every file of the package is registered. Remove the ignore file, or the files it names, before package-model.`),
            };
        }
    }
    let entries;
    const warnings = [];
    let excluded;
    if (kind === 'folder') {
        // As `az ml` uploads a folder: without what its .amlignore (else .gitignore) excludes.
        const listed = await listUploadFiles(path, inputName);
        entries = listed.files;
        excluded = listed.ignore?.excludes;
        if (listed.ignore && listed.ignored > 0) {
            warnings.push(`${listed.ignored} file(s) of ${path} left out, as its ${listed.ignore.file} says (the Azure ML CLI leaves them out too).`);
        }
    }
    else {
        if (requested === 'mlflow_model' || requested === 'triton_model') {
            throw new ConfigurationError(`Input '${typeInput}' is ${requested}, but ${path} is a single file: ` +
                `${requested === 'mlflow_model' ? 'an MLflow model is a folder with an MLmodel file' : 'a Triton model is a model repository folder'}. ` +
                `Point the path at that folder, or set the type to custom_model.`, typeInput);
        }
        const info = await stat(path);
        entries = [{ path: rootName, absolutePath: resolve(path), size: info.size }];
    }
    // A single file is a custom_model (detectLayout still checks an .onnx file).
    const detected = await detectLayout(path, entries, kind === 'file' ? (requested ?? 'custom_model') : requested, { path: inputName, type: typeInput });
    const hashed = await hashFiles(entries, 8);
    const files = entries.map((f, i) => ({ ...f, sha256: hashed[i].sha256 }));
    return {
        kind,
        path,
        rootName,
        uploadHash: await azMlObjectHash(path, excluded),
        digest: combineDigest(hashed),
        modelType: detected.modelType,
        layout: detected.layout,
        files,
        bytes: files.reduce((n, f) => n + f.size, 0),
        warnings: [...warnings, ...detected.warnings],
    };
}

// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 143 modules
var esm = __webpack_require__(7940);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./src/azureml/datastore-url.ts

/** The host part of `host[:port]`, with IPv6 brackets removed. */
function hostOf(endpoint) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(endpoint);
    if (bracketed)
        return bracketed[1];
    if ((0,external_node_net_.isIP)(endpoint) === 6)
        return endpoint;
    return endpoint.replace(/:\d+$/, '');
}
/**
 * True when the endpoint is an IP address or localhost (with an optional port): Azure Storage's SDKs
 * then use path-style URLs (`http://127.0.0.1:10000/account/container`), as Azurite expects.
 */
function isIpStyleEndpoint(endpoint) {
    const host = hostOf(endpoint.trim()).toLowerCase();
    return (0,external_node_net_.isIP)(host) !== 0 || host === 'localhost';
}
/** The URL of the datastore's blob container, without a trailing slash. */
function datastore_url_containerUrl(location) {
    const protocol = (location.protocol || 'https').toLowerCase().replace(/:$/, '');
    const endpoint = location.endpoint
        .trim()
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/+$/, '');
    const container = encodeURIComponent(location.containerName);
    if (isIpStyleEndpoint(endpoint)) {
        return `${protocol}://${endpoint}/${encodeURIComponent(location.accountName)}/${container}`;
    }
    return `${protocol}://${location.accountName}.blob.${endpoint}/${container}`;
}
/**
 * The datastore URI of an uploaded folder (a model version's modelUri, a code version's codeUri), or of one blob
 * with `folder: false` (a single-file model). A folder's URI ends with `/`: the CLI writes it without one
 * (azure-ai-ml Model._update_path), and Azure resolves both alike; the slash tells a reader it is a folder without
 * listing blobs (the emulator's storage initializer mounts such a folder under AZUREML_MODEL_DIR by its name).
 */
function datastoreUri(address, datastore, path, folder = true) {
    return (`azureml://subscriptions/${address.subscriptionId}/resourcegroups/${address.resourceGroup}` +
        `/workspaces/${address.workspace}/datastores/${datastore}/paths/${path}${folder ? '/' : ''}`);
}
/** Datastore paths, short (`azureml://datastores/<ds>/paths/<p>`, as azure-ai-ml writes a data asset's path) or long. */
const DATASTORE_URI = /^azureml:\/\/(?:subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/[^/]+\/)?datastores\/([A-Za-z0-9_]+)\/paths\/(.+)$/;
/** The datastore and path of a datastore URI (short or long form); undefined for other URIs. */
function datastoreOf(uri) {
    const m = DATASTORE_URI.exec(uri.trim());
    return m ? { datastore: m[1], path: m[2] } : undefined;
}

// EXTERNAL MODULE: ./src/azureml/user-agent.ts
var user_agent = __webpack_require__(211);
;// CONCATENATED MODULE: ./src/azureml/blob-upload.ts




const MiB = 1024 * 1024;
const DEFAULT_UPLOAD = {
    fileConcurrency: 8,
    blockSize: 8 * MiB,
    blockConcurrency: 8,
    progressIntervalMs: 5000,
};
const DEFAULT_STORAGE_RETRY = {
    maxTries: 6,
    retryDelayInMs: 500,
    maxRetryDelayInMs: 15_000,
};
/** The blob metadata key holding the file's SHA-256 (hex): the digest's format (model/digest.ts). */

/** The datastore folder every local upload goes under (azure-ai-ml `ARTIFACT_ORIGIN`). */
const blob_upload_LOCAL_UPLOAD = 'LocalUpload';
/**
 * `LocalUpload/<hash>/<own name>`: where the Azure ML CLI v2 puts a local folder or file, and what the asset's
 * path points at (azure-ai-ml `BlobStorageClient.upload`: `PurePosixPath(generate_asset_id(hash), Path(source).name)`;
 * the hash is model/az-ml-hash.ts). A folder's files go below it under their relative paths; a file is that blob.
 */
function blob_upload_localUploadPath(hash, ownName) {
    return `${blob_upload_LOCAL_UPLOAD}/${hash.replace(/^sha256:/, '')}/${ownName}`;
}
function blobName(prefix, path) {
    return `${prefix.replace(/\/+$/, '')}/${path}`;
}
/** "Uploaded 3/10 files, 120.0/2048.0 MB, 85.3 MB/s" */
function formatProgress(p) {
    const mb = (n) => (n / MiB).toFixed(1);
    const rate = p.seconds > 0 ? (p.doneBytes / MiB / p.seconds).toFixed(1) : '0.0';
    return `Uploaded ${p.doneFiles}/${p.files} files, ${mb(p.doneBytes)}/${mb(p.bytes)} MB, ${rate} MB/s`;
}
function blob_upload_containerClientFor(target, retry = DEFAULT_STORAGE_RETRY) {
    const options = {
        retryOptions: retry,
        userAgentOptions: { userAgentPrefix: user_agent/* USER_AGENT_PREFIX */.r },
    };
    if (target.secret.kind === 'account-key') {
        return new esm/* ContainerClient */.bM(target.containerUrl, new esm/* StorageSharedKeyCredential */.Z3(target.accountName, target.secret.accountKey), options);
    }
    const sas = target.secret.sasToken.replace(/^\?/, '');
    return new esm/* ContainerClient */.bM(`${target.containerUrl}?${sas}`, new esm/* AnonymousCredential */.tv(), options);
}
/** A blob datastore's container, opened with the secret the workspace gives for it (account key or SAS). */
async function openDatastoreContainer(client, datastore) {
    const secret = await client.getDatastoreSecrets(datastore.name);
    const container = blob_upload_containerClientFor({
        containerUrl: datastore_url_containerUrl(datastore),
        accountName: datastore.accountName,
        secret,
        prefix: '',
    });
    return { container, secret };
}
/** True when the blob exists with this size and sha256 metadata (a complete, identical upload). */
async function alreadyUploaded(blob, item) {
    try {
        const props = await blob.getProperties();
        return props.contentLength === item.size && props.metadata?.[SHA256_METADATA] === item.sha256;
    }
    catch (error) {
        if (error.statusCode === 404)
            return false;
        throw error;
    }
}
/**
 * Uploads files under `target.prefix`, several at a time, each streamed from disk in blocks.
 * A blob that already holds the same bytes (size and sha256 metadata) is skipped, so a re-run after an
 * interruption sends only what is missing; a blob only appears once its block list is committed,
 * so an interrupted file is never mistaken for a complete one.
 */
async function uploadFiles(items, target, options = {}) {
    const o = { ...DEFAULT_UPLOAD, ...options };
    const log = options.log ?? (() => undefined);
    const container = blob_upload_containerClientFor(target, options.retry ?? DEFAULT_STORAGE_RETRY);
    const started = Date.now();
    const bytes = items.reduce((n, f) => n + f.size, 0);
    const inFlight = new Map();
    let doneFiles = 0;
    let doneBytes = 0;
    let uploadedFiles = 0;
    let uploadedBytes = 0;
    let skippedFiles = 0;
    let skippedBytes = 0;
    const progress = () => formatProgress({
        doneFiles,
        files: items.length,
        doneBytes: doneBytes + [...inFlight.values()].reduce((n, b) => n + b, 0),
        bytes,
        seconds: (Date.now() - started) / 1000,
    });
    const timer = setInterval(() => log(progress()), o.progressIntervalMs);
    timer.unref();
    // The first failure stops the other workers and aborts their transfers.
    const abort = new AbortController();
    let next = 0;
    async function worker() {
        while (next < items.length && !abort.signal.aborted) {
            const i = next++;
            const item = items[i];
            const name = blobName(target.prefix, item.path);
            const blob = container.getBlockBlobClient(name);
            try {
                await uploadOne(blob, item, i);
            }
            catch (error) {
                if (abort.signal.aborted)
                    throw error;
                // Named without the blob client's URL, which would carry a SAS token.
                const e = error;
                const cause = [e.statusCode, e.code].filter((x) => x !== undefined).join(' ');
                throw new Error(`Could not upload ${item.path} to ${target.containerUrl}/${name}: ${cause ? `${cause}: ` : ''}${e.message ?? String(error)}`);
            }
            doneFiles++;
            doneBytes += item.size;
        }
    }
    async function uploadOne(blob, item, i) {
        if (await alreadyUploaded(blob, item)) {
            skippedFiles++;
            skippedBytes += item.size;
            return;
        }
        inFlight.set(i, 0);
        await blob.uploadFile(item.absolutePath, {
            blockSize: o.blockSize,
            maxSingleShotSize: o.blockSize,
            concurrency: o.blockConcurrency,
            metadata: { [SHA256_METADATA]: item.sha256 },
            onProgress: (p) => inFlight.set(i, p.loadedBytes),
            abortSignal: abort.signal,
        });
        inFlight.delete(i);
        uploadedFiles++;
        uploadedBytes += item.size;
    }
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(o.fileConcurrency, items.length)) }, () => worker().catch((error) => {
            abort.abort();
            throw error;
        })));
    }
    finally {
        clearInterval(timer);
    }
    const seconds = (Date.now() - started) / 1000;
    log(`${progress()} (${uploadedFiles} uploaded, ${skippedFiles} already there)`);
    return { files: items.length, bytes, uploadedFiles, uploadedBytes, skippedFiles, skippedBytes, seconds };
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./src/azureml/model-reference.ts

const ARM_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/i;
const AZUREML = /^azureml:\/\/subscriptions\/([^/]+)\/resource[gG]roups\/([^/]+)\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/;
/**
 * A model version's ARM id, or its `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/models/<name>/versions/<v>`
 * address; a ConfigurationError naming `input` otherwise.
 */
function parseModelVersionAddress(value, input) {
    const m = ARM_ID.exec(value.trim()) ?? AZUREML.exec(value.trim());
    if (!m) {
        throw new ConfigurationError(`Input '${input}': '${value}' is not a model version in a workspace. Give its ARM id ` +
            `(/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.MachineLearningServices/workspaces/<ws>/models/<name>/versions/<v>, ` +
            `register-model's model-id output) or azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/models/<name>/versions/<v>.`, input);
    }
    return { subscriptionId: m[1], resourceGroup: m[2], workspace: m[3], name: m[4], version: m[5] };
}
/** The workspace address of a model version (same ARM endpoint as `like`). */
function workspaceOf(model, like) {
    return {
        subscriptionId: model.subscriptionId,
        resourceGroup: model.resourceGroup,
        workspace: model.workspace,
        armEndpoint: like.armEndpoint,
    };
}
/** A datastore path: `azureml://subscriptions/../workspaces/<ws>/datastores/<ds>/paths/<path>`. */
function model_reference_parseDatastorePath(uri) {
    const m = /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/.exec(uri);
    return m ? { workspace: m[1], datastore: m[2], path: m[3] } : undefined;
}

;// CONCATENATED MODULE: ./src/azureml/model-blobs.ts




/**
 * Lists the blobs a modelUri names, with their sizes and sha256 metadata (one listing call per page, no download):
 * the one blob of a single-file model (`kind: 'file'`, or a URI without a trailing slash naming a blob), else
 * every blob below the folder. The files must be in the workspace's default datastore, where register-model and
 * promotions put them.
 */
async function listModelBlobs(client, modelUri, kind) {
    const where = parseDatastorePath(modelUri);
    if (!where)
        throw new Error(`The model's files are at ${modelUri}, not a datastore path.`);
    const datastore = await client.getDefaultDatastore();
    if (datastore.name !== where.datastore) {
        throw new Error(`The model's files are in datastore '${where.datastore}', not the workspace's default '${datastore.name}': they cannot be checked.`);
    }
    const secret = await client.getDatastoreSecrets(datastore.name);
    const url = containerUrl(datastore);
    const container = containerClientFor({
        containerUrl: url,
        accountName: datastore.accountName,
        secret,
        prefix: '',
    });
    const listed = await listBlobsAt(container, where.path, kind);
    return {
        target: { containerUrl: url, accountName: datastore.accountName, secret, prefix: listed.prefix },
        folder: listed.folder,
        files: listed.blobs.map(({ path, size, sha256 }) => ({ path, size, ...(sha256 && { sha256 }) })),
    };
}
/**
 * The blobs at a datastore path of `container`: the one blob it names (`kind: 'file'`, or a path without a trailing
 * slash naming a blob), else every blob below the folder; with the prefix their paths follow.
 */
async function listBlobsAt(container, path, kind) {
    const trimmed = path.replace(/\/+$/, '');
    if (kind === 'file' || (kind === undefined && !path.endsWith('/'))) {
        const cut = trimmed.lastIndexOf('/');
        const one = await container
            .getBlobClient(trimmed)
            .getProperties()
            .catch((error) => {
            if (error.statusCode === 404)
                return undefined;
            throw error;
        });
        if (one || kind === 'file') {
            const sha256 = one?.metadata?.[digest/* SHA256_METADATA */.yn];
            const blobs = one
                ? [
                    {
                        name: trimmed,
                        path: trimmed.slice(cut + 1),
                        size: one.contentLength ?? 0,
                        ...(sha256 && { sha256 }),
                    },
                ]
                : [];
            return { blobs, folder: false, prefix: trimmed.slice(0, Math.max(cut, 0)) };
        }
    }
    const blobs = [];
    for await (const b of container.listBlobsFlat({ prefix: `${trimmed}/`, includeMetadata: true })) {
        const sha256 = b.metadata?.[digest/* SHA256_METADATA */.yn];
        blobs.push({
            name: b.name,
            path: b.name.slice(trimmed.length + 1),
            size: b.properties.contentLength ?? 0,
            ...(sha256 && { sha256 }),
        });
    }
    return { blobs, folder: true, prefix: trimmed };
}

;// CONCATENATED MODULE: ./src/azureml/blob-download.ts
// Downloads the blobs at a datastore path to a local folder (a job's output, to validate and digest it), and
// stamps each blob with its sha256 metadata (model/digest.ts SHA256_METADATA) when it has none: a job writes its
// outputs without it, and deploy-endpoint checks a version's files against its digest from that metadata. The
// stamp is conditional on the blob's ETag at download time, so a blob changed meanwhile is never stamped wrongly.








/** A blob path relative to the folder, as a local path below `root`; refuses one that would leave it. */
function localPath(root, relative) {
    const parts = relative.split('/');
    if (relative === '' || parts.some((p) => p === '' || p === '.' || p === '..')) {
        throw new Error(`The blob path '${relative}' cannot be written as a local file (empty or '..' segment).`);
    }
    const out = (0,external_node_path_.resolve)(root, ...parts);
    if (!out.startsWith((0,external_node_path_.resolve)(root) + external_node_path_.sep))
        throw new Error(`The blob path '${relative}' leaves ${root}.`);
    return out;
}
/**
 * Downloads the one blob `path` names (no trailing slash, and a blob of that name exists) to `target`, or every
 * blob below the folder `path` into the folder `target`. Each file is hashed while it is written.
 */
async function downloadBlobsAt(container, path, target, log = () => undefined) {
    const listed = await listBlobsAt(container, path);
    const files = [];
    let stamped = 0;
    for (const blob of listed.blobs) {
        const file = listed.folder ? localPath(target, blob.path) : (0,external_node_path_.resolve)(target);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        const client = container.getBlobClient(blob.name);
        const answer = await client.download();
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let size = 0;
        const tap = new external_node_stream_.Transform({
            transform(chunk, _encoding, done) {
                hash.update(chunk);
                size += chunk.length;
                done(null, chunk);
            },
        });
        await (0,external_node_stream_promises_.pipeline)(answer.readableStreamBody, tap, (0,external_node_fs_.createWriteStream)(file, { mode: 0o600 }));
        const sha256 = hash.digest('hex');
        const metadata = answer.metadata ?? {};
        if (metadata[digest/* SHA256_METADATA */.yn] !== sha256) {
            await client.setMetadata({ ...metadata, [digest/* SHA256_METADATA */.yn]: sha256 }, { conditions: { ifMatch: answer.etag } });
            stamped++;
        }
        files.push({ path: blob.path, absolutePath: file, size, sha256 });
    }
    const bytes = files.reduce((n, f) => n + f.size, 0);
    log(`Downloaded ${files.length} file(s), ${(bytes / (1024 * 1024)).toFixed(1)} MB${stamped ? `; ${stamped} blob(s) given their sha256 metadata` : ''}.`);
    return { folder: listed.folder, files, bytes, stamped };
}

// EXTERNAL MODULE: ./src/contract/jobs.ts
var jobs = __webpack_require__(4236);
;// CONCATENATED MODULE: ./src/azureml/job-output.ts
// A job's named output and where it is (register-model and package-model from azureml://jobs/<job>/outputs/<o>),
// and the job's lineage: its code version, environment and the data asset versions it read (pure).



/**
 * The location of `ref` in `job`: the output's uri (a datastore path), else Azure's default
 * `azureml://datastores/workspaceblobstore/paths/azureml/<job>/<output>/`, plus `ref.path` inside it. The job must
 * have Completed (a running job's output is not final); errors name `input`.
 */
function jobOutputLocation(job, ref, input) {
    const status = job.properties.status;
    if (status !== 'Completed') {
        const why = (0,jobs/* isTerminalJobStatus */.M8)(status)
            ? `it ended ${status}: its outputs are not a trained model`
            : `it is ${status ?? 'not started'}: wait for it to complete (run-job waits by default)`;
        throw new errors/* ConfigurationError */.j(`Input '${input}': job '${ref.job}' has not completed, ${why}.`, input);
    }
    const outputs = (job.properties.outputs ?? {});
    const output = outputs[ref.output];
    if (!output) {
        const names = Object.keys(outputs);
        throw new errors/* ConfigurationError */.j(`Input '${input}': job '${ref.job}' has no output '${ref.output}'` +
            `${names.length ? ` (its outputs: ${names.join(', ')})` : ' (it declares no outputs)'}. Check the output name.`, input);
    }
    // ${{name}} and ${{output_name}} in an output path (how-to-read-write-data-v2) name the job and the output.
    const uri = output.uri
        ?.replace(/\$\{\{\s*name\s*\}\}/g, ref.job)
        .replace(/\$\{\{\s*output_name\s*\}\}/g, ref.output);
    const where = uri
        ? datastoreOf(uri)
        : { datastore: jobs/* DEFAULT_DATASTORE */.AB, path: (0,jobs/* defaultOutputPath */.wN)(ref.job, ref.output) };
    if (!where) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': output '${ref.output}' of job '${ref.job}' is written to ${output.uri}, not a datastore path: register it from there.`, input);
    }
    const outputType = output.jobOutputType ?? 'uri_folder';
    let path = where.path.replace(/^\/+/, '');
    if (ref.path)
        path = `${path.replace(/\/+$/, '')}/${ref.path}`;
    else if (outputType !== 'uri_file' && !path.endsWith('/'))
        path = `${path}/`;
    return { datastore: where.datastore, path, outputType };
}
/**
 * `name:version` of an asset reference as jobs carry them: an ARM id (optionally `azureml:`-prefixed),
 * `azureml://subscriptions/.../<kind>/<n>/versions/<v>`, `azureml://registries/<r>/<kind>/<n>/versions/<v>`
 * or `azureml:<n>:<v>`. Undefined for anything else (a datastore path, a URL).
 */
function assetVersionOf(reference, kind) {
    const value = reference.trim();
    const byId = new RegExp(`/${kind}/([^/]+)/versions/([^/]+)/?$`, 'i').exec(value);
    if (byId)
        return `${byId[1]}:${byId[2]}`;
    const short = /^azureml:([^/:@]+):([^/:@]+)$/.exec(value);
    return short ? `${short[1]}:${short[2]}` : undefined;
}
/** Data asset versions among job inputs (JobInput or a pipeline node's input). */
function dataInputs(inputs) {
    const out = [];
    for (const input of Object.values(inputs ?? {})) {
        const uri = input?.uri;
        if (typeof uri !== 'string')
            continue;
        const asset = assetVersionOf(uri, 'data');
        if (asset)
            out.push(asset);
    }
    return out;
}
/** The step of a pipeline whose output is bound to the parent's output `output` (`${{parent.outputs.<o>}}`). */
function producingStep(jobs, output) {
    const binding = new RegExp(`^\\$\\{\\{\\s*parent\\.outputs\\.${output}\\s*\\}\\}$`);
    for (const [step, node] of Object.entries(jobs)) {
        for (const out of Object.values(node.outputs ?? {})) {
            const value = out.value;
            if (typeof value === 'string' && binding.test(value.trim()))
                return step;
        }
    }
    return undefined;
}
/**
 * The lineage of the job that wrote `ref`: for a command job its codeId and environmentId; for a pipeline, those of
 * the step's component that writes the output; the data asset versions of every input (the pipeline's and its
 * steps').
 */
async function jobLineage(job, ref, component) {
    const p = job.properties;
    const data = new Set(dataInputs(p.inputs));
    const output = (0,jobs/* jobOutputUri */.l4)(ref.job, ref.output) + (ref.path ? `/paths/${ref.path}` : '');
    const lineage = { name: ref.job, output, data: [] };
    let code;
    let environment;
    if (p.jobType === 'Pipeline') {
        for (const node of Object.values(p.jobs ?? {}))
            for (const d of dataInputs(node.inputs))
                data.add(d);
        const step = producingStep(p.jobs ?? {}, ref.output);
        if (step) {
            lineage.step = step;
            const found = await component(p.jobs[step].componentId);
            code = found?.code;
            environment = found?.environment;
        }
    }
    else {
        code = p.codeId ?? undefined;
        environment = p.environmentId;
    }
    if (code)
        lineage.code = assetVersionOf(code, 'codes') ?? code;
    if (environment)
        lineage.environment = assetVersionOf(environment, 'environments') ?? environment;
    lineage.data = [...data].sort();
    return lineage;
}
/** Lineage tags of a model registered from a job (the digest and git/run tags are LINEAGE's). */
const JOB_LINEAGE = {
    job: 'mlops.job',
    code: 'mlops.job-code',
    environment: 'mlops.job-environment',
    data: 'mlops.job-data',
    step: 'mlops.job-step',
    output: 'mlops.job-output',
};
/** The lineage as tags: the job, code, environment, data and step. */
function job_output_jobLineageTags(l) {
    const tags = { [JOB_LINEAGE.job]: l.name, [JOB_LINEAGE.output]: l.output };
    if (l.code)
        tags[JOB_LINEAGE.code] = l.code;
    if (l.environment)
        tags[JOB_LINEAGE.environment] = l.environment;
    if (l.data.length > 0)
        tags[JOB_LINEAGE.data] = l.data.join(',');
    if (l.step)
        tags[JOB_LINEAGE.step] = l.step;
    return tags;
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var lib_core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/azureml/errors.ts
var azureml_errors = __webpack_require__(3987);
;// CONCATENATED MODULE: ./src/azureml/model-version-rules.ts
// The rules of a model version register-model writes: its lineage tags, where its files go, which version
// comes next, and which of several versions holding one digest is the one (pure).




/** Tag and property keys this action writes (DESIGN: the lineage of a model version). */
const model_version_rules_LINEAGE = {
    digest: digest/* DIGEST_TAG */.K1,
    gitCommit: 'mlops.git-commit',
    repository: 'mlops.repository',
    runUrl: 'mlops.run-url',
    source: 'mlops.source',
    layout: 'mlops.layout',
    metricPrefix: 'metric.',
};
/** `LocalUpload/<hash>/<folder name>/<relative path>`, or `LocalUpload/<hash>/<file name>` for a file. */
function modelBlobLayout(source) {
    const assetPath = localUploadPath(source.uploadHash, source.rootName);
    if (source.kind === 'file') {
        return { prefix: `${LOCAL_UPLOAD}/${source.uploadHash}`, assetPath, folder: false };
    }
    return { prefix: assetPath, assetPath, folder: true };
}
/** The highest integer version plus one ('1' for a new model); non-integer versions are ignored. */
function model_version_rules_nextVersion(versions) {
    let max = 0n;
    for (const v of versions)
        if (/^[0-9]+$/.test(v) && BigInt(v) > max)
            max = BigInt(v);
    return (max + 1n).toString();
}
/** Orders integer versions numerically, others after them. */
function versionOrder(a, b) {
    const ia = /^[0-9]+$/.test(a);
    const ib = /^[0-9]+$/.test(b);
    if (ia && ib)
        return BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0;
    return ia ? -1 : ib ? 1 : a.localeCompare(b);
}
/**
 * Orders versions holding one digest: the first registered (systemData.createdAt) first, then the lowest version.
 * Concurrent runs converge on the first of this order (model-version-create.ts). Creation time comes first, not
 * the version number: a version deleted by a run that lost (its number then free again) can be taken later by
 * another run, so a lower number can be registered after a higher one; whoever registered later always sees the
 * earlier one when it lists after its own PUT, whichever their numbers.
 */
function holderOrder(a, b) {
    const ta = a.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
    const tb = b.createdAt?.getTime() ?? Number.POSITIVE_INFINITY;
    return ta !== tb ? (ta < tb ? -1 : 1) : versionOrder(a.version, b.version);
}
/** The first registered version holding this digest, if any (checked on the tag, whatever the server filtered). */
function model_version_rules_findByDigest(versions, digest) {
    return versions.filter((v) => v.tags[model_version_rules_LINEAGE.digest] === digest).sort(holderOrder)[0];
}
/** Lineage tags and properties: from the package's manifest when there is one, else from the runner's variables. */
function model_version_rules_lineage(source, env = process.env) {
    const fromEnv = lineageFromEnv(env);
    const git = source.manifest?.git ?? fromEnv.git;
    const run = source.manifest?.run ?? fromEnv.run;
    const tags = { [model_version_rules_LINEAGE.digest]: source.digest, [model_version_rules_LINEAGE.source]: source.kind };
    if (git?.commit)
        tags[model_version_rules_LINEAGE.gitCommit] = git.commit;
    const repository = git?.repository ?? env.GITHUB_REPOSITORY;
    if (repository)
        tags[model_version_rules_LINEAGE.repository] = repository;
    if (run?.url)
        tags[model_version_rules_LINEAGE.runUrl] = run.url;
    // A package of a job's output keeps the job's lineage (package-model from azureml://jobs/...).
    if (source.manifest?.job)
        Object.assign(tags, jobLineageTags(source.manifest.job));
    const properties = {
        [model_version_rules_LINEAGE.digest]: source.digest,
        [model_version_rules_LINEAGE.layout]: source.layout,
    };
    for (const [k, v] of Object.entries(source.manifest?.metrics ?? {}))
        properties[`${model_version_rules_LINEAGE.metricPrefix}${k}`] = String(v);
    return { tags, properties };
}

;// CONCATENATED MODULE: ./src/azureml/model-version-create.ts
// Creating a model version so that concurrent runs of the same files converge on one version.
//
// The 2026-07-01 spec offers no conditional PUT on model versions (ModelVersions_CreateOrUpdate takes no If-Match
// or If-None-Match, and answers 200 for an update), so create-only is built from what it does offer:
// 1. right before each PUT, list the versions tagged with the digest: one there means another run got there
//    first, and it is reused (no PUT);
// 2. GET the candidate before the PUT: we never update a version, and a taken one moves us to the next number;
// 3. after the PUT, list again: when more than one version carries the digest, the first registered
//    (holderOrder: createdAt, then the lowest version) is the one. The run that created a later one deletes it and
//    reports the first. Deleted, not archived: the loser was created by this run moments ago and never reported,
//    an archived version would still carry the digest (two versions of the same files, one listed by
//    `listViewType=All`), and the blobs stay (they are the winner's too, or LocalUpload files shared by hash).




/** How many versions to try when concurrent runs keep taking the next one. */
const MAX_VERSION_ATTEMPTS = 5;
function isConflict(error) {
    return error instanceof AzureMLError && error.statusCode === 409;
}
/** The first version holding `digest`, listed now. */
async function firstHolder(client, name, digest) {
    return findByDigest(await client.listModelVersions(name, { tags: { [LINEAGE.digest]: digest } }), digest);
}
/** After our PUT: keep ours if it is the first holder of the digest, else delete it and return the first. */
async function converge(client, name, mine, digest) {
    const listed = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: digest } });
    const holders = listed.some((v) => v.version === mine.version) ? listed : [...listed, mine];
    const first = findByDigest(holders, digest);
    if (first.version === mine.version)
        return { version: mine, reused: false };
    core.info(`A concurrent run registered these files as ${name} version ${first.version} first: version ${mine.version}, ` +
        `created by this run, is deleted and version ${first.version} is reported.`);
    try {
        await client.deleteModelVersion(name, mine.version);
    }
    catch (error) {
        core.warning(`Could not delete ${name} version ${mine.version} (a duplicate of version ${first.version}): ${error.message}. Delete or archive it.`);
    }
    return { version: first, reused: true, deletedDuplicate: mine.version };
}
/** Creates the next integer version, unless a concurrent run registers the same files first (see above). */
async function model_version_create_createNextVersion(client, name, spec, digest) {
    let candidate = nextVersion((await client.listModelVersions(name)).map((v) => v.version));
    for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
        const first = await firstHolder(client, name, digest);
        if (first) {
            core.info(`Version ${first.version} of ${name} was registered with these files meanwhile: reusing it.`);
            return { version: first, reused: true };
        }
        // GET before PUT: a PUT on an existing version would update it, and we never overwrite.
        const taken = await client.getModelVersion(name, candidate);
        if (taken) {
            if (taken.tags[LINEAGE.digest] === digest)
                return { version: taken, reused: true };
            core.info(`Version ${candidate} was taken meanwhile; trying the next one.`);
        }
        else {
            try {
                core.info(`Creating ${name} version ${candidate} from ${spec.modelUri}`);
                const mine = await client.createOrUpdateModelVersion(name, candidate, spec);
                return await converge(client, name, mine, digest);
            }
            catch (error) {
                if (!isConflict(error))
                    throw error;
                core.info(`Version ${candidate} was taken by a concurrent registration (409); trying the next one.`);
            }
        }
        candidate = (BigInt(candidate) + 1n).toString();
    }
    throw new Error(`Could not create a version of ${name}: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`);
}
function model_version_create_conflictError(name, version, workspace, digest) {
    return new ConfigurationError(`Input 'version': ${name} version ${version} exists already in workspace '${workspace}' with other files ` +
        `(digest ${digest ?? 'unknown'}). Model versions are immutable: choose another version, or leave 'version' empty for the next one.`, 'version');
}
/**
 * Creates a pinned version (the user chose it: it may share its files with another version on purpose); a
 * concurrent run that created it first (409) is a conflict unless it holds these files.
 */
async function model_version_create_createPinned(client, name, version, spec, digest) {
    try {
        return await client.createOrUpdateModelVersion(name, version, spec);
    }
    catch (error) {
        if (!isConflict(error))
            throw error;
        const taken = await client.getModelVersion(name, version);
        if (taken && taken.tags[LINEAGE.digest] === digest)
            return taken;
        throw new ConfigurationError(`Input 'version': ${name} version ${version} was just created by another run with other files. ` +
            `Choose another version, or leave 'version' empty for the next one.`, 'version');
    }
}

// EXTERNAL MODULE: ./src/azureml/workspace.ts
var workspace = __webpack_require__(2051);
;// CONCATENATED MODULE: ./src/azureml/model-from-job.ts
// register-model from a job's output (azureml://jobs/<job>/outputs/<o>[/paths/<p>]): the version points at the
// output's files where the job wrote them (nothing copied), its digest is computed from a download of them, and
// its lineage names the job, its code version, its environment and the data asset versions it read.











/**
 * Reads the job, finds the output's files and downloads them into `downloadRoot/<job>/<output>/<own name>`
 * (replacing what an earlier run left there). The job must exist and have completed, the output must hold files in
 * the workspace's default datastore; errors name `input`.
 */
async function downloadJobOutput(client, ref, options) {
    const { input, log } = options;
    const job = await client.getJob(ref.job);
    if (!job) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': there is no job '${ref.job}' in workspace '${client.address.workspace}'. Check the job name (run-job's job-name output).`, input);
    }
    const location = jobOutputLocation(job, ref, input);
    const datastore = await client.getDefaultDatastore();
    if (datastore.name !== location.datastore) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': output '${ref.output}' of job '${ref.job}' is in datastore '${location.datastore}'; ` +
            `models are read from the workspace's default datastore '${datastore.name}'. Write the output there (the default).`, input);
    }
    const { container } = await openDatastoreContainer(client, datastore);
    const ownName = (0,external_node_path_.basename)(location.path.replace(/\/+$/, '')) || ref.output;
    const folder = (0,external_node_path_.join)(options.downloadRoot, ref.job, ref.output);
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    const localPath = (0,external_node_path_.join)(folder, ownName);
    log(`Downloading ${location.datastore}/${location.path} (output '${ref.output}' of job '${ref.job}') to ${localPath}`);
    const downloaded = await downloadBlobsAt(container, location.path, localPath, log);
    if (downloaded.files.length === 0) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': output '${ref.output}' of job '${ref.job}' has no files at ${location.path}. ` +
            `Check that the job writes its model there (\${{outputs.${ref.output}}}).`, input);
    }
    const modelUri = datastoreUri(client.address, location.datastore, location.path.replace(/\/+$/, ''), downloaded.folder);
    return { job, location, modelUri, downloaded, localPath };
}
/** The job's lineage, a pipeline step's code and environment read from its component version. */
function jobLineageOf(client, job, ref) {
    return jobLineage(job, ref, async (componentId) => {
        const m = /\/components\/([^/]+)\/versions\/([^/]+)\/?$/.exec(componentId);
        if (!m)
            return undefined;
        const component = await client.getComponentVersion(m[1], m[2]);
        return component?.spec && { code: component.spec.code, environment: component.spec.environment };
    });
}
/** downloadJobOutput, then the files read as a model (type detected, or `modelType` checked) and the job's lineage. */
async function readJobOutputModel(client, ref, options) {
    const out = await downloadJobOutput(client, ref, options);
    const source = await readModelSource(out.localPath, {
        inputName: options.input,
        ...(options.modelType ? { modelType: options.modelType } : {}),
    });
    const lin = await jobLineageOf(client, out.job, ref);
    return {
        job: out.job,
        location: out.location,
        modelUri: out.modelUri,
        downloaded: out.downloaded,
        source,
        lineage: lin,
    };
}
/**
 * Registers a read job output as a model version, idempotently: a version with the same digest is returned
 * (reused); else the version is created (pinned, or the next integer) with modelUri = the output's files and
 * jobName = the job. Nothing is uploaded: the files stay where the job wrote them.
 */
async function registerJobOutputModel(client, request, read, log, env = process.env) {
    const { name } = request;
    const { source } = read;
    const workspace = await client.getWorkspace();
    const done = (version, reused) => ({
        workspace,
        version,
        id: version.id || modelVersionResourceId(client.address, name, version.version),
        uri: `azureml:${name}:${version.version}`,
        digest: source.digest,
        reused,
    });
    if (request.version) {
        const taken = await client.getModelVersion(name, request.version);
        if (taken) {
            if (taken.tags[LINEAGE.digest] !== source.digest)
                throw conflictError(name, request.version, client.address.workspace, taken.tags[LINEAGE.digest]);
            log(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
            return done(taken, true);
        }
    }
    else {
        const tagged = await client.listModelVersions(name, { tags: { [LINEAGE.digest]: source.digest } });
        const found = findByDigest(tagged, source.digest);
        if (found) {
            log(`Version ${found.version} of ${name} already holds these files (digest ${source.digest}): reused.`);
            return done(found, true);
        }
    }
    const base = lineage(source, env);
    const spec = {
        modelUri: read.modelUri,
        modelType: source.modelType,
        ...(request.description !== undefined ? { description: request.description } : {}),
        tags: {
            ...request.userTags,
            ...base.tags,
            [LINEAGE.source]: 'job-output',
            ...jobLineageTags(read.lineage),
        },
        properties: {
            ...base.properties,
            ...Object.fromEntries(Object.entries(request.metrics ?? {}).map(([k, v]) => [`${LINEAGE.metricPrefix}${k}`, String(v)])),
        },
        jobName: request.ref.job,
    };
    if (request.version) {
        return done(await createPinned(client, name, request.version, spec, source.digest), false);
    }
    const created = await createNextVersion(client, name, spec, source.digest);
    return {
        ...done(created.version, created.reused),
        ...(created.deletedDuplicate !== undefined && { deletedDuplicate: created.deletedDuplicate }),
    };
}


/***/ }),

/***/ 211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ USER_AGENT_PREFIX)
/* harmony export */ });
/** The user-agent prefix of every request of ours (ARM and blob storage), so a service's logs tell our calls apart. */
const USER_AGENT_PREFIX = 'mlops-actions';


/***/ })

};
