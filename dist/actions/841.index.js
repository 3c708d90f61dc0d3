export const id = 841;
export const ids = [841];
export const modules = {

/***/ 58313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./src/azureml/job-metrics.ts
var job_metrics = __webpack_require__(13129);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(81601);
// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: ./src/actions/register-model/inputs.ts
var register_model_inputs = __webpack_require__(95420);
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 143 modules
var esm = __webpack_require__(67940);
// EXTERNAL MODULE: ./src/model/digest.ts
var model_digest = __webpack_require__(95305);
// EXTERNAL MODULE: ./src/azureml/blob-upload.ts
var blob_upload = __webpack_require__(79393);
// EXTERNAL MODULE: ./src/azureml/datastore-url.ts
var datastore_url = __webpack_require__(4831);
// EXTERNAL MODULE: ./src/azureml/model-blobs.ts
var model_blobs = __webpack_require__(85374);
// EXTERNAL MODULE: ./src/azureml/model-reference.ts
var model_reference = __webpack_require__(60127);
;// CONCATENATED MODULE: ./src/azureml/model-copy.ts






const SAS_MINUTES = 60;
const CONCURRENCY = 8;
async function side(client) {
    const datastore = await client.getDefaultDatastore();
    const { container, secret } = await (0,blob_upload/* openDatastoreContainer */.Dr)(client, datastore);
    return { datastore, secret, container };
}
/** A read-only URL of one source blob, valid for an hour (the SAS is masked through `setSecret`). */
function readableUrl(src, blobName, setSecret) {
    const url = src.container.getBlobClient(blobName).url.split('?')[0];
    if (src.secret.kind === 'sas')
        return `${url}?${src.secret.sasToken.replace(/^\?/, '')}`;
    const sas = (0,esm/* generateBlobSASQueryParameters */.WJ)({
        containerName: src.datastore.containerName,
        blobName,
        permissions: esm/* BlobSASPermissions */.vD.parse('r'),
        startsOn: new Date(Date.now() - 5 * 60_000),
        expiresOn: new Date(Date.now() + SAS_MINUTES * 60_000),
    }, new esm/* StorageSharedKeyCredential */.Z3(src.datastore.accountName, src.secret.accountKey)).toString();
    setSecret(sas);
    for (const part of sas.split('&'))
        if (part.startsWith('sig='))
            setSecret(decodeURIComponent(part.slice(4)));
    return `${url}?${sas}`;
}
/**
 * Copies a model version's files from the source workspace's datastore to the target's, server-side (the
 * target storage reads each blob from a short-lived read-only SAS URL), under the same datastore path: the
 * `LocalUpload/<hash>/<folder or file name>` layout `az ml` gave them (or `LocalUpload/<digest>/<model name>/` of
 * versions registered before register-model followed it) is kept, so a score.py finds the same files under
 * AZUREML_MODEL_DIR after the promotion. Blobs already there with the same size and sha256 are skipped, so a
 * re-run copies only what is missing. Then the digest is recomputed from the target blobs (paths, sizes, sha256
 * metadata) and must equal `digest`.
 */
async function copyModelFiles(source, target, digest, options) {
    const started = Date.now();
    const where = (0,model_reference/* parseDatastorePath */.sq)(source.modelUri);
    if (!where)
        throw new Error(`The source model's files are at ${source.modelUri}, not a datastore path.`);
    const src = await side(source.client);
    if (src.datastore.name !== where.datastore) {
        throw new Error(`The source model's files are in datastore '${where.datastore}', not the source workspace's default '${src.datastore.name}'.`);
    }
    const { blobs, folder } = await (0,model_blobs/* listBlobsAt */.S)(src.container, where.path);
    if (blobs.length === 0)
        throw new Error(`No files under the source model's ${source.modelUri}.`);
    const unhashed = blobs.find((b) => !b.sha256);
    if (unhashed) {
        throw new Error(`Source blob ${unhashed.name} has no sha256 metadata: the source version was not uploaded by register-model, so its digest cannot be verified.`);
    }
    const tgt = await side(target);
    const assetPath = where.path.replace(/\/+$/, '');
    let copied = 0;
    let skipped = 0;
    let next = 0;
    async function worker() {
        while (next < blobs.length) {
            const b = blobs[next++];
            const dest = tgt.container.getBlobClient(b.name);
            const props = await dest.getProperties().catch(() => undefined);
            if (props && props.contentLength === b.size && props.metadata?.[blob_upload/* SHA256_METADATA */.yn] === b.sha256) {
                skipped++;
                continue;
            }
            const poller = await dest.beginCopyFromURL(readableUrl(src, b.name, options.setSecret), {
                intervalInMs: 200,
                metadata: { [blob_upload/* SHA256_METADATA */.yn]: b.sha256 },
            });
            const result = await poller.pollUntilDone();
            if (result.copyStatus !== 'success')
                throw new Error(`Copying ${b.path} ended ${result.copyStatus}.`);
            copied++;
        }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, blobs.length) }, worker));
    const bytes = blobs.reduce((n, b) => n + b.size, 0);
    options.log(`Copied ${copied} files, ${skipped} already there (${(bytes / 1048576).toFixed(1)} MB in all).`);
    // Verify what the target now holds.
    const landed = [];
    for (const b of (await (0,model_blobs/* listBlobsAt */.S)(tgt.container, where.path)).blobs) {
        landed.push({ path: b.path, size: b.size, sha256: b.sha256 ?? '' });
    }
    const expected = new Set(blobs.map((b) => b.path));
    const mine = landed.filter((f) => expected.has(f.path));
    const got = (0,model_digest/* combineDigest */.uN)(mine);
    if (got !== digest || mine.length !== blobs.length) {
        throw new Error(`The copied files do not match: digest ${got} in the target, ${digest} expected (${mine.length} of ${blobs.length} files). Nothing was registered; run again.`);
    }
    options.log(`Verified: the target files have digest ${got}.`);
    return {
        modelUri: (0,datastore_url/* datastoreUri */.G4)(target.address, tgt.datastore.name, assetPath, folder),
        files: blobs.length,
        bytes,
        copied,
        skipped,
        digest: got,
        seconds: (Date.now() - started) / 1000,
    };
}

