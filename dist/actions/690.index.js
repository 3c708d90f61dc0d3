export const id = 690;
export const ids = [690];
export const modules = {

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

/***/ 59303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stringRecord)
/* harmony export */ });
// The bodies we send to and read from Microsoft.MachineLearningServices at AZUREML_API_VERSION
// (src/contract/azureml-api.ts), transcribed from that version's openapi.json and the common-types v3 files it
// refers to. Only the properties we use; each type names its spec definition. Two shapes per resource:
// - `*Body`: what a PUT may carry. Read-only properties (id, name, type, systemData, provisioningState,
//   scoringUri, isDefault, ...) are left out on purpose, so an object literal with one fails to compile.
// - the plain name: what the service answers, the body plus the read-only properties.
// Types only, but for stringRecord, which reads the spec's nullable string maps.
/** The string values of such a map (null values dropped). */
function stringRecord(value) {
    const out = {};
    for (const [k, v] of Object.entries(value ?? {}))
        if (typeof v === 'string')
            out[k] = v;
    return out;
}


/***/ }),

/***/ 56283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MQ: () => (/* binding */ operation),
/* harmony export */   Ts: () => (/* binding */ pollSpec),
/* harmony export */   Zj: () => (/* binding */ nextPage),
/* harmony export */   e$: () => (/* binding */ queryParameter),
/* harmony export */   tD: () => (/* binding */ ops)
/* harmony export */ });
/* harmony import */ var _azure_core_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95738);
/* harmony import */ var _contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25445);
// The operations of Microsoft.MachineLearningServices we call, as core-client OperationSpecs of our own at
// AZUREML_API_VERSION (src/contract/azureml-api.ts). Each is named after the spec's operationId and carries what
// its openapi.json says: path, method, the answers that are not errors, and for long-running operations the
// x-ms-long-running-operation-options `final-state-via`. Bodies are never reshaped: every body mapper is of
// core-client type 'Object', which its serializer passes through unchanged both ways (serializer.ts: Object is
// a "basic type" on serialize and is returned as is on deserialize). Any other status throws a RestError whose
// `code` and `message` come from the ARM error envelope (core-client deserializationPolicy handleErrorResponse).


const serializer = (0,_azure_core_client__WEBPACK_IMPORTED_MODULE_0__/* .createSerializer */ .rl)({}, false);
/** A JSON body of any shape, passed through unchanged. */
const json = { type: { name: 'Object' }, serializedName: 'body' };
const apiVersion = {
    parameterPath: 'apiVersion',
    mapper: {
        defaultValue: _contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__/* .AZUREML_API_VERSION */ .d,
        isConstant: true,
        serializedName: 'api-version',
        type: { name: 'String' },
    },
};
const accept = {
    parameterPath: 'accept',
    mapper: {
        defaultValue: 'application/json',
        isConstant: true,
        serializedName: 'Accept',
        type: { name: 'String' },
    },
};
function pathParameter(name) {
    return { parameterPath: name, mapper: { serializedName: name, required: true, type: { name: 'String' } } };
}
/** An optional query parameter read from `options.<name>` of the operation arguments. */
function queryParameter(name, type = 'String') {
    return { parameterPath: ['options', name], mapper: { serializedName: name, type: { name: type } } };
}
const WORKSPACE_PATH = `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/${_contract_azureml_api_js__WEBPACK_IMPORTED_MODULE_1__/* .AZUREML_PROVIDER */ .T}` +
    `/workspaces/{workspaceName}`;
