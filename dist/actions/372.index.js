export const id = 372;
export const ids = [372,574];
export const modules = {

/***/ 85374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ listBlobsAt),
/* harmony export */   o: () => (/* binding */ listStoredBlobs)
/* harmony export */ });
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95305);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79393);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _model_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60127);




/**
 * Lists the blobs a datastore URI names (a model version's modelUri, a code version's codeUri), with their sizes and
 * sha256 metadata (one listing call per page, no download): the one blob of a single-file model (`kind: 'file'`, or
 * a URI without a trailing slash naming a blob), else every blob below the folder. The files must be in the
 * workspace's default datastore, where register-model, promotions and code uploads put them.
 */
async function listStoredBlobs(client, modelUri, kind) {
    const where = (0,_model_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatastorePath */ .sq)(modelUri);
    if (!where)
        throw new Error(`The files at ${modelUri} are not at a datastore path: they cannot be checked.`);
    const datastore = await client.getDefaultDatastore();
    if (datastore.name !== where.datastore) {
        throw new Error(`The files at ${modelUri} are in datastore '${where.datastore}', not the workspace's default '${datastore.name}': they cannot be checked.`);
    }
    const { container, secret } = await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .openDatastoreContainer */ .Dr)(client, datastore);
    const listed = await listBlobsAt(container, where.path, kind);
    return {
        target: {
            containerUrl: (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore),
            accountName: datastore.accountName,
            secret,
            prefix: listed.prefix,
        },
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
            const sha256 = one?.metadata?.[_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .SHA256_METADATA */ .yn];
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
        const sha256 = b.metadata?.[_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .SHA256_METADATA */ .yn];
        blobs.push({
            name: b.name,
            path: b.name.slice(trimmed.length + 1),
            size: b.properties.contentLength ?? 0,
            ...(sha256 && { sha256 }),
        });
    }
    return { blobs, folder: true, prefix: trimmed };
}


/***/ }),

/***/ 22787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ modelVersionAsset),
/* harmony export */   f: () => (/* binding */ ensureStoredFiles)
/* harmony export */ });
/* harmony import */ var _model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99688);
// Before a registered asset is reused for these files (a model version, a code version): are its files all there?
// An asset can outlive its blobs (a storage account restored from a backup, a container cleaned up, a kill between
// upload and commit on a disk-less Azurite); reusing it as is would hand a deployment a model the storage
// initializer cannot download, or a job code that is not there.

/**
 * Whether the version's modelUri names a folder or one blob, from the URI itself (the same digest can be a folder
 * holding one file or that file alone): a trailing slash is a folder; a URI ending in the name of the one file
 * the digest covers is that file; else the listing decides (a blob there, or a folder).
 */
function layoutOf(modelUri, source) {
    if (modelUri.endsWith('/'))
        return 'folder';
    const last = modelUri.slice(modelUri.lastIndexOf('/') + 1);
    return source.files.length === 1 && source.files[0].path === last ? 'file' : undefined;
}
/** A model version as a StoredAsset. */
function modelVersionAsset(version, source) {
    const label = `${version.name} version ${version.version}`;
    if (!version.modelUri)
        throw new Error(`${label} has no modelUri: its files cannot be checked.`);
    return {
        label,
        uri: version.modelUri,
        layout: layoutOf(version.modelUri, source),
        whenExtra: `a deployment would get them too. Delete them from the datastore, or archive version ${version.version} and run again.`,
    };
}
/**
 * Checks that every local file is stored for the asset (same path, size and sha256 metadata: what the digest is
 * computed over, model/digest.ts) and uploads the missing or different ones again from the local files, which have
 * the same digest. The sha256 metadata is the proof, not Content-MD5: blob-upload sets sha256 on every blob, while
 * Content-MD5 is computed by the service only for single-shot uploads, not for a block list, and the digest is
 * defined over SHA-256. Blobs below the asset's folder that its files do not have are refused: they would be served
 * with it, and deleting files a person put there is not ours to do.
 */