// EXTERNAL MODULE: ./src/azureml/workspace.ts
var workspace = __webpack_require__(32051);
// EXTERNAL MODULE: ./src/model/lineage.ts
var lineage = __webpack_require__(57820);
// EXTERNAL MODULE: ./src/azureml/model-registration.ts
var model_registration = __webpack_require__(60445);
;// CONCATENATED MODULE: ./src/actions/register-model/promotion.ts






/** Tags and properties a promotion writes on the target version. */
const PROMOTION = {
    from: 'mlops.promoted-from',
    sourceVersion: 'mlops.source-version',
    promotedBy: 'mlops.promoted-by',
    approver: 'mlops.approved-by',
    history: 'mlops.promotion-history',
};
/** Reads a version's promotion history (an empty list when there is none or it is not a list). */
function promotionHistory(version) {
    try {
        const parsed = JSON.parse(version.properties[PROMOTION.history] ?? '[]');
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}
/**
 * Promotes a model version from another workspace into this one under the same name and version: the files are
 * copied server-side and verified against the source's digest, then the version is registered with the
 * source's lineage, the promotion's (from where, which run, who approved) and the source's history plus one
 * entry. A target version that already holds the same digest is returned as is; one with other files is refused.
 */
async function promoteModelVersion(target, source, ref, context) {
    const found = await core/* group */.Os(`Read ${ref.name}:${ref.version} in workspace ${ref.workspace}`, async () => {
        const v = await source.getModelVersion(ref.name, ref.version);
        if (!v) {
            throw new errors/* ConfigurationError */.j(`Input 'source': model ${ref.name} version ${ref.version} does not exist in workspace '${ref.workspace}'. Check the id (register-model's model-id output in the source environment).`, 'source');
        }
        const digest = v.tags[model_registration/* LINEAGE */.EI.digest];
        if (!digest || !v.modelUri || !v.modelType) {
            throw new errors/* ConfigurationError */.j(`Input 'source': ${ref.name}:${ref.version} in '${ref.workspace}' has no ${model_registration/* LINEAGE */.EI.digest} tag (or no files): it was not registered by register-model, so it cannot be promoted with its lineage.`, 'source');
        }
        core/* info */.pq(`${v.id}: ${v.modelType}, digest ${digest}`);
        return { v, digest, modelUri: v.modelUri, modelType: v.modelType };
    });
    const ws = target.address.workspace;
    const id = (0,workspace/* modelVersionResourceId */.T6)(target.address, ref.name, ref.version);
    const uri = `azureml:${ref.name}:${ref.version}`;
    const existing = await target.getModelVersion(ref.name, ref.version);
    if (existing) {
        if (existing.tags[model_registration/* LINEAGE */.EI.digest] === found.digest) {
            core/* info */.pq(`${ref.name}:${ref.version} is already in workspace '${ws}' with digest ${found.digest}.`);
            // A version never outlives its files: the copy skips every blob still there and copies the missing ones
            // again, then verifies the digest in the target.
            const copy = await core/* group */.Os(`Check its files in '${ws}' (copy what is missing)`, () => copyModelFiles({ client: source, modelUri: found.modelUri }, target, found.digest, {
                setSecret: (s) => core/* setSecret */.Pq(s),
                log: (l) => core/* info */.pq(l),
            }));
            return {
                version: existing,
                id,
                uri,
                digest: found.digest,
                reused: true,
                copy,
                history: promotionHistory(existing),
            };
        }
        throw new errors/* ConfigurationError */.j(`Input 'source': workspace '${ws}' already has ${ref.name} version ${ref.version} with other files (digest ${existing.tags[model_registration/* LINEAGE */.EI.digest] ?? 'unknown'}, source ${found.digest}). Versions are immutable: archive that version, or promote into a workspace that does not have it.`, 'source');
    }
    const copy = await core/* group */.Os(`Copy the files from '${ref.workspace}' to '${ws}' (server-side)`, () => copyModelFiles({ client: source, modelUri: found.modelUri }, target, found.digest, {
        setSecret: (s) => core/* setSecret */.Pq(s),
        log: (l) => core/* info */.pq(l),
    }));
    const { env } = context;
    const run = (0,lineage/* lineageFromEnv */.p)(env).run?.url;
    const record = {
        from: ref.workspace,
        to: ws,
        version: ref.version,
        digest: found.digest,
        run,
        actor: env.GITHUB_ACTOR,
        approver: context.approver,
        at: new Date().toISOString(),
    };
    const history = [...promotionHistory(found.v), record];
    const tags = {
        ...found.v.tags,
        [PROMOTION.from]: ref.workspace,
        [PROMOTION.sourceVersion]: found.v.id,
    };
    if (run)
        tags[PROMOTION.promotedBy] = run;
    if (context.approver)
        tags[PROMOTION.approver] = context.approver;
    const version = await core/* group */.Os(`Register ${uri} in workspace '${ws}'`, () => target.createOrUpdateModelVersion(ref.name, ref.version, {
        modelUri: copy.modelUri,
        modelType: found.modelType,
        description: found.v.description,
        tags,
        properties: { ...found.v.properties, [PROMOTION.history]: JSON.stringify(history) },
    }));
    return { version, id, uri, digest: found.digest, reused: false, copy, history };
}

// EXTERNAL MODULE: ./src/model/model-source.ts
var model_source = __webpack_require__(54892);
// EXTERNAL MODULE: ./src/azureml/model-from-job.ts + 1 modules
var model_from_job = __webpack_require__(91760);
// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
// EXTERNAL MODULE: ./src/azureml/job-output.ts
var job_output = __webpack_require__(35763);
;// CONCATENATED MODULE: ./src/actions/register-model/summary.ts



function mb(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
/** The job summary: what was registered where, whether it was reused, what was uploaded, the tags, a studio link. */
function renderSummary(result, address, tenantId) {
    const v = result.version;
    const link = (0,workspace/* studioModelUrl */.ff)(address, v.name, v.version, tenantId ?? result.workspace.tenantId);
    const rows = [
        [
            'Workspace',
            `${address.workspace} (resource group ${address.resourceGroup}, subscription ${address.subscriptionId})`,
        ],
        ['Model', `<code>${(0,html/* escapeHtml */.Z)(result.uri)}</code>`],
        [
            'Version',
            `${(0,html/* escapeHtml */.Z)(v.version)} (${result.reused ? 'reused: these files were already registered' : 'new'})`,
        ],
        ['Digest', `<code>${(0,html/* escapeHtml */.Z)(result.digest)}</code>`],
        ['Type', (0,html/* escapeHtml */.Z)(v.modelType ?? '')],
        ['Files', v.modelUri ? `<code>${(0,html/* escapeHtml */.Z)(v.modelUri)}</code>` : ''],
    ];
    if (result.upload) {
        const u = result.upload;
        rows.push([
            'Upload',
            `${u.uploadedFiles} files (${mb(u.uploadedBytes)}) uploaded, ${u.skippedFiles} already there, in ${u.seconds.toFixed(1)} s`,
        ]);
    }
    else if (result.sharedFilesOf) {
        rows.push([
            'Upload',
            `nothing: version ${(0,html/* escapeHtml */.Z)(result.sharedFilesOf)} holds the same files, this version points at its blobs`,
        ]);
    }
    else if (v.tags[job_output/* JOB_LINEAGE */.A6.job]) {
        rows.push([
            'Upload',
            `nothing: the files are where job ${(0,html/* escapeHtml */.Z)(v.tags[job_output/* JOB_LINEAGE */.A6.job])} wrote them`,
        ]);
    }
    else {
        rows.push(['Upload', 'nothing (reused)']);
    }
    if (result.files) {
        const f = result.files;
        rows.push([
            'Files check',
            f.restored > 0
                ? `${f.restored} of ${f.files} files were missing or different and were uploaded again (${mb(f.restoredBytes)})`
                : `all ${f.files} files there`,
        ]);
    }
    if (result.deletedDuplicate !== undefined) {
        rows.push([
            'Concurrent run',
            `another run registered these files first: version ${(0,html/* escapeHtml */.Z)(result.deletedDuplicate)}, created by this run, was deleted`,
        ]);
    }
    if (link)
        rows.push(['Studio', `<a href="${(0,html/* escapeHtml */.Z)(link)}">${(0,html/* escapeHtml */.Z)(v.name)}:${(0,html/* escapeHtml */.Z)(v.version)}</a>`]);
    rows.push(['ARM id', `<code>${(0,html/* escapeHtml */.Z)(result.id)}</code>`]);
    const table = (head, body) => (0,html/* htmlTable */.I)(head, body);
    const tags = Object.entries(v.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    let md = `## ${result.reused ? 'Reused' : 'Registered'} model ${(0,html/* escapeHtml */.Z)(v.name)} version ${(0,html/* escapeHtml */.Z)(v.version)}\n\n`;
    md += table(undefined, rows) + '\n\n';
    if (v.description)
        md += `${(0,html/* escapeHtml */.Z)(v.description)}\n\n`;
    if (tags.length > 0) {
        md +=
            `### Tags\n\n` +
                table(['Tag', 'Value'], tags.map(([k, val]) => [(0,html/* escapeHtml */.Z)(k), (0,html/* escapeHtml */.Z)(val)])) +
                '\n';
    }
    return md;
}
/** The job summary of a promotion: from where, the digest check, the history. */
function renderPromotionSummary(result, ref, workspace) {
    const rows = [
        ['Model', `<code>${(0,html/* escapeHtml */.Z)(result.uri)}</code>`],
        ['From', `workspace ${(0,html/* escapeHtml */.Z)(ref.workspace)}`],
        [
            'To',
            `workspace ${(0,html/* escapeHtml */.Z)(workspace)} (${result.reused ? 'already there: its files checked, nothing registered' : 'registered'})`,
        ],
        ['Digest', `<code>${(0,html/* escapeHtml */.Z)(result.digest)}</code>${result.copy ? ' (verified in the target)' : ''}`],
    ];
    if (result.copy) {
        const c = result.copy;
        rows.push([
            'Copy',
            `${c.copied} files copied server-side, ${c.skipped} already there, ${mb(c.bytes)}, ${c.seconds.toFixed(1)} s`,
        ]);
    }
    const history = result.history.map((h) => [
        (0,html/* escapeHtml */.Z)(h.at),
        `${(0,html/* escapeHtml */.Z)(h.from)} → ${(0,html/* escapeHtml */.Z)(h.to)}`,
        (0,html/* escapeHtml */.Z)(h.actor ?? ''),
        (0,html/* escapeHtml */.Z)(h.approver ?? ''),
        h.run ? `<a href="${(0,html/* escapeHtml */.Z)(h.run)}">run</a>` : '',
    ]);
    return (`## Promoted ${(0,html/* escapeHtml */.Z)(result.uri)} to ${(0,html/* escapeHtml */.Z)(workspace)}\n\n${(0,html/* htmlTable */.I)(undefined, rows)}\n\n` +
        `### Promotion history\n\n${(0,html/* htmlTable */.I)(['When', 'Path', 'By', 'Approved by', 'Run'], history)}\n`);
}

;// CONCATENATED MODULE: ./src/actions/register-model/main.ts














/** register-model: registers a package (or plain model folder) as a model version, idempotently. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', register_model_inputs/* getInputs */.GP);
    if (inputs.source)
        return promote(inputs, inputs.source);
    if (inputs.jobOutput)
        return fromJob(inputs, inputs.jobOutput);
    const modelPath = inputs.modelPath;
    const source = await core/* group */.Os('Read the model', async () => {
        const source = await (0,model_source/* readModelSource */.v)(modelPath, { inputName: 'model-path' });
        const mb = (source.bytes / (1024 * 1024)).toFixed(1);
        core/* info */.pq(`${modelPath}: ${source.kind}, ${source.files.length} files, ${mb} MB`);
        core/* info */.pq(`model type ${source.modelType}, layout ${source.layout}, digest ${source.digest}`);
        for (const warning of source.warnings)
            core/* warning */.$e(warning);
        return source;
    });
    const name = inputs.name ?? source.manifest?.name;
    if (!name) {
        throw new errors/* ConfigurationError */.j(`Input 'name' is required for a plain model folder or file (${modelPath} has no mlops-package.json). Set it, e.g. name: diabetes-classifier.`, 'name');
    }
    (0,names/* validateModelName */.H)(name, inputs.name ? 'name' : 'model-path');
    if (inputs.name && source.manifest && source.manifest.name !== inputs.name) {
        core/* info */.pq(`Registering the package of '${source.manifest.name}' under the name '${inputs.name}' (input name).`);
    }
    const { address } = inputs.workspace;
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const result = await (0,model_registration/* registerModel */.$R)(client, {
        name,
        version: inputs.version,
        userTags: inputs.tags,
        description: inputs.description,
        source,
    });
    setOutputs(name, result);
    await core/* summary */.z.addRaw(renderSummary(result, address, inputs.workspace.credential.tenantId)).write();
}
/** register-model with `source`: promotes a version from another workspace (same credential, same ARM endpoint). */
async function promote(inputs, ref) {
    const { client: target, clientFor } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const source = clientFor((0,model_reference/* workspaceOf */.B3)(ref, inputs.workspace.address));
    const result = await promoteModelVersion(target, source, ref, {
        env: process.env,
        approver: inputs.approvedBy,
    });
    setOutputs(result.version.name, result);
    await core/* summary */.z.addRaw(renderPromotionSummary(result, ref, inputs.workspace.address.workspace)).write();
}
/** register-model with `source: azureml://jobs/<job>/outputs/<o>`: registers the job's output where it is, with its lineage. */
async function fromJob(inputs, ref) {
    const name = inputs.name;
    const { client, credential } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const read = await core/* group */.Os(`Read output '${ref.output}' of job ${ref.job}`, async () => {
        const read = await (0,model_from_job/* readJobOutputModel */.S)(client, ref, {
            input: 'source',
            downloadRoot: (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'mlops-job-outputs'),
            log: (line) => core/* info */.pq(line),
        });
        const { source, lineage } = read;
        core/* info */.pq(`${read.modelUri}: ${source.kind}, ${source.files.length} files, model type ${source.modelType}, digest ${source.digest}`);
        core/* info */.pq(`lineage: job ${lineage.name}${lineage.step ? ` (step ${lineage.step})` : ''}, code ${lineage.code ?? '-'}, ` +
            `environment ${lineage.environment ?? '-'}, data ${lineage.data.join(', ') || '-'}`);
        for (const warning of source.warnings)
            core/* warning */.$e(warning);
        return read;
    });
    // What the job logged with MLflow (for a pipeline, every step), kept on the version as metric.<name>: the
    // baseline metric-gate reads from the model an endpoint serves.
    const metrics = await core/* group */.Os(`Read the metrics job ${ref.job} logged`, async () => {
        const { dataPlane } = await (0,job_metrics/* openDataPlane */.LP)(client, credential);
        const found = await (0,job_metrics/* jobMetricsOrWarn */.Ow)(dataPlane, ref.job, (message) => core/* warning */.$e(message));
        core/* info */.pq(Object.keys(found).length > 0
            ? `metrics: ${Object.entries(found)
                .map(([k, v]) => `${k}=${v}`)
                .join(', ')}`
            : 'The job logged no metrics.');
        return found;
    });
    const result = await core/* group */.Os(`Register ${name}`, () => (0,model_from_job/* registerJobOutputModel */.x)(client, {
        name,
        ...(inputs.version ? { version: inputs.version } : {}),
        userTags: inputs.tags,
        ...(inputs.description !== undefined ? { description: inputs.description } : {}),
        ref,
        metrics,
    }, read, (line) => core/* info */.pq(line)));
    setOutputs(name, result);
    await core/* summary */.z
        .addRaw(renderSummary(result, inputs.workspace.address, inputs.workspace.credential.tenantId))
        .write();
}
/** The step's outputs, the same whichever way the version was registered. */
function setOutputs(name, result) {
    core/* setOutput */.uH('model-name', name);
    core/* setOutput */.uH('model-version', result.version.version);
    core/* setOutput */.uH('model-id', result.id);
    core/* setOutput */.uH('model-uri', result.uri);
    core/* setOutput */.uH('digest', result.digest);
    core/* setOutput */.uH('reused', result.reused ? 'true' : 'false');
}

;// CONCATENATED MODULE: ./src/actions/register-model/index.ts
// The function the register-model action's step runs (src/actions/index.ts runs it).



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

/***/ 35860:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ htmlTable),
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** Escapes text for the job summary's HTML. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
/** An HTML table; cells are HTML already (escape text with escapeHtml). */
function htmlTable(head, rows) {
    const cells = (tag, row) => `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
    return `<table>${head ? cells('th', head) : ''}${rows.map((r) => cells('td', r)).join('')}</table>`;
}


/***/ }),

/***/ 64871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ createDataPlane),
/* harmony export */   f: () => (/* binding */ LOG_READ_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30869);
/* harmony import */ var _contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43987);
/* harmony import */ var _retry_settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92268);
/* harmony import */ var _user_agent_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20211);
// The workspace's data plane, which the ARM spec does not describe: run history (a job's details with its log files,
// a pipeline's child runs) and MLflow tracking (the metrics a job logged). Shapes and paths are the contract's
// (src/contract/jobs.ts), as azure-ai-ml reads them (RunOperations.get_run_details, jobs.list(parent_job_name=),
// _job_ops_helper.stream_logs_until_completion).
//
// Same pipeline as ARM: @azure/core-rest-pipeline's policies (retry, user agent, bearer token) with the ARM credential and scope (azure-ai-ml uses the
// ARM token for run history and MLflow too), the same retry settings and user agent. Log files are different: their
// URLs are blob SAS URLs that carry their own authorisation, so they are read by a second client with no credential
// (a bearer token must never go to them), and never printed (the SAS is a secret).






/** At most this many pages of a pipeline's children (a pipeline of thousands of steps is far past any we run). */
const MAX_CHILDREN_PAGES = 1000;
/** At most this many bytes of a log per read: a long log is read over several polls, never held whole. */
const LOG_READ_MAX_BYTES = 4 * 1024 * 1024;
const clip = (text, max = 300) => {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > max ? `${line.slice(0, max)}...` : line;
};
/** The service's message from an error answer (ARM-style envelope, run history's, or plain text). */
function errorText(response) {
    const body = response.bodyAsText ?? '';
    try {
        const parsed = JSON.parse(body);
        const code = parsed.error?.code ?? parsed.error_code;
        const message = parsed.error?.message ?? parsed.message;
        if (code || message)
            return clip([code, message].filter(Boolean).join(': '));
    }
    catch {
        // not JSON: the text itself
    }
    return clip(body) || '(no message)';
}
/** Creates the data-plane client of a workspace; the discovery document is fetched once, on the first call. */
function createDataPlane(credential, address, options = {}) {
    const httpClient = options.httpClient ?? (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createDefaultHttpClient */ .fl)();
    const pipelineOf = (signed) => {
        const pipeline = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineFromOptions */ .Fp)({
            retryOptions: options.retry ?? _retry_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_RETRY */ .vI,
            userAgentOptions: { userAgentPrefix: _user_agent_js__WEBPACK_IMPORTED_MODULE_5__/* .USER_AGENT_PREFIX */ .r },
        });
        if (signed) {
            pipeline.addPolicy((0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .bearerTokenAuthenticationPolicy */ .N$)({ credential, scopes: `${address.workspace.armEndpoint}/.default` }));
        }
        return (request) => pipeline.sendRequest(httpClient, request);
    };
    const signed = { sendRequest: pipelineOf(true) };
    const anonymous = { sendRequest: pipelineOf(false) };
    const { subscriptionId, resourceGroup, workspace } = address.workspace;
    const scope = (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .workspaceScope */ .O9)(subscriptionId, resourceGroup, workspace);
    async function getJson(url, what, allow404 = false) {
        const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({ url, method: 'GET' });
        request.headers.set('Accept', 'application/json');
        const response = await signed.sendRequest(request);
        if (response.status === 404 && allow404)
            return undefined;
        if (response.status < 200 || response.status > 299) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Could not ${what} (${new URL(url).host}): ${response.status} ${errorText(response)}`, response.status);
        }
        try {
            return JSON.parse(response.bodyAsText ?? '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Could not ${what}: the answer is not JSON.`, response.status);
        }
    }
    let api;
    const apiBase = () => {
        api ??= (async () => {
            const doc = await getJson(address.discoveryUrl, `read the workspace's discovery document`);
            if (!doc || typeof doc.api !== 'string' || !/^https?:\/\//.test(doc.api)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`The discovery document of workspace '${workspace}' names no data-plane API ('api').`);
            }
            return doc.api.replace(/\/+$/, '');
        })();
        api.catch(() => (api = undefined));
        return api;
    };
    return {
        discover: apiBase,
        async getRunDetails(runId) {
            const url = `${await apiBase()}${(0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .runDetailsPath */ .Ff)(scope, runId)}`;
            return getJson(url, `read the run history of job ${runId}`, true);
        },
        async listRunChildren(runId) {
            const base = `${await apiBase()}${(0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .runChildrenPath */ .ON)(scope, runId)}`;
            const origin = new URL(base).origin;
            const children = [];
            const seen = new Set();
            let url = base;
            // As azure-ai-ml pages them (runhistory get_child): a page's nextLink, else its continuationToken.
            for (let pages = 1;; pages++) {
                const page = await getJson(url, `list the child jobs of job ${runId}`);
                children.push(...(page?.value ?? []));
                const next = page?.nextLink
                    ? page.nextLink
                    : page?.continuationToken
                        ? `${base}?${_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .RUN_CHILDREN_CONTINUATION */ .Kl}=${encodeURIComponent(page.continuationToken)}`
                        : undefined;
                if (!next)
                    return children;
                // Our credential goes only where the first page was read.
                if (new URL(next).origin !== origin) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Run history's next page of job ${runId}'s children is on another host (${new URL(next).host}); it is not read with the workspace's credential.`);
                }
                if (seen.has(next) || pages >= MAX_CHILDREN_PAGES) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Run history kept answering more pages of job ${runId}'s children (${pages} read): stopped.`);
                }
                seen.add(next);
                url = next;
            }
        },
        async readLog(url, from) {
            const request = (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .createPipelineRequest */ .G6)({
                url,
                method: 'GET',
                streamResponseStatusCodes: new Set([200, 206]),
                // The URL is the service's: https on Azure; whatever scheme it names is used, with no credential of ours.
                allowInsecureConnection: true,
            });
            request.headers.set('Range', `bytes=${from}-${from + LOG_READ_MAX_BYTES - 1}`);
            let response;
            try {
                response = await anonymous.sendRequest(request);
            }
            catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Could not read a job log (${new URL(url).host}): ${withoutUrl((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .getErrorMessage */ .u)(error), url)}`);
            }
            // 416: nothing at or after `from` yet; 404: the log is not created yet (both: nothing new).
            if (response.status === 416 || response.status === 404)
                return new Uint8Array();
            if (response.status !== 200 && response.status !== 206) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .AzureMLError */ .Hv(`Could not read a job log (${new URL(url).host}): ${response.status} ${errorText(response)}`, response.status);
            }
            const bytes = await readBody(response);
            // 200: the server sent the whole log (no Range support): keep what follows `from`.
            return response.status === 200 ? bytes.subarray(from, from + LOG_READ_MAX_BYTES) : bytes;
        },
        async getRunMetrics(runId) {
            const base = (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .trackingUriToHttps */ .sH)(address.mlFlowTrackingUri);
            const url = `${base}${_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .MLFLOW_ROUTES */ .tH.getRun}?run_id=${encodeURIComponent(runId)}`;
            const run = await getJson(url, `read the metrics of job ${runId} (MLflow)`, true);
            const metrics = {};
            for (const m of run?.run?.data?.metrics ?? []) {
                if (typeof m.key === 'string' && typeof m.value === 'number')
                    metrics[m.key] = m.value;
            }
            return metrics;
        },
    };
}
/** A message without the log's URL or any SAS signature (they are secrets). */
function withoutUrl(message, url) {
    return clip(message
        .split(url)
        .join('<log URL>')
        .replace(/([?&]sig=)[^&\s]+/gi, '$1***'));
}
/** The body of a streamed answer, at most LOG_READ_MAX_BYTES plus one chunk. */
async function readBody(response) {
    const stream = response.readableStreamBody;
    if (!stream)
        return new Uint8Array();
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(buffer);
        size += buffer.length;
        if (size > LOG_READ_MAX_BYTES * 2) {
            stream.destroy?.();
            break;
        }
    }
    return Buffer.concat(chunks);
}


/***/ }),

/***/ 13129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LP: () => (/* binding */ openDataPlane),
/* harmony export */   Ow: () => (/* binding */ jobMetricsOrWarn)
/* harmony export */ });
/* unused harmony exports mergeMetrics, jobMetrics */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _data_plane_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64871);
/* harmony import */ var _retry_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92268);
// The metrics a job logged with MLflow, read back through the workspace's data plane: run-job reports them, and
// register-model records them on a model registered from the job's output (as `metric.<name>`, which metric-gate
// reads from the model an endpoint serves).



/**
 * One flat metrics map: a metric that one run logged keeps its name; one that several runs of a pipeline logged
 * is reported once per step as `<step>.<name>` (the pipeline's own value keeps the plain name), so nothing is lost
 * and no value silently wins.
 */
function mergeMetrics(runs) {
    const count = new Map();
    for (const run of runs)
        for (const key of Object.keys(run.metrics))
            count.set(key, (count.get(key) ?? 0) + 1);
    const out = {};
    for (const run of runs) {
        for (const [key, value] of Object.entries(run.metrics)) {
            const shared = (count.get(key) ?? 0) > 1;
            out[shared && run.step !== undefined ? `${run.step}.${key}` : key] = value;
        }
    }
    return out;
}
/**
 * Every metric a job logged: its own run's and, for a pipeline, each step's. `steps` are the pipeline's step runs
 * when the caller followed them; else they are read from run history (the job's children).
 */
async function jobMetrics(dataPlane, jobName, steps) {
    const children = steps ??
        (await dataPlane.listRunChildren(jobName)).map((c) => ({
            runId: c.runId,
            ...(c.displayName ? { step: c.displayName } : {}),
        }));
    const runs = [{ metrics: await dataPlane.getRunMetrics(jobName) }];
    for (const child of children)
        runs.push({ step: child.step ?? child.runId, metrics: await dataPlane.getRunMetrics(child.runId) });
    return mergeMetrics(runs);
}
/**
 * The workspace's data plane (run history, MLflow), at the addresses its ARM properties give. Fails with a clear
 * message when the workspace names none.
 */
async function openDataPlane(client, credential, env = process.env) {
    const ws = await client.getWorkspace();
    if (!ws.discoveryUrl || !ws.mlFlowTrackingUri) {
        throw new Error(`Workspace '${ws.name}' gives no ${ws.discoveryUrl ? 'mlFlowTrackingUri' : 'discoveryUrl'}: its job logs and metrics cannot be read.`);
    }
    const dataPlane = (0,_data_plane_js__WEBPACK_IMPORTED_MODULE_1__/* .createDataPlane */ .D)(credential, { workspace: client.address, discoveryUrl: ws.discoveryUrl, mlFlowTrackingUri: ws.mlFlowTrackingUri }, { retry: (0,_retry_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .retrySettings */ .wP)(env) });
    return { dataPlane, workspaceId: ws.id };
}
/** jobMetrics, or {} with the reason passed to `warn` when they cannot be read (the job itself is not at fault). */
async function jobMetricsOrWarn(dataPlane, jobName, warn, steps) {
    try {
        return await jobMetrics(dataPlane, jobName, steps);
    }
    catch (error) {
        warn(`Could not read the metrics of job ${jobName}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .getErrorMessage */ .u)(error)}`);
        return {};
    }
}


/***/ }),

/***/ 36641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  S: () => (/* binding */ jsonErrorWhere),
  l: () => (/* binding */ parseJsonText)
});

;// CONCATENATED MODULE: ./src/json-syntax.ts
// Where JSON text first breaks the grammar (RFC 8259), as line and column with a reason in our words. V8's
// JSON.parse messages quote the text ("Unexpected token 'r', "root:x:0:0"... is not valid JSON"), and errors about a
// file must never echo its content, so this locates the error itself and says nothing of the bytes.
class At extends Error {
    offset;
    reason;
    constructor(offset, reason) {
        super(reason);
        this.offset = offset;
        this.reason = reason;
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
function scan(text) {
    let i = 0;
    const fail = (reason) => {
        throw new At(i, reason);
    };
    const ws = () => {
        while (i < text.length && ' \t\n\r'.includes(text[i]))
            i++;
    };
    const string = () => {
        i++;
        for (;;) {
            if (i >= text.length)
                fail('the text ends inside a string');
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                i++;
                return;
            }
            if (c < 0x20)
                fail('a control character inside a string (escape it, e.g. \\n)');
            if (c !== 0x5c) {
                i++;
                continue;
            }
            const e = text[i + 1];
            if (e === 'u') {
                HEX4.lastIndex = i + 2;
                if (!HEX4.test(text))
                    fail('a bad \\u escape in a string');
                i += 6;
            }
            else if (e !== undefined && '"\\/bfnrt'.includes(e))
                i += 2;
            else
                fail('a bad escape in a string');
        }
    };
    const value = () => {
        ws();
        if (i >= text.length)
            fail('the text ends where a value should be');
        const c = text[i];
        if (c === '{' || c === '[') {
            const close = c === '{' ? '}' : ']';
            i++;
            ws();
            if (text[i] === close) {
                i++;
                return;
            }
            for (;;) {
                if (c === '{') {
                    ws();
                    if (text[i] !== '"')
                        fail('expected a property name in double quotes');
                    string();
                    ws();
                    if (text[i] !== ':')
                        fail("expected ':' after the property name");
                    i++;
                }
                value();
                ws();
                if (text[i] === ',')
                    i++;
                else if (text[i] === close) {
                    i++;
                    return;
                }
                else
                    fail(i >= text.length ? `the text ends before '${close}'` : `expected ',' or '${close}'`);
            }
        }
        if (c === '"')
            return string();
        NUMBER.lastIndex = i;
        const number = NUMBER.exec(text);
        if (number) {
            i += number[0].length;
            return;
        }
        for (const word of ['true', 'false', 'null']) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return;
            }
        }
        fail('a value should start here (an object, array, string in double quotes, number, true, false or null)');
    };
    value();
    ws();
    if (i < text.length)
        fail('more text after the JSON value');
}
/** The first syntax error of `text` (line and column from 1), or undefined when it is valid JSON. */
function findJsonSyntaxError(text) {
    try {
        scan(text);
        return undefined;
    }
    catch (error) {
        if (!(error instanceof At))
            return { line: 0, column: 0, reason: 'nested too deeply to locate' };
        const before = text.slice(0, error.offset);
        const lineStart = before.lastIndexOf('\n') + 1;
        return {
            line: before.split('\n').length,
            column: error.offset - lineStart + 1,
            reason: error.reason,
        };
    }
}

;// CONCATENATED MODULE: ./src/json-text.ts
// JSON parsing whose errors say where, never what: V8's JSON.parse messages quote the text
// (`Unexpected token 'r', "root:x:0:0:"... is not valid JSON`), and a file named by a user input may be anything.
// The locator is json-syntax.ts (one scanner for every input that reads JSON).

/** `line L, column C: <reason>` of the first syntax error in `text`: the position and our words, never the text. */
function jsonErrorWhere(text) {
    const at = findJsonSyntaxError(text);
    if (!at)
        return 'an unknown position';
    if (at.line === 0)
        return at.reason;
    return `line ${at.line}, column ${at.column}: ${at.reason}`;
}
/**
 * Parses `text` (a leading byte order mark is skipped). On a syntax error, calls `fail` with
 * `is not valid JSON at line L, column C: <reason>`: the position only, never the text.
 */
function parseJsonText(text, fail) {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch {
        return fail(`is not valid JSON at ${jsonErrorWhere(body)}`);
    }
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