/** An operation of a workspace's resources, as the spec describes it (arm-operations-*.ts make theirs with it). */
function operation(id, shape) {
    const names = ['subscriptionId', 'resourceGroupName', 'workspaceName'];
    for (const match of shape.path.matchAll(/\{(\w+)\}/g))
        names.push(match[1]);
    const responses = { default: { bodyMapper: json } };
    for (const code of shape.ok)
        responses[code] = code === 202 || code === 204 ? {} : { bodyMapper: json };
    const spec = {
        path: `${WORKSPACE_PATH}${shape.path}`,
        httpMethod: shape.method,
        responses,
        urlParameters: names.map(pathParameter),
        queryParameters: [apiVersion, ...(shape.query ?? [])],
        headerParameters: [accept],
        ...(shape.body
            ? {
                requestBody: { parameterPath: 'body', mapper: { ...json, required: shape.body === 'required' } },
                mediaType: 'json',
            }
            : {}),
        serializer,
    };
    return { id, spec, ...(shape.finalStateVia ? { finalStateVia: shape.finalStateVia } : {}) };
}
const MODEL_VERSION = '/models/{name}/versions/{version}';
const CODE_VERSION = '/codes/{name}/versions/{version}';
const ENVIRONMENT_VERSION = '/environments/{name}/versions/{version}';
const ENDPOINT = '/onlineEndpoints/{endpointName}';
const DEPLOYMENT = `${ENDPOINT}/deployments/{deploymentName}`;
/** Every operation we call, by the spec's operationId. */
const ops = {
    Workspaces_Get: operation('Workspaces_Get', { method: 'GET', path: '', ok: [200] }),
    Datastores_List: operation('Datastores_List', {
        method: 'GET',
        path: '/datastores',
        ok: [200],
        query: [queryParameter('isDefault', 'Boolean')],
    }),
    Datastores_ListSecrets: operation('Datastores_ListSecrets', {
        method: 'POST',
        path: '/datastores/{name}/listSecrets',
        ok: [200],
        body: 'optional',
    }),
    ModelVersions_List: operation('ModelVersions_List', {
        method: 'GET',
        path: '/models/{name}/versions',
        ok: [200],
        query: [queryParameter('tags')],
    }),
    ModelVersions_Get: operation('ModelVersions_Get', { method: 'GET', path: MODEL_VERSION, ok: [200] }),
    ModelVersions_CreateOrUpdate: operation('ModelVersions_CreateOrUpdate', {
        method: 'PUT',
        path: MODEL_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    ModelVersions_Delete: operation('ModelVersions_Delete', {
        method: 'DELETE',
        path: MODEL_VERSION,
        ok: [200, 204],
    }),
    CodeVersions_Get: operation('CodeVersions_Get', { method: 'GET', path: CODE_VERSION, ok: [200] }),
    CodeVersions_CreateOrUpdate: operation('CodeVersions_CreateOrUpdate', {
        method: 'PUT',
        path: CODE_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    EnvironmentVersions_List: operation('EnvironmentVersions_List', {
        method: 'GET',
        path: '/environments/{name}/versions',
        ok: [200],
        query: [queryParameter('$orderBy')],
    }),
    EnvironmentVersions_Get: operation('EnvironmentVersions_Get', {
        method: 'GET',
        path: ENVIRONMENT_VERSION,
        ok: [200],
    }),
    EnvironmentVersions_CreateOrUpdate: operation('EnvironmentVersions_CreateOrUpdate', {
        method: 'PUT',
        path: ENVIRONMENT_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    OnlineEndpoints_List: operation('OnlineEndpoints_List', {
        method: 'GET',
        path: '/onlineEndpoints',
        ok: [200],
    }),
    OnlineEndpoints_Get: operation('OnlineEndpoints_Get', { method: 'GET', path: ENDPOINT, ok: [200] }),
    // x-ms-long-running-operation-options: {"final-state-via": "original-uri"}.
    OnlineEndpoints_CreateOrUpdate: operation('OnlineEndpoints_CreateOrUpdate', {
        method: 'PUT',
        path: ENDPOINT,
        ok: [200, 201],
        body: 'required',
        finalStateVia: 'original-uri',
    }),
    // x-ms-long-running-operation-options: {"final-state-via": "location"}.
    OnlineEndpoints_Delete: operation('OnlineEndpoints_Delete', {
        method: 'DELETE',
        path: ENDPOINT,
        ok: [200, 202, 204],
        finalStateVia: 'location',
    }),
    OnlineEndpoints_ListKeys: operation('OnlineEndpoints_ListKeys', {
        method: 'POST',
        path: `${ENDPOINT}/listKeys`,
        ok: [200],
    }),
    OnlineEndpoints_GetToken: operation('OnlineEndpoints_GetToken', {
        method: 'POST',
        path: `${ENDPOINT}/token`,
        ok: [200],
    }),
    OnlineDeployments_List: operation('OnlineDeployments_List', {
        method: 'GET',
        path: `${ENDPOINT}/deployments`,
        ok: [200],
    }),
    OnlineDeployments_Get: operation('OnlineDeployments_Get', { method: 'GET', path: DEPLOYMENT, ok: [200] }),
    // x-ms-long-running-operation-options: {"final-state-via": "original-uri"}.
    OnlineDeployments_CreateOrUpdate: operation('OnlineDeployments_CreateOrUpdate', {
        method: 'PUT',
        path: DEPLOYMENT,
        ok: [200, 201],
        body: 'required',
        finalStateVia: 'original-uri',
    }),
    // x-ms-long-running-operation-options: {"final-state-via": "location"}.
    OnlineDeployments_Delete: operation('OnlineDeployments_Delete', {
        method: 'DELETE',
        path: DEPLOYMENT,
        ok: [200, 202, 204],
        finalStateVia: 'location',
    }),
    OnlineDeployments_GetLogs: operation('OnlineDeployments_GetLogs', {
        method: 'POST',
        path: `${DEPLOYMENT}/getLogs`,
        ok: [200],
        body: 'required',
    }),
};
/**
 * The next page of any list (x-ms-pageable nextLinkName "nextLink"): the link is used as the service gave it.
 * api-version is added only when the link has none (core-client does not overwrite the query of an absolute URL).
 */
const nextPage = {
    path: '{nextLink}',
    httpMethod: 'GET',
    responses: { 200: { bodyMapper: json }, default: { bodyMapper: json } },
    urlParameters: [{ ...pathParameter('nextLink'), skipEncoding: true }],
    queryParameters: [apiVersion],
    headerParameters: [accept],
    serializer,
};
/**
 * A poll of a long-running operation: a GET of the Azure-AsyncOperation / Location URL (absolute, used as given)
 * or of the original URI (the operation's own path template). The operation-status resource answers 200; a
 * Location URL answers 202 while the operation runs and 200/204 at the end.
 */
function pollSpec(of, path) {
    return {
        path,
        httpMethod: 'GET',
        responses: {
            200: { bodyMapper: json },
            201: { bodyMapper: json },
            202: {},
            204: {},
            default: { bodyMapper: json },
        },
        urlParameters: of.urlParameters,
        queryParameters: [apiVersion],
        headerParameters: [accept],
        serializer,
    };
}


/***/ }),

/***/ 80583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hL: () => (/* reexport */ DATA_TYPES),
  P2: () => (/* binding */ dataOperations)
});

// UNUSED EXPORTS: dataVersionBody, toDataVersionInfo

// EXTERNAL MODULE: ./src/azureml/arm-models.ts
var arm_models = __webpack_require__(59303);
// EXTERNAL MODULE: ./src/azureml/arm-operations.ts
var arm_operations = __webpack_require__(56283);
;// CONCATENATED MODULE: ./src/azureml/arm-operations-data.ts

/** DataType of the spec. */
const DATA_TYPES = ['uri_file', 'uri_folder', 'mltable'];
const DATA_VERSION = '/data/{name}/versions/{version}';
/** The data operations, by the spec's operationId. */
const dataOps = {
    DataVersions_List: (0,arm_operations/* operation */.MQ)('DataVersions_List', {
        method: 'GET',
        path: '/data/{name}/versions',
        ok: [200],
        // The spec names the tag filter `$tags` here (ModelVersions_List calls it `tags`).
        query: [(0,arm_operations/* queryParameter */.e$)('$tags'), (0,arm_operations/* queryParameter */.e$)('$orderBy')],
    }),
    DataVersions_Get: (0,arm_operations/* operation */.MQ)('DataVersions_Get', { method: 'GET', path: DATA_VERSION, ok: [200] }),
    DataVersions_CreateOrUpdate: (0,arm_operations/* operation */.MQ)('DataVersions_CreateOrUpdate', {
        method: 'PUT',
        path: DATA_VERSION,
        ok: [200, 201],
        body: 'required',
    }),
    DataVersions_Delete: (0,arm_operations/* operation */.MQ)('DataVersions_Delete', {
        method: 'DELETE',
        path: DATA_VERSION,
        ok: [200, 204],
    }),
};

// EXTERNAL MODULE: ./src/azureml/errors.ts
var errors = __webpack_require__(43987);
// EXTERNAL MODULE: ./src/azureml/tag-filter.ts
var tag_filter = __webpack_require__(21006);
;// CONCATENATED MODULE: ./src/azureml/data-client.ts
// Data asset versions of one workspace, as the actions see them (register-data, job inputs).





/** The body of a new data version, as azure-ai-ml Data._to_rest_object writes it. */
function dataVersionBody(spec) {
    return {
        properties: {
            dataType: spec.dataType,
            dataUri: spec.dataUri,
            ...(spec.description !== undefined ? { description: spec.description } : {}),
            tags: spec.tags,
            properties: spec.properties,
            isAnonymous: false,
            isArchived: false,
            ...(spec.dataType === 'mltable' && spec.referencedUris ? { referencedUris: spec.referencedUris } : {}),
        },
    };
}
function toDataVersionInfo(name, resource) {
    const p = resource.properties;
    const created = resource.systemData?.createdAt;
    return {
        id: resource.id ?? '',
        name,
        version: resource.name ?? '',
        dataType: p.dataType,
        dataUri: p.dataUri,
        ...(p.description ? { description: p.description } : {}),
        tags: (0,arm_models/* stringRecord */.J)(p.tags),
        properties: (0,arm_models/* stringRecord */.J)(p.properties),
        ...(p.referencedUris ? { referencedUris: p.referencedUris } : {}),
        ...(created ? { createdAt: new Date(created) } : {}),
    };
}
/** The data operations over one workspace's transport. */
function dataOperations(deps) {
    const { arm, call } = deps;
    return {
        listDataVersions: (name, options = {}) => call(`list the versions of data asset ${name}`, async () => {
            const query = options.tags ? { $tags: (0,tag_filter/* tagsFilter */.U)(options.tags) } : {};
            const versions = await (0,errors/* unlessNotFound */.CA)(() => arm.list(dataOps.DataVersions_List, { name, query }));
            return (versions ?? []).map((v) => toDataVersionInfo(name, v));
        }),
        getDataVersion: (name, version) => call(`read data asset ${name} version ${version}`, async () => {
            const found = await (0,errors/* unlessNotFound */.CA)(() => arm.send(dataOps.DataVersions_Get, { name, version }));
            return found && toDataVersionInfo(name, found);
        }),
        createDataVersion: (name, version, spec) => call(`create data asset ${name} version ${version}`, async () => {
            const created = await arm.send(dataOps.DataVersions_CreateOrUpdate, {
                name,
                version,
                body: dataVersionBody(spec),
            });
            return toDataVersionInfo(name, created);
        }),
        deleteDataVersion: (name, version) => call(`delete data asset ${name} version ${version}`, async () => {
            await arm.send(dataOps.DataVersions_Delete, { name, version });
        }),
    };
}


/***/ }),

