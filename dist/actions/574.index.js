export const id = 574;
export const ids = [574];
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


/***/ })

};