async function ensureStoredFiles(client, asset, source, io, log) {
    const label = asset.label;
    const stored = await io.listBlobs(client, asset.uri, asset.layout);
    const diff = (0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFiles */ .pm)(source.files, stored.files);
    if (diff.extra.length > 0) {
        throw new Error(`${label} holds these files (digest ${source.digest}), but its folder ${asset.uri} also has ` +
            `${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.extra)}, which they do not: ${asset.whenExtra}`);
    }
    if (!(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .filesDiffer */ .IR)(diff)) {
        log(`All ${source.files.length} files of ${label} are there (sizes and sha256 match).`);
        return { files: source.files.length, restored: 0, restoredBytes: 0 };
    }
    const broken = new Set([...diff.missing, ...diff.changed]);
    log(`${label}: ${diff.missing.length} file(s) missing${diff.missing.length ? ` (${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.missing)})` : ''}, ` +
        `${diff.changed.length} different${diff.changed.length ? ` (${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.changed)})` : ''}: ` +
        `uploading them again from ${source.path} (same digest).`);
    const result = await io.upload(source.files.filter((f) => broken.has(f.path)), stored.target, { log });
    return { files: source.files.length, restored: result.uploadedFiles, restoredBytes: result.uploadedBytes };
}


/***/ }),

/***/ 60445:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ registerModel),
/* harmony export */   EI: () => (/* reexport safe */ _model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__.EI)
/* harmony export */ });
/* unused harmony export REGISTRATION_IO */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79393);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _model_blobs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85374);
/* harmony import */ var _model_files_repair_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22787);
/* harmony import */ var _model_version_create_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26039);
/* harmony import */ var _model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63764);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32051);










/** The blob access registration needs; replaced in unit tests. */
const REGISTRATION_IO = { upload: _blob_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadFiles */ .Zn, listBlobs: _model_blobs_js__WEBPACK_IMPORTED_MODULE_3__/* .listStoredBlobs */ .o };
/**
 * Registers `request.source` as a version of `request.name`, idempotently:
 * 1. with an explicit version: if it exists, it is returned when it holds these files (digest) and refused
 *    (ConfigurationError naming 'version') when not; if another version holds these files, the requested one is
 *    registered pointing at the same blobs (nothing uploaded);
 * 2. without one, a version already tagged with the digest is returned (reused);
 * 3. else the files are uploaded as `az ml` lays them out (modelBlobLayout; blobs already there are skipped),
 * 4. then, only once every blob exists, the version is created: the pinned one, or the next integer, so that
 *    concurrent runs of the same files converge on one version (model-version-create.ts).
 * Whenever an existing version is reused (or its blobs shared), its files are checked first and the missing or
 * different ones uploaded again from the local files (model-files-repair.ts): a version never outlives its files.
 */