/***/ 8292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ registerData),
/* harmony export */   kC: () => (/* binding */ localDataLayout)
/* harmony export */ });
/* unused harmony exports DATA_LINEAGE, findDataByDigest, dataLineageTags */
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79393);
/* harmony import */ var _converge_by_digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62956);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43987);
/* harmony import */ var _model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63764);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32051);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(95305);
/* harmony import */ var _model_lineage_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(57820);
// Registers a data asset version, idempotently (register-data): the same files (or the same URI) return the
// version that already holds them, and nothing is uploaded again.









/** Tags register-data writes (user tags may not use the mlops. prefix). */
const DATA_LINEAGE = {
    digest: _model_digest_js__WEBPACK_IMPORTED_MODULE_7__/* .DIGEST_TAG */ .K1,
    source: 'mlops.source',
    gitCommit: 'mlops.git-commit',
    repository: 'mlops.repository',
    runUrl: 'mlops.run-url',
};
/** The first registered version holding this digest with this type (checked on the tag, whatever was filtered). */
function findDataByDigest(versions, digest, dataType) {
    return versions
        .filter((v) => v.tags[DATA_LINEAGE.digest] === digest && v.dataType === dataType)
        .sort(_model_version_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .holderOrder */ .Fw)[0];
}
/**
 * Where local data lands and what its dataUri says, as azure-ai-ml writes them (Data._update_path: the short
 * form `azureml://datastores/<ds>/paths/LocalUpload/<hash>/<name>`; the Data.path setter adds a trailing '/' to a
 * uri_folder, never to a uri_file or an mltable folder).
 */
