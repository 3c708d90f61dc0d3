export const id = 578;
export const ids = [578];
export const modules = {

/***/ 79393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ openDatastoreContainer),
/* harmony export */   W2: () => (/* binding */ LOCAL_UPLOAD),
/* harmony export */   Zn: () => (/* binding */ uploadFiles),
/* harmony export */   sg: () => (/* binding */ localUploadPath),
/* harmony export */   yn: () => (/* reexport safe */ _model_digest_js__WEBPACK_IMPORTED_MODULE_1__.yn)
/* harmony export */ });
/* unused harmony exports DEFAULT_UPLOAD, blobName, formatProgress, containerClientFor */
/* harmony import */ var _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67940);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95305);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _user_agent_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20211);




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
const LOCAL_UPLOAD = 'LocalUpload';
/**
 * `LocalUpload/<hash>/<own name>`: where the Azure ML CLI v2 puts a local folder or file, and what the asset's
 * path points at (azure-ai-ml `BlobStorageClient.upload`: `PurePosixPath(generate_asset_id(hash), Path(source).name)`;
 * the hash is model/az-ml-hash.ts). A folder's files go below it under their relative paths; a file is that blob.
 */
function localUploadPath(hash, ownName) {
    return `${LOCAL_UPLOAD}/${hash.replace(/^sha256:/, '')}/${ownName}`;
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
function containerClientFor(target, retry = DEFAULT_STORAGE_RETRY) {
    const options = {
        retryOptions: retry,
        userAgentOptions: { userAgentPrefix: _user_agent_js__WEBPACK_IMPORTED_MODULE_3__/* .USER_AGENT_PREFIX */ .r },
    };
    if (target.secret.kind === 'account-key') {
        return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(target.containerUrl, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .StorageSharedKeyCredential */ .Z3(target.accountName, target.secret.accountKey), options);
    }
    const sas = target.secret.sasToken.replace(/^\?/, '');
    return new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .ContainerClient */ .bM(`${target.containerUrl}?${sas}`, new _azure_storage_blob__WEBPACK_IMPORTED_MODULE_0__/* .AnonymousCredential */ .tv(), options);
}
/** A blob datastore's container, opened with the secret the workspace gives for it (account key or SAS). */
async function openDatastoreContainer(client, datastore) {
    const secret = await client.getDatastoreSecrets(datastore.name);
    const container = containerClientFor({
        containerUrl: (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore),
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
        return props.contentLength === item.size && props.metadata?.[_model_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_METADATA */ .yn] === item.sha256;
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
    const container = containerClientFor(target, options.retry ?? DEFAULT_STORAGE_RETRY);
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
            metadata: { [_model_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .SHA256_METADATA */ .yn]: item.sha256 },
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


/***/ }),

/***/ 62956:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bn: () => (/* binding */ createNextByDigest)
/* harmony export */ });
/* unused harmony exports MAX_VERSION_ATTEMPTS, convergeByDigest */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43987);
/* harmony import */ var _model_version_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63764);
// Creating the next version of an asset whose content is named by a digest (model versions in
// model-version-create.ts, data versions in data-registration.ts) so that concurrent runs of the same content
// converge on one version. The 2026-07-01 spec offers no conditional PUT on these versions (CreateOrUpdate takes no
// If-Match or If-None-Match, and answers 200 for an update), so create-only is built from what it does offer:
// 1. right before each PUT, list the versions tagged with the digest: one there means another run got there
//    first, and it is reused (no PUT);
// 2. GET the candidate before the PUT: we never update a version, and a taken one moves us to the next number
//    (as does a 409 from the PUT);
// 3. after the PUT, list again (convergeByDigest): when more than one version holds the digest, the first
//    registered (holderOrder: createdAt, then the lowest version) is the one. The run that created a later one
//    deletes it and reports the first. Every run that races ends on the same version.
//
// Deleted, not archived: the loser was created by this run moments ago and never reported, an archived version
// would still carry the digest (two versions of the same content, one listed by `listViewType=All`), and the blobs
// stay (they are the winner's too, or LocalUpload files shared by hash).