async function registerModel(client, request, io = REGISTRATION_IO) {
    const { name, source } = request;
    const address = client.address;
    const result = (workspace, version, reused, extra = {}) => ({
        workspace,
        version,
        id: version.id || (0,_workspace_js__WEBPACK_IMPORTED_MODULE_7__/* .modelVersionResourceId */ .T6)(address, name, version.version),
        uri: `azureml:${name}:${version.version}`,
        digest: source.digest,
        reused,
        upload: extra.upload,
        ...(extra.sharedFilesOf !== undefined && { sharedFilesOf: extra.sharedFilesOf }),
        ...(extra.files && { files: extra.files }),
        ...(extra.deletedDuplicate !== undefined && { deletedDuplicate: extra.deletedDuplicate }),
    });
    const checkFiles = (version) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Check the files of ${name} version ${version.version}`, () => (0,_model_files_repair_js__WEBPACK_IMPORTED_MODULE_4__/* .ensureStoredFiles */ .f)(client, (0,_model_files_repair_js__WEBPACK_IMPORTED_MODULE_4__/* .modelVersionAsset */ .A)(version, source), source, io, (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line)));
    const workspace = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Workspace ${address.workspace}`, async () => {
        const ws = await client.getWorkspace();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Workspace ${ws.name} (${ws.location ?? 'no location'}) at ${address.armEndpoint}`);
        return ws;
    });
    if (request.version) {
        const taken = await client.getModelVersion(name, request.version);
        if (taken) {
            if (taken.tags[_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .LINEAGE */ .EI.digest] === source.digest) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${name} version ${request.version} already holds these files (digest ${source.digest}).`);
                return result(workspace, taken, true, { files: await checkFiles(taken) });
            }
            throw (0,_model_version_create_js__WEBPACK_IMPORTED_MODULE_5__/* .conflictError */ .jU)(name, request.version, address.workspace, taken.tags[_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .LINEAGE */ .EI.digest]);
        }
    }
    const existing = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Look for ${name} with digest ${source.digest}`, async () => {
        const tagged = await client.listModelVersions(name, { tags: { [_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .LINEAGE */ .EI.digest]: source.digest } });
        const found = (0,_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .findByDigest */ .ln)(tagged, source.digest);
        if (found)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Version ${found.version} of ${name} already holds these files.`);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`No version of ${name} holds these files yet.`);
        return found;
    });
    if (existing && !request.version) {
        return result(workspace, existing, true, { files: await checkFiles(existing) });
    }
    const lin = (0,_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .lineage */ .OZ)(source);
    const specFor = (modelUri) => ({
        modelUri,
        modelType: source.modelType,
        description: request.description,
        // Lineage last, so a user tag can never mask it (user tags may not use the mlops. prefix anyway).
        tags: { ...request.userTags, ...lin.tags },
        properties: lin.properties,
    });
    if (existing?.modelUri && request.version) {
        const pinned = request.version;
        const files = await checkFiles(existing);
        const version = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Create ${name} version ${pinned} on the files of version ${existing.version}`, () => {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Version ${existing.version} of ${name} already holds these files (digest ${source.digest}): ` +
                `registering version ${pinned} on the same blobs (${existing.modelUri}), nothing uploaded.`);
            return (0,_model_version_create_js__WEBPACK_IMPORTED_MODULE_5__/* .createPinned */ .ne)(client, name, pinned, specFor(existing.modelUri), source.digest);
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Registered ${name} version ${version.version} (files of version ${existing.version}).`);
        return result(workspace, version, false, { sharedFilesOf: existing.version, files });
    }
    const { uploaded, modelUri } = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Upload ${source.files.length} files to the default datastore`, async () => {
        const datastore = await client.getDefaultDatastore();
        const secret = await client.getDatastoreSecrets(datastore.name);
        const layout = (0,_model_version_rules_js__WEBPACK_IMPORTED_MODULE_6__/* .modelBlobLayout */ .Xq)(source);
        const url = (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Datastore ${datastore.name}: ${url}/${layout.assetPath}${layout.folder ? '/' : ''}`);
        const uploaded = await io.upload(source.files, { containerUrl: url, accountName: datastore.accountName, secret, prefix: layout.prefix }, { log: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line) });
        return { uploaded, modelUri: (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .datastoreUri */ .G4)(address, datastore.name, layout.assetPath, layout.folder) };
    });
    const spec = specFor(modelUri);
    const created = await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(`Create the model version`, async () => {
        if (request.version) {
            return {
                version: await (0,_model_version_create_js__WEBPACK_IMPORTED_MODULE_5__/* .createPinned */ .ne)(client, name, request.version, spec, source.digest),
                reused: false,
            };
        }
        return (0,_model_version_create_js__WEBPACK_IMPORTED_MODULE_5__/* .createNextVersion */ .yk)(client, name, spec, source.digest);
    });
    // A version found meanwhile may point at other blobs than the ones just uploaded: check those too.
    const files = created.reused && created.version.modelUri !== modelUri ? await checkFiles(created.version) : undefined;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${created.reused ? 'Reused' : 'Registered'} ${name} version ${created.version.version}.`);
    return result(workspace, created.version, created.reused, {
        upload: uploaded,
        ...(files && { files }),
        ...(created.deletedDuplicate !== undefined && { deletedDuplicate: created.deletedDuplicate }),
    });
}


/***/ }),

/***/ 26039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jU: () => (/* binding */ conflictError),
/* harmony export */   ne: () => (/* binding */ createPinned),
/* harmony export */   yk: () => (/* binding */ createNextVersion)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _converge_by_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62956);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43987);
/* harmony import */ var _model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63764);
// Creating a model version: the next integer through createNextByDigest (converge-by-digest.ts: concurrent runs
// of the same files converge on one version), or the version the user pinned.






