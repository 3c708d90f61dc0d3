export const id = 760;
export const ids = [760];
export const modules = {

/***/ 91760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadJobOutput: () => (/* binding */ downloadJobOutput),
  jobLineageOf: () => (/* binding */ jobLineageOf),
  S: () => (/* binding */ readJobOutputModel),
  x: () => (/* binding */ registerJobOutputModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/model-source.ts
var model_source = __webpack_require__(54892);
// EXTERNAL MODULE: ./src/azureml/blob-upload.ts
var blob_upload = __webpack_require__(79393);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/model/digest.ts
var digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/azureml/model-blobs.ts
var model_blobs = __webpack_require__(85374);
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
    const listed = await (0,model_blobs/* listBlobsAt */.S)(container, path);
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

// EXTERNAL MODULE: ./src/azureml/datastore-url.ts
var datastore_url = __webpack_require__(4831);
// EXTERNAL MODULE: ./src/azureml/job-output.ts
var job_output = __webpack_require__(35763);
// EXTERNAL MODULE: ./src/azureml/model-version-create.ts
var model_version_create = __webpack_require__(26039);
// EXTERNAL MODULE: ./src/azureml/model-version-rules.ts
var model_version_rules = __webpack_require__(63764);
// EXTERNAL MODULE: ./src/azureml/workspace.ts
var azureml_workspace = __webpack_require__(32051);
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
    const location = (0,job_output/* jobOutputLocation */.oG)(job, ref, input);
    const datastore = await client.getDefaultDatastore();
    if (datastore.name !== location.datastore) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': output '${ref.output}' of job '${ref.job}' is in datastore '${location.datastore}'; ` +
            `models are read from the workspace's default datastore '${datastore.name}'. Write the output there (the default).`, input);
    }
    const { container } = await (0,blob_upload/* openDatastoreContainer */.Dr)(client, datastore);
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
    const modelUri = (0,datastore_url/* datastoreUri */.G4)(client.address, location.datastore, location.path.replace(/\/+$/, ''), downloaded.folder);
    return { job, location, modelUri, downloaded, localPath };
}
/** The job's lineage, a pipeline step's code and environment read from its component version. */
function jobLineageOf(client, job, ref) {
    return (0,job_output/* jobLineage */.XR)(job, ref, async (componentId) => {
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
    const source = await (0,model_source/* readModelSource */.v)(out.localPath, {
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
        id: version.id || (0,azureml_workspace/* modelVersionResourceId */.T6)(client.address, name, version.version),
        uri: `azureml:${name}:${version.version}`,
        digest: source.digest,
        reused,
    });
    if (request.version) {
        const taken = await client.getModelVersion(name, request.version);
        if (taken) {
            if (taken.tags[model_version_rules/* LINEAGE */.EI.digest] !== source.digest)
                throw (0,model_version_create/* conflictError */.jU)(name, request.version, client.address.workspace, taken.tags[model_version_rules/* LINEAGE */.EI.digest]);
            log(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
            return done(taken, true);
        }
    }
    else {
        const tagged = await client.listModelVersions(name, { tags: { [model_version_rules/* LINEAGE */.EI.digest]: source.digest } });
        const found = (0,model_version_rules/* findByDigest */.ln)(tagged, source.digest);
        if (found) {
            log(`Version ${found.version} of ${name} already holds these files (digest ${source.digest}): reused.`);
            return done(found, true);
        }
    }
    const base = (0,model_version_rules/* lineage */.OZ)(source, env);
    const spec = {
        modelUri: read.modelUri,
        modelType: source.modelType,
        ...(request.description !== undefined ? { description: request.description } : {}),
        tags: {
            ...request.userTags,
            ...base.tags,
            [model_version_rules/* LINEAGE */.EI.source]: 'job-output',
            ...(0,job_output/* jobLineageTags */.mm)(read.lineage),
        },
        properties: {
            ...base.properties,
            ...Object.fromEntries(Object.entries(request.metrics ?? {}).map(([k, v]) => [`${model_version_rules/* LINEAGE */.EI.metricPrefix}${k}`, String(v)])),
        },
        jobName: request.ref.job,
    };
    if (request.version) {
        return done(await (0,model_version_create/* createPinned */.ne)(client, name, request.version, spec, source.digest), false);
    }
    const created = await (0,model_version_create/* createNextVersion */.yk)(client, name, spec, source.digest);
    return {
        ...done(created.version, created.reused),
        ...(created.deletedDuplicate !== undefined && { deletedDuplicate: created.deletedDuplicate }),
    };
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


/***/ })

};