/** How many versions to try when concurrent runs keep taking the next one. */
const MAX_VERSION_ATTEMPTS = 5;
/** After this run created `mine`: keep it if it is the first holder of the digest, else delete it and return the first. */
async function convergeByDigest(mine, steps) {
    const { name } = steps;
    const listed = await steps.listHolders();
    // A listing may not show our PUT yet: ours holds the digest whatever the listing says.
    const holders = listed.some((v) => v.version === mine.version) ? listed : [...listed, mine];
    const first = steps.firstHolder(holders) ?? mine;
    if (first.version === mine.version)
        return { version: mine, reused: false };
    steps.info(`A concurrent run registered ${steps.what} as ${name} version ${first.version} first: version ${mine.version}, ` +
        `created by this run, is deleted and version ${first.version} is reported.`);
    try {
        await steps.deleteVersion(mine.version);
    }
    catch (error) {
        steps.warn(`Could not delete ${name} version ${mine.version} (a duplicate of version ${first.version}): ${error.message}. Delete or archive it.`);
    }
    return { version: first, reused: true, deletedDuplicate: mine.version };
}
/** Creates the next integer version, unless a concurrent run registers the same content first (see above). */
async function createNextByDigest(steps) {
    const { name } = steps;
    let candidate = (0,_model_version_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .nextVersion */ .yU)((await steps.listVersions()).map((v) => v.version));
    for (let attempt = 1; attempt <= MAX_VERSION_ATTEMPTS; attempt++) {
        const first = steps.firstHolder(await steps.listHolders());
        if (first) {
            steps.info(`Version ${first.version} of ${name} was registered with ${steps.what} meanwhile: reusing it.`);
            return { version: first, reused: true };
        }
        // GET before PUT: a PUT on an existing version would update it, and we never overwrite.
        const taken = await steps.getVersion(candidate);
        if (taken) {
            if (steps.holds(taken))
                return { version: taken, reused: true };
            steps.info(`Version ${candidate} was taken meanwhile; trying the next one.`);
        }
        else {
            try {
                steps.info(`Creating ${name} version ${candidate} ${steps.where}`);
                return await convergeByDigest(await steps.create(candidate), steps);
            }
            catch (error) {
                if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isConflict */ .dh)(error))
                    throw error;
                steps.info(`Version ${candidate} was taken by a concurrent registration (409); trying the next one.`);
            }
        }
        candidate = (BigInt(candidate) + 1n).toString();
    }
    throw new Error(`Could not create a version of ${steps.label}: ${MAX_VERSION_ATTEMPTS} versions in a row were taken by concurrent registrations. Run again.`);
}


/***/ }),

/***/ 4831:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ datastoreOf),
/* harmony export */   G4: () => (/* binding */ datastoreUri),
/* harmony export */   NU: () => (/* binding */ containerUrl)
/* harmony export */ });
/* unused harmony export isIpStyleEndpoint */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);

/** The host part of `host[:port]`, with IPv6 brackets removed. */
function hostOf(endpoint) {
    const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(endpoint);
    if (bracketed)
        return bracketed[1];
    if ((0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(endpoint) === 6)
        return endpoint;
    return endpoint.replace(/:\d+$/, '');
}
/**
 * True when the endpoint is an IP address or localhost (with an optional port): Azure Storage's SDKs
 * then use path-style URLs (`http://127.0.0.1:10000/account/container`), as Azurite expects.
 */
function isIpStyleEndpoint(endpoint) {
    const host = hostOf(endpoint.trim()).toLowerCase();
    return (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIP)(host) !== 0 || host === 'localhost';
}
/** The URL of the datastore's blob container, without a trailing slash. */
function containerUrl(location) {
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

/***/ 35763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ JOB_LINEAGE),
/* harmony export */   XR: () => (/* binding */ jobLineage),
/* harmony export */   mm: () => (/* binding */ jobLineageTags),
/* harmony export */   oG: () => (/* binding */ jobOutputLocation)
/* harmony export */ });
/* unused harmony exports assetVersionOf, producingStep */
/* harmony import */ var _contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
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
        const why = (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminalJobStatus */ .M8)(status)
            ? `it ended ${status}: its outputs are not a trained model`
            : `it is ${status ?? 'not started'}: wait for it to complete (run-job waits by default)`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input '${input}': job '${ref.job}' has not completed, ${why}.`, input);
    }
    const outputs = (job.properties.outputs ?? {});
    const output = outputs[ref.output];
    if (!output) {
        const names = Object.keys(outputs);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input '${input}': job '${ref.job}' has no output '${ref.output}'` +
            `${names.length ? ` (its outputs: ${names.join(', ')})` : ' (it declares no outputs)'}. Check the output name.`, input);
    }
    // ${{name}} and ${{output_name}} in an output path (how-to-read-write-data-v2) name the job and the output.
    const uri = output.uri
        ?.replace(/\$\{\{\s*name\s*\}\}/g, ref.job)
        .replace(/\$\{\{\s*output_name\s*\}\}/g, ref.output);
    const where = uri
        ? (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .datastoreOf */ .B7)(uri)
        : { datastore: _contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DATASTORE */ .AB, path: (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultOutputPath */ .wN)(ref.job, ref.output) };
    if (!where) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input '${input}': output '${ref.output}' of job '${ref.job}' is written to ${output.uri}, not a datastore path: register it from there.`, input);
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
    const output = (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .jobOutputUri */ .l4)(ref.job, ref.output) + (ref.path ? `/paths/${ref.path}` : '');
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
function jobLineageTags(l) {
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


/***/ }),

/***/ 60127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B3: () => (/* binding */ workspaceOf),
/* harmony export */   lm: () => (/* binding */ parseModelVersionAddress),
/* harmony export */   sq: () => (/* binding */ parseDatastorePath)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

const ARM_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/i;
const AZUREML = /^azureml:\/\/subscriptions\/([^/]+)\/resource[gG]roups\/([^/]+)\/workspaces\/([^/]+)\/models\/([^/]+)\/versions\/([^/]+)\/?$/;
/**
 * A model version's ARM id, or its `azureml://subscriptions/<sub>/resourcegroups/<rg>/workspaces/<ws>/models/<name>/versions/<v>`
 * address; a ConfigurationError naming `input` otherwise.
 */