function localDataLayout(source, datastore) {
    const assetPath = (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .localUploadPath */ .sg)(source.uploadHash, source.rootName);
    const prefix = source.dataType === 'uri_file'
        ? `${_blob_upload_js__WEBPACK_IMPORTED_MODULE_0__/* .LOCAL_UPLOAD */ .W2}/${source.uploadHash.replace(/^sha256:/, '')}`
        : assetPath;
    const slash = source.dataType === 'uri_folder' ? '/' : '';
    return { prefix, dataUri: `azureml://datastores/${datastore}/paths/${assetPath}${slash}` };
}
/** Lineage tags: the digest, where the data came from, and the GitHub run that registered it. */
function dataLineageTags(source, env) {
    const { git, run } = (0,_model_lineage_js__WEBPACK_IMPORTED_MODULE_8__/* .lineageFromEnv */ .p)(env);
    const tags = {
        [DATA_LINEAGE.digest]: source.digest,
        [DATA_LINEAGE.source]: source.kind === 'local' ? 'local' : 'uri',
    };
    if (git?.commit)
        tags[DATA_LINEAGE.gitCommit] = git.commit;
    if (git?.repository)
        tags[DATA_LINEAGE.repository] = git.repository;
    if (run?.url)
        tags[DATA_LINEAGE.runUrl] = run.url;
    return tags;
}
function conflict(name, version, workspace, digest) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input 'version': data asset ${name} version ${version} exists already in workspace '${workspace}' with other data ` +
        `(digest ${digest ?? 'unknown'}). Data asset versions are immutable: choose another version, or leave 'version' empty for the next one.`, 'version');
}
/**
 * 1. a pinned version that exists is returned when it holds this digest and type, else refused;
 * 2. without one, the first version tagged with the digest (and of the same type) is returned: nothing uploaded;
 * 3. else local files are uploaded (blobs already there skipped) and the version created: the pinned one, or the
 *    next integer (GET before PUT: an existing version is never overwritten; a taken number moves to the next).
 */
async function registerData(client, request, io) {
    const { name, source } = request;
    const address = client.address;
    const workspace = await client.getWorkspace();
    const result = (version, reused, upload) => ({
        workspace,
        version,
        id: version.id || `${(0,_workspace_js__WEBPACK_IMPORTED_MODULE_5__/* .workspaceResourceId */ .RL)(address)}/data/${name}/versions/${version.version}`,
        uri: `azureml:${name}:${version.version}`,
        digest: source.digest,
        reused,
        ...(upload ? { upload } : {}),
    });
    const holds = (v) => v.tags[DATA_LINEAGE.digest] === source.digest && v.dataType === source.dataType;
    if (request.version) {
        const taken = await client.getDataVersion(name, request.version);
        if (taken) {
            if (!holds(taken))
                throw conflict(name, request.version, address.workspace, taken.tags[DATA_LINEAGE.digest]);
            io.log(`${name} version ${request.version} already holds this data (digest ${source.digest}).`);
            return result(taken, true);
        }
    }
    const tagged = await client.listDataVersions(name, { tags: { [DATA_LINEAGE.digest]: source.digest } });
    const existing = findDataByDigest(tagged, source.digest, source.dataType);
    if (existing && !request.version) {
        io.log(`Version ${existing.version} of ${name} already holds this data (digest ${source.digest}): nothing uploaded.`);
        return result(existing, true);
    }
    let dataUri;
    let upload;
    if (existing) {
        // A pinned version on the same data: it points at the same blobs, nothing uploaded.
        dataUri = existing.dataUri;
        io.log(`Version ${existing.version} of ${name} holds this data: version ${request.version} points at ${dataUri}.`);
    }
    else if (source.kind === 'local') {
        const datastore = await client.getDefaultDatastore();
        const secret = await client.getDatastoreSecrets(datastore.name);
        const layout = localDataLayout(source, datastore.name);
        io.log(`Uploading ${source.files.length} file(s) to datastore ${datastore.name}: ${layout.prefix}`);
        upload = await io.upload(source.files, {
            containerUrl: (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore),
            accountName: datastore.accountName,
            secret,
            prefix: layout.prefix,
        }, { log: io.log });
        dataUri = layout.dataUri;
    }
    else {
        dataUri = source.uri;
    }
    const spec = {
        dataType: source.dataType,
        dataUri,
        ...(request.description !== undefined ? { description: request.description } : {}),
        // Lineage last: a user tag never masks it.
        tags: { ...request.userTags, ...dataLineageTags(source, io.env) },
        properties: { [DATA_LINEAGE.digest]: source.digest },
        ...(source.kind === 'local' && source.referencedUris ? { referencedUris: source.referencedUris } : {}),
    };
    if (request.version) {
        try {
            return result(await client.createDataVersion(name, request.version, spec), false, upload);
        }
        catch (error) {
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .isConflict */ .dh)(error))
                throw error;
            const taken = await client.getDataVersion(name, request.version);
            if (taken && holds(taken))
                return result(taken, true, upload);
            throw conflict(name, request.version, address.workspace, taken?.tags[DATA_LINEAGE.digest]);
        }
    }
    // The next integer: concurrent runs of the same data converge on one version (converge-by-digest.ts).
    const created = await (0,_converge_by_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .createNextByDigest */ .bn)({
        name,
        label: `data asset ${name}`,
        what: 'this data',
        where: `(${source.dataType}) at ${dataUri}`,
        listVersions: () => client.listDataVersions(name),
        listHolders: () => client.listDataVersions(name, { tags: { [DATA_LINEAGE.digest]: source.digest } }),
        firstHolder: (versions) => findDataByDigest(versions, source.digest, source.dataType),
        getVersion: (version) => client.getDataVersion(name, version),
        holds,
        create: (version) => client.createDataVersion(name, version, spec),
        deleteVersion: (version) => client.deleteDataVersion(name, version),
        info: io.log,
        warn: io.log,
    });
    return {
        ...result(created.version, created.reused, upload),
        ...(created.deletedDuplicate ? { deletedDuplicate: created.deletedDuplicate } : {}),
    };
}


/***/ }),

/***/ 21006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ tagsFilter)
/* harmony export */ });
/** The `tags` / `$tags` filter of the asset version lists: `key=value,key2` (the service's syntax). */
function tagsFilter(tags) {
    return Object.entries(tags)
        .map(([k, v]) => (v === undefined ? k : `${k}=${v}`))
        .join(',');
}


/***/ }),

/***/ 32514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ isRemoteUri),
/* harmony export */   EZ: () => (/* binding */ readLocalData),
/* harmony export */   HX: () => (/* binding */ readUriData),
/* harmony export */   yI: () => (/* binding */ parseDataType)
/* harmony export */ });
/* unused harmony export MLTABLE_FILE */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _azureml_data_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(80583);
/* harmony import */ var _azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4831);
/* harmony import */ var _deploy_yaml_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17998);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83916);
/* harmony import */ var _model_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(27847);
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(95305);
/* harmony import */ var _model_ignore_file_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31794);
// What a data asset version is registered from: a local file or folder (uploaded as `az ml data create` lays it
// out), or a URI the data already lives at (registered as a reference, nothing copied). Pure reading and hashing.










/** The file an mltable folder must hold (azure-ai-ml read_local_mltable_metadata_contents). */
const MLTABLE_FILE = 'MLTable';
const URI_SCHEMES = /^(azureml|https|http|wasbs|wasb|abfss|abfs|adl):\/\//i;
function isRemoteUri(value) {
    return URI_SCHEMES.test(value.trim());
}
function parseDataType(value, input) {
    const v = value.trim();
    if (v === '' || v === 'auto')
        return undefined;
    if (!_azureml_data_client_js__WEBPACK_IMPORTED_MODULE_3__/* .DATA_TYPES */ .hL.includes(v)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': '${v}' is not a data asset type. Use ${_azureml_data_client_js__WEBPACK_IMPORTED_MODULE_3__/* .DATA_TYPES */ .hL.join(', ')} (or auto: a file is uri_file, a folder uri_folder).`, input);
    }
    return v;
}
/**
 * A URI the data is registered at, checked: a datastore path (short or long form), an https/wasbs/abfss URL.
 * `azureml://jobs/...` and other azureml:// forms are not data locations; http:// is refused (Azure ML reads
 * storage over TLS). The type defaults to uri_folder for a URI ending with '/', else uri_file.
 */