/** Creates the next integer version, unless a concurrent run registers the same files first. */
async function createNextVersion(client, name, spec, digest) {
    return (0,_converge_by_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .createNextByDigest */ .bn)({
        name,
        label: name,
        what: 'these files',
        where: `from ${spec.modelUri}`,
        listVersions: () => client.listModelVersions(name),
        listHolders: () => client.listModelVersions(name, { tags: { [_model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE */ .EI.digest]: digest } }),
        firstHolder: (versions) => (0,_model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .findByDigest */ .ln)(versions, digest),
        getVersion: (version) => client.getModelVersion(name, version),
        holds: (v) => v.tags[_model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE */ .EI.digest] === digest,
        create: (version) => client.createOrUpdateModelVersion(name, version, spec),
        deleteVersion: (version) => client.deleteModelVersion(name, version),
        info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
        warn: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(line),
    });
}
function conflictError(name, version, workspace, digest) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'version': ${name} version ${version} exists already in workspace '${workspace}' with other files ` +
        `(digest ${digest ?? 'unknown'}). Model versions are immutable: choose another version, or leave 'version' empty for the next one.`, 'version');
}
/**
 * Creates a pinned version (the user chose it: it may share its files with another version on purpose); a
 * concurrent run that created it first (409) is a conflict unless it holds these files.
 */
async function createPinned(client, name, version, spec, digest) {
    try {
        return await client.createOrUpdateModelVersion(name, version, spec);
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isConflict */ .dh)(error))
            throw error;
        const taken = await client.getModelVersion(name, version);
        if (taken && taken.tags[_model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .LINEAGE */ .EI.digest] === digest)
            return taken;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'version': ${name} version ${version} was just created by another run with other files. ` +
            `Choose another version, or leave 'version' empty for the next one.`, 'version');
    }
}


/***/ }),

/***/ 99688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   IR: () => (/* binding */ filesDiffer),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   pm: () => (/* binding */ diffFiles),
/* harmony export */   yU: () => (/* binding */ someOf)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95305);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42710);
// Checks stored model files against what a digest was computed over (pure: the callers list or hash the files).
// Shared by register-model (reuse restores what is missing), deploy-endpoint (refuses a version whose files
// changed) and the emulator's provisioning (refuses to serve them), so the three agree on one rule.


const sorted = (paths) => [...paths].sort(_files_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .z);
/** Compares stored files with the expected ones (the local files whose digest the version carries). */
function diffFiles(expected, stored) {
    const byPath = new Map(stored.map((f) => [f.path, f]));
    const want = new Set(expected.map((f) => f.path));
    const missing = [];
    const changed = [];
    for (const f of expected) {
        const s = byPath.get(f.path);
        if (!s)
            missing.push(f.path);
        else if (s.size !== f.size || s.sha256 !== f.sha256)
            changed.push(f.path);
    }
    const extra = stored.filter((f) => !want.has(f.path)).map((f) => f.path);
    return { missing: sorted(missing), changed: sorted(changed), extra: sorted(extra) };
}
const filesDiffer = (d) => d.missing.length + d.changed.length + d.extra.length > 0;
function checkDigest(stored, digest) {
    const unhashed = sorted(stored.filter((f) => !f.sha256).map((f) => f.path));
    const computed = unhashed.length === 0
        ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .combineDigest */ .uN)(stored.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })))
        : undefined;
    return {
        ok: stored.length > 0 && computed === digest,
        ...(computed !== undefined && { computed }),
        unhashed,
        files: stored.length,
        bytes: stored.reduce((n, f) => n + f.size, 0),
    };
}
/** A few names of a list, and how many more. */
function someOf(paths, max = 5) {
    const shown = paths.slice(0, max).join(', ');
    return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}
/**
 * What differs, for an error: "model m:3 (azureml://...): its files do not match its mlops.digest sha256:..:
 * 2 files (1234 bytes) there hash to sha256:..; model.pkl has no sha256 metadata (written by something else)".
 * Names files and sizes, never their content.
 */
function describeMismatch(label, digest, check) {
    const parts = [`${label}: its files do not match its digest ${digest}`];
    if (check.files === 0)
        parts.push('no file is there');
    else {
        parts.push(`the ${check.files} file(s) there (${check.bytes} bytes) ` +
            (check.computed ? `have digest ${check.computed}` : 'cannot make up that digest'));
    }
    if (check.unhashed.length > 0) {
        parts.push(`${someOf(check.unhashed)} carry no sha256 metadata (written after registration by something other than register-model)`);
    }
    else if (check.files > 0) {
        parts.push('a file was changed, added or removed after registration');
    }
    return parts.join('; ');
}