function parseModelVersionAddress(value, input) {
    const m = ARM_ID.exec(value.trim()) ?? AZUREML.exec(value.trim());
    if (!m) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a model version in a workspace. Give its ARM id ` +
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
function parseDatastorePath(uri) {
    const m = /^azureml:\/\/subscriptions\/[^/]+\/resource[gG]roups\/[^/]+\/workspaces\/([^/]+)\/datastores\/([^/]+)\/paths\/(.*)$/.exec(uri);
    return m ? { workspace: m[1], datastore: m[2], path: m[3] } : undefined;
}


/***/ }),

/***/ 63764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ LINEAGE),
/* harmony export */   Fw: () => (/* binding */ holderOrder),
/* harmony export */   OZ: () => (/* binding */ lineage),
/* harmony export */   Xq: () => (/* binding */ modelBlobLayout),
/* harmony export */   ln: () => (/* binding */ findByDigest),
/* harmony export */   yU: () => (/* binding */ nextVersion)
/* harmony export */ });
/* unused harmony export versionOrder */
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79393);
/* harmony import */ var _job_output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35763);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95305);
/* harmony import */ var _model_lineage_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57820);
// The rules of a model version register-model writes: its lineage tags, where its files go, which version
// comes next, and which of several versions holding one digest is the one (pure).




/** Tag and property keys this action writes (DESIGN: the lineage of a model version). */
const LINEAGE = {
    digest: _model_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .DIGEST_TAG */ .K1,
    gitCommit: 'mlops.git-commit',
    repository: 'mlops.repository',
    runUrl: 'mlops.run-url',
    source: 'mlops.source',
    layout: 'mlops.layout',
    metricPrefix: 'metric.',
};
/** `LocalUpload/<hash>/<folder name>/<relative path>`, or `LocalUpload/<hash>/<file name>` for a file. */
function modelBlobLayout(source) {
    const assetPath = (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .localUploadPath */ .sg)(source.uploadHash, source.rootName);
    if (source.kind === 'file') {
        return { prefix: `${_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_UPLOAD */ .W2}/${source.uploadHash}`, assetPath, folder: false };
    }
    return { prefix: assetPath, assetPath, folder: true };
}
/** The highest integer version plus one ('1' for a new model); non-integer versions are ignored. */
function nextVersion(versions) {
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
function findByDigest(versions, digest) {
    return versions.filter((v) => v.tags[LINEAGE.digest] === digest).sort(holderOrder)[0];
}
/** Lineage tags and properties: from the package's manifest when there is one, else from the runner's variables. */
function lineage(source, env = process.env) {
    const fromEnv = (0,_model_lineage_js__WEBPACK_IMPORTED_MODULE_3__/* .lineageFromEnv */ .p)(env);
    const git = source.manifest?.git ?? fromEnv.git;
    const run = source.manifest?.run ?? fromEnv.run;
    const tags = { [LINEAGE.digest]: source.digest, [LINEAGE.source]: source.kind };
    if (git?.commit)
        tags[LINEAGE.gitCommit] = git.commit;
    const repository = git?.repository ?? env.GITHUB_REPOSITORY;
    if (repository)
        tags[LINEAGE.repository] = repository;
    if (run?.url)
        tags[LINEAGE.runUrl] = run.url;
    // A package of a job's output keeps the job's lineage (package-model from azureml://jobs/...).
    if (source.manifest?.job)
        Object.assign(tags, (0,_job_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jobLineageTags */ .mm)(source.manifest.job));
    const properties = {
        [LINEAGE.digest]: source.digest,
        [LINEAGE.layout]: source.layout,
    };
    for (const [k, v] of Object.entries(source.manifest?.metrics ?? {}))
        properties[`${LINEAGE.metricPrefix}${k}`] = String(v);
    return { tags, properties };
}


/***/ }),

/***/ 20211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ USER_AGENT_PREFIX)
/* harmony export */ });
/** The user-agent prefix of every request of ours (ARM and blob storage), so a service's logs tell our calls apart. */
const USER_AGENT_PREFIX = 'mlops-actions';


/***/ })

};