function readUriData(uri, requested, input) {
    const value = uri.trim();
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${why}`, input);
    };
    if (/^https?:\/\//i.test(value)) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            return fail(`the value is not a valid URL.`);
        }
        // Named without its query: a SAS token there is a secret, never echoed.
        const shown = `${url.origin}${url.pathname}`;
        if (url.search)
            fail(`'${shown}?...' has a query string: give the URL without a SAS token or other query.`);
        if (url.protocol !== 'https:')
            fail(`'${shown}' is http: give the https URL of the data.`);
    }
    else if (/^azureml:\/\//i.test(value)) {
        const where = (0,_azureml_datastore_url_js__WEBPACK_IMPORTED_MODULE_4__/* .datastoreOf */ .B7)(value);
        if (!where) {
            fail(`'${value}' is not a datastore path. Write azureml://datastores/<datastore>/paths/<path> ` +
                `(a job's output: register it with register-model, or give its datastore path).`);
        }
        if (where.path.split('/').includes('..'))
            fail(`'${value}' has a '..' segment: give the path inside the datastore.`);
    }
    const dataType = requested ?? (value.endsWith('/') ? 'uri_folder' : 'uri_file');
    const digest = `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${dataType}\0${value}`, 'utf8').digest('hex')}`;
    return { kind: 'uri', dataType, uri: value, digest };
}
/** The paths an MLTable file reads (`paths: [{file|folder|pattern: ...}]`), as azure-ai-ml's referenced_uris. */
async function mltableReferences(folder, input) {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, MLTABLE_FILE);
    const found = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).then((info) => info.isFile(), () => false);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${folder} has no ${MLTABLE_FILE} file. An mltable data asset is a folder holding an ${MLTABLE_FILE} file; ` +
            `add one, or set type to uri_folder.`, input);
    }
    const { root, reader } = await (0,_deploy_yaml_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .loadYaml */ .yv)(file, input);
    const paths = root.paths;
    if (paths === undefined)
        return [];
    if (!Array.isArray(paths))
        reader.fail(['paths'], 'expected a list of {file|folder|pattern: <path>}.');
    const out = [];
    paths.forEach((entry, i) => {
        const item = reader.object(entry, ['paths', i]);
        for (const key of ['file', 'folder', 'pattern']) {
            const value = reader.string(item, ['paths', i], key);
            if (value !== undefined)
                out.push(value);
        }
    });
    return out;
}
/**
 * Reads a local file or folder as `az ml data create` would upload it: a folder less what its .amlignore/.gitignore
 * excludes, hashed for the digest and for its LocalUpload/<hash>/ prefix. The type must fit the path (a file is
 * uri_file; a folder uri_folder or mltable, which needs an MLTable file), as azure-ai-ml _validate checks.
 */