/***/ }),

/***/ 50384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h1: () => (/* binding */ MANIFEST_FILE),
  Tf: () => (/* binding */ PACKAGE_CODE_DIR),
  bj: () => (/* binding */ PACKAGE_ENVIRONMENT_DIR),
  fP: () => (/* binding */ PACKAGE_MODEL_DIR),
  lH: () => (/* binding */ TOOL_NAME),
  wr: () => (/* binding */ TOOL_VERSION),
  Ng: () => (/* binding */ parseManifest),
  MZ: () => (/* binding */ serializeManifest)
});

// UNUSED EXPORTS: isSafeRelativePath

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/json-text.ts + 1 modules
var json_text = __webpack_require__(36641);
// EXTERNAL MODULE: ./src/model/layout.ts + 2 modules
var layout = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/model/manifest.ts




/** The manifest's file name at the root of a package. */
const MANIFEST_FILE = 'mlops-package.json';
/** Folders of a package: the model files, the scoring code, the environment file. */
const PACKAGE_MODEL_DIR = 'model';
const PACKAGE_CODE_DIR = 'code';
const PACKAGE_ENVIRONMENT_DIR = 'environment';
const TOOL_NAME = 'mlops-actions';
const TOOL_VERSION = package_namespaceObject.rE;
const LAYOUTS = ['custom', 'mlflow', 'onnx', 'triton'];
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const SHA256 = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A relative POSIX path that stays inside its folder (no `..`, no absolute path, no empty segment). */
function isSafeRelativePath(path) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
function checkFiles(value, where, problems) {
    if (!Array.isArray(value)) {
        problems.push(`${where} is not a list`);
        return [];
    }
    const out = [];
    value.forEach((f, i) => {
        if (!isObject(f) ||
            typeof f.path !== 'string' ||
            !isSafeRelativePath(f.path) ||
            typeof f.size !== 'number' ||
            !Number.isSafeInteger(f.size) ||
            f.size < 0 ||
            typeof f.sha256 !== 'string' ||
            !SHA256.test(f.sha256)) {
            problems.push(`${where}[${i}] is not {path, size, sha256}`);
            return;
        }
        out.push({ path: f.path, size: f.size, sha256: f.sha256 });
    });
    return out;
}
function optionalString(obj, key, where, problems) {
    const v = obj[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        problems.push(`${where}.${key} is not a string`);
    return typeof v === 'string' ? v : undefined;
}
/**
 * Parses and validates a manifest's JSON text. `source` names the file in messages.
 * Throws a ConfigurationError naming `inputName` when it is not a manifest this version understands.
 */
function parseManifest(text, source, inputName) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${source} is not a valid package manifest (${why}). Re-run package-model to write the package again.`, inputName);
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return fail(`not JSON at ${(0,json_text/* jsonErrorWhere */.S)(text)}`);
    }
    if (!isObject(doc))
        return fail('not a JSON object');
    if (doc.schemaVersion !== 1) {
        return fail(`schemaVersion ${typeof doc.schemaVersion === 'number' ? doc.schemaVersion : `is not a number`}; this version of ${TOOL_NAME} reads schemaVersion 1`);
    }
    const problems = [];
    if (typeof doc.name !== 'string' || doc.name === '')
        problems.push('name is missing');
    if (!layout/* MODEL_TYPES */.me.includes(doc.modelType))
        problems.push(`modelType is not one of ${layout/* MODEL_TYPES */.me.join(', ')}`);
    if (!LAYOUTS.includes(doc.layout))
        problems.push(`layout is not one of ${LAYOUTS.join(', ')}`);
    if (typeof doc.digest !== 'string' || !DIGEST.test(doc.digest))
        problems.push('digest is not sha256:<64 hex>');
    const files = checkFiles(doc.files, 'files', problems);
    if (Array.isArray(doc.files) && doc.files.length === 0)
        problems.push('files is empty');
    if (typeof doc.createdAt !== 'string' || Number.isNaN(Date.parse(doc.createdAt)))
        problems.push('createdAt is not an ISO date');
    if (!isObject(doc.tool) || typeof doc.tool.name !== 'string' || typeof doc.tool.version !== 'string') {
        problems.push('tool is not {name, version}');
    }
    const manifest = {
        schemaVersion: 1,
        name: doc.name,
        modelType: doc.modelType,
        layout: doc.layout,
        digest: doc.digest,
        files,
        createdAt: doc.createdAt,
        tool: isObject(doc.tool)
            ? { name: String(doc.tool.name), version: String(doc.tool.version) }
            : { name: '', version: '' },
    };
    if (doc.code !== undefined) {
        if (!isObject(doc.code) || typeof doc.code.digest !== 'string' || !DIGEST.test(doc.code.digest)) {
            problems.push('code is not {digest, files}');
        }
        else {
            manifest.code = { digest: doc.code.digest, files: checkFiles(doc.code.files, 'code.files', problems) };
        }
    }
    if (doc.environment !== undefined) {
        const env = doc.environment;
        if (!isObject(env) ||
            typeof env.file !== 'string' ||
            !isSafeRelativePath(env.file) ||
            env.file.includes('/') ||
            typeof env.sha256 !== 'string' ||
            !SHA256.test(env.sha256)) {
            problems.push('environment is not {file, sha256}');
        }
        else {
            manifest.environment = { file: env.file, sha256: env.sha256 };
        }
    }
    if (doc.git !== undefined) {
        if (!isObject(doc.git) || typeof doc.git.commit !== 'string')
            problems.push('git is not {commit, ref, repository}');
        else {
            manifest.git = { commit: doc.git.commit };
            const ref = optionalString(doc.git, 'ref', 'git', problems);
            const repository = optionalString(doc.git, 'repository', 'git', problems);
            if (ref !== undefined)
                manifest.git.ref = ref;
            if (repository !== undefined)
                manifest.git.repository = repository;
        }
    }
    if (doc.run !== undefined) {
        if (!isObject(doc.run) || typeof doc.run.id !== 'string')
            problems.push('run is not {id, attempt, url, workflow}');
        else {
            manifest.run = { id: doc.run.id };
            for (const key of ['attempt', 'url', 'workflow']) {
                const v = optionalString(doc.run, key, 'run', problems);
                if (v !== undefined)
                    manifest.run[key] = v;
            }
        }
    }
    if (doc.job !== undefined) {
        const job = doc.job;
        if (!isObject(job) ||
            typeof job.name !== 'string' ||
            typeof job.output !== 'string' ||
            !Array.isArray(job.data) ||
            job.data.some((d) => typeof d !== 'string')) {
            problems.push('job is not {name, output, code, environment, data, step}');
        }
        else {
            manifest.job = { name: job.name, output: job.output, data: job.data };
            for (const key of ['code', 'environment', 'step']) {
                const v = optionalString(job, key, 'job', problems);
                if (v !== undefined)
                    manifest.job[key] = v;
            }
        }
    }
    if (doc.metrics !== undefined) {
        if (!isObject(doc.metrics) ||
            Object.values(doc.metrics).some((v) => typeof v !== 'number' && typeof v !== 'string')) {
            problems.push('metrics is not a map of numbers and strings');
        }
        else {
            manifest.metrics = doc.metrics;
        }
    }
    if (problems.length > 0)
        fail(problems.slice(0, 5).join('; '));
    return manifest;
}
/** The manifest as written to disk: stable key order, two-space indent, trailing newline. */
function serializeManifest(manifest) {
    const ordered = {
        schemaVersion: 1,
        name: manifest.name,
        modelType: manifest.modelType,
        layout: manifest.layout,
        digest: manifest.digest,
        files: manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
        ...(manifest.code && { code: manifest.code }),
        ...(manifest.environment && { environment: manifest.environment }),
        ...(manifest.git && { git: manifest.git }),
        ...(manifest.run && { run: manifest.run }),
        ...(manifest.job && { job: manifest.job }),
        ...(manifest.metrics && { metrics: manifest.metrics }),
        createdAt: manifest.createdAt,
        tool: manifest.tool,
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
}


/***/ })

};