async function readLocalData(path, requested, input) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
    if (!info || !(info.isFile() || info.isDirectory())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${path} is not a file or folder. Check the path.`, input);
    }
    const rootName = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path));
    if (info.isFile()) {
        if (requested && requested !== 'uri_file') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${path} is a file, but type is ${requested} (a folder type). Set type to uri_file, or point ${input} at a folder.`, input);
        }
        const entry = { path: rootName, absolutePath: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path), size: info.size };
        const [hashed] = await (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFiles */ .yQ)([entry]);
        return {
            kind: 'local',
            dataType: 'uri_file',
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path),
            rootName,
            uploadHash: await (0,_model_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .azMlObjectHash */ .O)(path),
            digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .combineDigest */ .uN)([hashed]),
            files: [{ ...entry, sha256: hashed.sha256 }],
            bytes: info.size,
            ignored: 0,
        };
    }
    if (requested === 'uri_file') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${path} is a folder, but type is uri_file. Set type to uri_folder (or mltable), or point ${input} at a file.`, input);
    }
    const dataType = requested ?? 'uri_folder';
    const referencedUris = dataType === 'mltable' ? await mltableReferences(path, input) : undefined;
    const listed = await (0,_model_ignore_file_js__WEBPACK_IMPORTED_MODULE_9__/* .listUploadFiles */ .pX)(path, input);
    if (listed.files.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j(`Input '${input}': ${path} has no files to register. Check the path.`, input);
    }
    const hashed = await (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .hashFiles */ .yQ)(listed.files);
    const ignore = listed.ignore;
    return {
        kind: 'local',
        dataType,
        path: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(path),
        rootName,
        uploadHash: await (0,_model_az_ml_hash_js__WEBPACK_IMPORTED_MODULE_7__/* .azMlObjectHash */ .O)(path, ignore ? (p) => ignore.excludes(p) : undefined),
        digest: (0,_model_digest_js__WEBPACK_IMPORTED_MODULE_8__/* .combineDigest */ .uN)(hashed),
        files: hashed.map((h, i) => ({ ...h, absolutePath: listed.files[i].absolutePath })),
        bytes: hashed.reduce((n, f) => n + f.size, 0),
        ignored: listed.ignored,
        ...(referencedUris ? { referencedUris } : {}),
    };
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


/***/ })

};
