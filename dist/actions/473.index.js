export const id = 473;
export const ids = [473];
export const modules = {

/***/ 55746:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Il: () => (/* binding */ inputRoots),
/* harmony export */   Tc: () => (/* binding */ existingDir),
/* harmony export */   _h: () => (/* binding */ existingFile),
/* harmony export */   h$: () => (/* binding */ insideOutputPath),
/* harmony export */   m0: () => (/* binding */ insideDir),
/* harmony export */   n5: () => (/* binding */ requireInsideRoots),
/* harmony export */   no: () => (/* binding */ insideFile),
/* harmony export */   qL: () => (/* binding */ resolveInputPath)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8431);




/** Resolves a path input against GITHUB_WORKSPACE (where the runner starts steps), else the working directory. */
function resolveInputPath(value, env = process.env) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(env.GITHUB_WORKSPACE || process.cwd(), value);
}
async function kindOf(path) {
    try {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
        return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : 'other';
    }
    catch {
        return 'missing';
    }
}
async function existing(input, value, want, fix, env) {
    const path = resolveInputPath(value, env);
    const kind = await kindOf(path);
    if (kind === 'missing') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} does not exist. Check the path (relative paths start at the workspace).`, input);
    }
    if (kind !== want)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} ${fix}`, input);
    return path;
}
/** The absolute path of an existing folder named by input `input`; a ConfigurationError otherwise. */
function existingDir(input, value, what = 'the folder that holds the files', env = process.env) {
    return existing(input, value, 'dir', `is not a directory. Point it at ${what}.`, env);
}
/** The absolute path of an existing regular file named by input `input`; a ConfigurationError otherwise. */
function existingFile(input, value, env = process.env) {
    return existing(input, value, 'file', 'is not a regular file. Point it at a file.', env);
}
/**
 * Refuses a path that, symlinks resolved, lies outside every one of `roots` (unset roots are skipped;
 * with none set, anything goes). `hint` tells the user where the path should be.
 */
async function requireInsideRoots(input, path, roots, hint) {
    await checkInside(input, path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(path), roots, hint);
}
async function checkInside(input, path, real, roots, hint) {
    const set = roots.filter((r) => !!r);
    if (set.length === 0)
        return;
    const realRoots = await Promise.all(set.map((r) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(r).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(r))));
    if (!realRoots.some((r) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .isInside */ .F)(r, real))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Input '${input}': ${path} is outside the workspace ${set[0]}. ${hint}`, input);
    }
}
/** Where every path input may point: the workspace and the runner's temp folder (unset ones are skipped). */
function inputRoots(env = process.env) {
    return [env.GITHUB_WORKSPACE, env.RUNNER_TEMP];
}
const INSIDE_HINT = 'Keep the file in the repository (or below RUNNER_TEMP), not elsewhere on the runner.';
/** existingFile, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
async function insideFile(input, value, hint = INSIDE_HINT, env = process.env) {
    const path = await existingFile(input, value, env);
    await requireInsideRoots(input, path, inputRoots(env), hint);
    return path;
}
/** existingDir, then requireInsideRoots(inputRoots()): symlinks resolved, it must stay in the workspace or RUNNER_TEMP. */
async function insideDir(input, value, hint = INSIDE_HINT.replace('the file', 'the folder'), env = process.env) {
    const path = await existingDir(input, value, undefined, env);
    await requireInsideRoots(input, path, inputRoots(env), hint);
    return path;
}
/**
 * The absolute path of a folder an action will write (it need not exist yet): its deepest existing ancestor,
 * symlinks resolved, must lie in the workspace or RUNNER_TEMP, so a link cannot send the output elsewhere.
 */
async function insideOutputPath(input, value, hint, env = process.env) {
    const path = resolveInputPath(value, env);
    const missing = [];
    let at = path;
    for (;;) {
        try {
            const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at), ...missing);
            await checkInside(input, path, real, inputRoots(env), hint);
            return path;
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
                throw error;
        }
        missing.unshift((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(at));
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at);
    }
}


/***/ }),

/***/ 53681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ signIn)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/azureml/credentials.ts


/** The audience GitHub's OIDC token must have for Microsoft Entra workload identity federation. */
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/**
 * The order of DESIGN.md: an explicit bearer token first, then GitHub OIDC when both client-id
 * and tenant-id are given, else DefaultAzureCredential (which picks up `azure/login`, managed identity,
 * or AZURE_* environment credentials).
 */
function chooseCredential(settings) {
    if (settings.accessToken)
        return { kind: 'access-token', token: settings.accessToken };
    if (settings.clientId && settings.tenantId) {
        return { kind: 'oidc', clientId: settings.clientId, tenantId: settings.tenantId };
    }
    return { kind: 'default', clientId: settings.clientId, tenantId: settings.tenantId };
}
function describePrincipal(choice) {
    switch (choice.kind) {
        case 'access-token':
            return 'the principal of the bearer token in AZUREML_ACCESS_TOKEN';
        case 'oidc':
            return `the identity with client-id ${choice.clientId} in tenant ${choice.tenantId} (GitHub OIDC)`;
        case 'default':
            return 'the identity found by DefaultAzureCredential (azure/login, managed identity or AZURE_* variables)';
    }
}
/** A TokenCredential that always answers with the same bearer token. */
function staticTokenCredential(token, lifetimeMs = 60 * 60 * 1000) {
    return {
        getToken: async () => ({ token, expiresOnTimestamp: Date.now() + lifetimeMs }),
    };
}
const toolkit = {
    getIDToken: (aud) => core/* getIDToken */.V9(aud),
    setSecret: (s) => core/* setSecret */.Pq(s),
};
/**
 * Builds the credential for `settings`. Every secret it holds (the access token, each OIDC token)
 * is masked in the log before anything else happens with it.
 */
async function createCredential(settings, deps = toolkit) {
    const choice = chooseCredential(settings);
    const principal = describePrincipal(choice);
    switch (choice.kind) {
        case 'access-token':
            deps.setSecret(choice.token);
            return { credential: staticTokenCredential(choice.token), choice: choice.kind, principal };
        case 'oidc': {
            // Loaded on demand: @azure/identity (and MSAL) is large, and a run with a token never needs it.
            const { ClientAssertionCredential } = await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            const getAssertion = async () => {
                let idToken;
                try {
                    idToken = await deps.getIDToken(OIDC_AUDIENCE);
                }
                catch (error) {
                    throw new errors/* ConfigurationError */.j(`Could not get a GitHub OIDC token for client-id ${choice.clientId}: ${(0,errors/* getErrorMessage */.u)(error)}. ` +
                        `Give the job \`permissions: id-token: write\`, or remove client-id/tenant-id to use azure/login.`, 'client-id');
                }
                deps.setSecret(idToken);
                return idToken;
            };
            return {
                credential: new ClientAssertionCredential(choice.tenantId, choice.clientId, getAssertion),
                choice: choice.kind,
                principal,
            };
        }
        case 'default': {
            const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(989)]).then(__webpack_require__.bind(__webpack_require__, 23989));
            const options = {
                ...(choice.clientId ? { managedIdentityClientId: choice.clientId } : {}),
                ...(choice.tenantId ? { tenantId: choice.tenantId } : {}),
            };
            return { credential: new DefaultAzureCredential(options), choice: choice.kind, principal };
        }
    }
}

// EXTERNAL MODULE: ./src/azureml/retry-settings.ts
var retry_settings = __webpack_require__(92268);
;// CONCATENATED MODULE: ./src/actions/shared/sign-in.ts



const sign_in_toolkit = {
    createCredential: (settings) => createCredential(settings),
    // Loaded when the action signs in, not at start-up: a run that stops at its inputs never loads the Azure SDK
    // pipeline (cold start).
    loadClientFactory: async () => (await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(789), __webpack_require__.e(423)]).then(__webpack_require__.bind(__webpack_require__, 74423))).createAzureMLClient,
    info: (line) => core/* info */.pq(line),
    setSecret: (secret) => core/* setSecret */.Pq(secret),
};
/**
 * The one sign-in of every Azure ML action: builds the credential of `workspace.credential` (an
 * AZUREML_ACCESS_TOKEN, GitHub OIDC or DefaultAzureCredential; each secret masked the moment it is held), says
 * who signs in, and returns the workspace's client. The client names that principal in its 401/403 messages and
 * masks every key or token it reads.
 */
async function signIn(workspace, deps = sign_in_toolkit) {
    // MLOPS_ARM_RETRY_DELAY_MS and MLOPS_ARM_MAX_POLL_INTERVAL_MS (README, "Tests"): checked before the credential is built.
    const retry = (0,retry_settings/* retrySettings */.wP)(process.env);
    (0,retry_settings/* pollInterval */.dq)(1, process.env);
    const resolved = await deps.createCredential(workspace.credential);
    deps.info(`Signing in with ${resolved.principal}`);
    const createClient = await deps.loadClientFactory();
    const options = { principal: resolved.principal, setSecret: deps.setSecret, retry };
    const clientFor = (address) => createClient(address, resolved.credential, options);
    return {
        client: clientFor(workspace.address),
        principal: resolved.principal,
        clientFor,
        credential: resolved.credential,
    };
}


/***/ }),

/***/ 45940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tS: () => (/* binding */ getWorkspaceInputs)
/* harmony export */ });
/* unused harmony exports WORKSPACE_INPUT_DEFAULTS, ACCESS_TOKEN_VARIABLE */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32051);



/** Each workspace/credential input and the environment variable it defaults from. */
const WORKSPACE_INPUT_DEFAULTS = {
    'subscription-id': 'AZURE_SUBSCRIPTION_ID',
    'resource-group': 'AZUREML_RESOURCE_GROUP',
    workspace: 'AZUREML_WORKSPACE',
    'arm-endpoint': 'AZUREML_ARM_ENDPOINT',
    'client-id': 'AZURE_CLIENT_ID',
    'tenant-id': 'AZURE_TENANT_ID',
};
/** A bearer token used as is; an environment variable only (never an input, so it is never in a workflow file). */
const ACCESS_TOKEN_VARIABLE = 'AZUREML_ACCESS_TOKEN';
function read(name, env) {
    const input = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
    if (input)
        return { value: input };
    const variable = WORKSPACE_INPUT_DEFAULTS[name];
    const fromEnv = env[variable]?.trim();
    return fromEnv ? { value: fromEnv, variable } : undefined;
}
/** Runs a validation; when the value came from a variable, the message says so. */
function check(source, fn) {
    try {
        return fn(source.value);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j && source.variable) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`${error.message} (The value came from ${source.variable}.)`, error.input);
        }
        throw error;
    }
}
function missing(name, what) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input '${name}' is required: give ${what}, or set ${WORKSPACE_INPUT_DEFAULTS[name]} in the job's env.`, name);
}
/**
 * Reads the workspace and credential inputs, each defaulting from its environment variable, and validates
 * them. `workspace` may be a workspace's ARM id, which then also gives the subscription and resource group.
 * The access token is masked as soon as it is read.
 */
function getWorkspaceInputs(env = process.env) {
    const accessToken = env[ACCESS_TOKEN_VARIABLE]?.trim() || undefined;
    if (accessToken)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(accessToken);
    const workspaceIn = read('workspace', env);
    if (!workspaceIn)
        throw missing('workspace', 'the Azure ML workspace name (or its ARM id)');
    const fromId = (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .parseWorkspaceId */ .mS)(workspaceIn.value);
    const subscriptionIn = read('subscription-id', env);
    const groupIn = read('resource-group', env);
    let subscriptionId;
    let resourceGroup;
    let workspace;
    if (fromId) {
        workspace = check({ ...workspaceIn, value: fromId.workspace }, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateWorkspaceName */ .bS)(v, 'workspace'));
        subscriptionId = check({ ...workspaceIn, value: fromId.subscriptionId }, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateSubscriptionId */ .f_)(v, 'workspace'));
        resourceGroup = check({ ...workspaceIn, value: fromId.resourceGroup }, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateResourceGroup */ .WV)(v, 'workspace'));
        // An explicit input that contradicts the id is a mistake; a default from the environment is not.
        for (const [input, source, value] of [
            ['subscription-id', subscriptionIn, subscriptionId],
            ['resource-group', groupIn, resourceGroup],
        ]) {
            if (source && !source.variable && source.value.toLowerCase() !== value.toLowerCase()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input '${input}' is '${source.value}', but the workspace id in 'workspace' says '${value}'. ` +
                    `Give one or the other, or make them agree.`, input);
            }
        }
    }
    else {
        workspace = check(workspaceIn, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateWorkspaceName */ .bS)(v, 'workspace'));
        if (!subscriptionIn)
            throw missing('subscription-id', "the workspace's subscription id");
        if (!groupIn)
            throw missing('resource-group', "the workspace's resource group");
        subscriptionId = check(subscriptionIn, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateSubscriptionId */ .f_)(v, 'subscription-id'));
        resourceGroup = check(groupIn, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .validateResourceGroup */ .WV)(v, 'resource-group'));
    }
    const endpointIn = read('arm-endpoint', env);
    const armEndpoint = endpointIn
        ? check(endpointIn, (v) => (0,_azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeArmEndpoint */ .Jf)(v, 'arm-endpoint'))
        : _azureml_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_ARM_ENDPOINT */ .XO;
    const clientId = read('client-id', env);
    const tenantId = read('tenant-id', env);
    const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
    if (clientId) {
        check(clientId, (v) => {
            if (!guid.test(v)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'client-id': '${v}' is not an application (client) id. Give the GUID of the app registration or managed identity.`, 'client-id');
            }
        });
    }
    if (tenantId) {
        check(tenantId, (v) => {
            if (!guid.test(v) && !/^[a-zA-Z0-9][a-zA-Z0-9.-]*\.[a-zA-Z]{2,}$/.test(v)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j(`Input 'tenant-id': '${v}' is not a tenant id. Give the Microsoft Entra tenant's GUID (or its domain).`, 'tenant-id');
            }
        });
    }
    const settings = {
        address: { subscriptionId, resourceGroup, workspace, armEndpoint },
        credential: { accessToken, clientId: clientId?.value, tenantId: tenantId?.value },
    };
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`workspace: ${workspace}, resource group: ${resourceGroup}, subscription: ${subscriptionId}, arm endpoint: ${armEndpoint}, ` +
        `client-id: ${clientId?.value ?? '-'}, tenant-id: ${tenantId?.value ?? '-'}, access token: ${accessToken ? 'set' : 'not set'}`);
    return settings;
}


/***/ }),

/***/ 92268:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dq: () => (/* binding */ pollInterval),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY),
/* harmony export */   wP: () => (/* binding */ retrySettings)
/* harmony export */ });
/* unused harmony exports RETRY_DELAY_VARIABLE, RETRY_DELAY_BOUNDS, MAX_POLL_INTERVAL_VARIABLE, MAX_POLL_INTERVAL_BOUNDS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// The ARM pipeline's retry back-off as a setting. The schedule is the SDK pipeline's exponential one (the retry
// policy of @azure/core-rest-pipeline, calculateRetryDelay of @azure/core-util: retry n waits a random time between
// half and all of min(delay * 2^n, cap)), so the
// few throttles, 500s and resets in a row that Azure sends are ridden out by default. MLOPS_ARM_RETRY_DELAY_MS scales
// that whole schedule: a lower value for a fast local emulator and the test suite (a persistent fault then fails in
// well under a second instead of about 19 s), a higher one for a busy tenant. It is an ordinary, documented setting
// (README, "Tests"; docs), bounded both ways; the number of retries, and Retry-After of a 429/503, do not change.
//
// This module imports nothing of the Azure SDK: the actions read the setting before they load the client (sign-in.ts).

/** Enough to ride out a few throttles, 500s and resets in a row (about 25 s of back-off at most). */
const DEFAULT_RETRY = { maxRetries: 5, retryDelayInMs: 800, maxRetryDelayInMs: 15_000 };
const RETRY_DELAY_VARIABLE = 'MLOPS_ARM_RETRY_DELAY_MS';
/** The first back-off may be set between these (ms); the default is DEFAULT_RETRY.retryDelayInMs. */
const RETRY_DELAY_BOUNDS = { min: 10, max: 60_000 };
/**
 * The retry settings of the ARM client: DEFAULT_RETRY, or its back-off scaled to start at
 * $MLOPS_ARM_RETRY_DELAY_MS milliseconds (the cap scales with it). Throws a ConfigurationError naming the variable,
 * its bounds and the fix when the value is not a whole number within them.
 */
/**
 * A whole number of milliseconds from an environment variable within `bounds`, or undefined when it is unset or
 * blank. Throws a ConfigurationError naming the variable, its bounds, `what` it sets, and the fix.
 */
function millisecondsSetting(env, variable, bounds, what) {
    const raw = env[variable]?.trim();
    if (!raw)
        return undefined;
    const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
    if (!(value >= bounds.min && value <= bounds.max)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`${variable} must be a whole number of milliseconds from ${bounds.min} to ${bounds.max} (${what}). Fix or unset it.`);
    }
    return value;
}
function retrySettings(env = process.env) {
    const delay = millisecondsSetting(env, RETRY_DELAY_VARIABLE, RETRY_DELAY_BOUNDS, `the first retry back-off of Azure ML calls; the default is ${DEFAULT_RETRY.retryDelayInMs}`);
    if (delay === undefined)
        return DEFAULT_RETRY;
    const scale = delay / DEFAULT_RETRY.retryDelayInMs;
    return {
        maxRetries: DEFAULT_RETRY.maxRetries,
        retryDelayInMs: delay,
        maxRetryDelayInMs: Math.round(DEFAULT_RETRY.maxRetryDelayInMs * scale),
    };
}
// The polling interval of long-running operations (waitForOperation) as a setting, the same way: each wait has its
// own interval (deploy-endpoint 2 s, promote 1 s, 5 s otherwise), and MLOPS_ARM_MAX_POLL_INTERVAL_MS caps them all.
// A fast local emulator and the test suite set a short cap, so a deployment that is ready in half a second is not
// waited on for two; a wait already shorter keeps its own; the timeouts and progress lines do not change.
const MAX_POLL_INTERVAL_VARIABLE = 'MLOPS_ARM_MAX_POLL_INTERVAL_MS';
/** The cap may be set between these (ms). */
const MAX_POLL_INTERVAL_BOUNDS = { min: 10, max: 60_000 };
/**
 * A wait's polling interval under $MLOPS_ARM_MAX_POLL_INTERVAL_MS: `intervalMs`, or the cap when that is shorter
 * (unset: no cap). Throws a ConfigurationError naming the variable, its bounds and the fix when the value is not a
 * whole number within them; sign-in calls it first, so that happens before any request.
 */
function pollInterval(intervalMs, env = process.env) {
    const cap = millisecondsSetting(env, MAX_POLL_INTERVAL_VARIABLE, MAX_POLL_INTERVAL_BOUNDS, 'the longest wait between two polls of a long-running Azure ML operation; unset, each wait keeps its own');
    return cap === undefined ? intervalMs : Math.min(intervalMs, cap);
}


/***/ }),

/***/ 32051:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ describeWorkspace),
/* harmony export */   Jf: () => (/* binding */ normalizeArmEndpoint),
/* harmony export */   RL: () => (/* binding */ workspaceResourceId),
/* harmony export */   T6: () => (/* binding */ modelVersionResourceId),
/* harmony export */   WV: () => (/* binding */ validateResourceGroup),
/* harmony export */   XO: () => (/* binding */ PUBLIC_ARM_ENDPOINT),
/* harmony export */   bS: () => (/* binding */ validateWorkspaceName),
/* harmony export */   f_: () => (/* binding */ validateSubscriptionId),
/* harmony export */   ff: () => (/* binding */ studioModelUrl),
/* harmony export */   mS: () => (/* binding */ parseWorkspaceId)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The public cloud's ARM endpoint, the default of `arm-endpoint`. */
const PUBLIC_ARM_ENDPOINT = 'https://management.azure.com';
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
// Resource group: 1-90 letters (any script), digits, `_`, `-`, `.`, `(`, `)`; not ending in `.`.
// https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftresources
const RESOURCE_GROUP = /^[\p{L}\p{N}_\-.()]{1,90}$/u;
// Workspace: 3-33 characters, letters, digits, `-`, `_`, starting with a letter or digit
// (the workspace name pattern of Microsoft.MachineLearningServices).
const WORKSPACE = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,32}$/;
const WORKSPACE_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/?$/i;
function validateSubscriptionId(value, inputName) {
    if (!GUID.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a subscription id. Give the subscription's GUID ` +
            `(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), e.g. from \`az account show --query id\`.`, inputName);
    }
    return value;
}
function validateResourceGroup(value, inputName) {
    if (!RESOURCE_GROUP.test(value) || value.endsWith('.')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a valid resource group name. Use 1-90 letters, digits, ` +
            `'_', '-', '.', '(' or ')', not ending with '.'.`, inputName);
    }
    return value;
}
function validateWorkspaceName(value, inputName) {
    if (!WORKSPACE.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a valid Azure ML workspace name. Use 3-33 letters, digits, ` +
            `'-' or '_', starting with a letter or digit (or give the workspace's ARM id).`, inputName);
    }
    return value;
}
/** Checks an ARM endpoint (an https URL) and returns it without a trailing slash. */
function normalizeArmEndpoint(value, inputName) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' is not a URL. Give the ARM endpoint, e.g. ${PUBLIC_ARM_ENDPOINT}.`, inputName);
    }
    if (url.protocol !== 'https:' || url.search || url.hash || url.username || url.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': '${value}' must be a plain https URL (bearer tokens are only sent over https), ` +
            `e.g. ${PUBLIC_ARM_ENDPOINT}.`, inputName);
    }
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}
/** The parts of a workspace's ARM id, or undefined when `value` is not one. */
function parseWorkspaceId(value) {
    const m = WORKSPACE_ID.exec(value.trim());
    if (!m)
        return undefined;
    return { subscriptionId: m[1], resourceGroup: m[2], workspace: m[3] };
}
/** The workspace's ARM id. */
function workspaceResourceId(address) {
    return (`/subscriptions/${address.subscriptionId}/resourceGroups/${address.resourceGroup}` +
        `/providers/Microsoft.MachineLearningServices/workspaces/${address.workspace}`);
}
/** A model version's ARM id. */
function modelVersionResourceId(address, name, version) {
    return `${workspaceResourceId(address)}/models/${name}/versions/${version}`;
}
/** Names the workspace for messages: `workspace 'dev' (resource group 'rg', subscription '...')`. */
function describeWorkspace(address) {
    return `workspace '${address.workspace}' (resource group '${address.resourceGroup}', subscription '${address.subscriptionId}')`;
}
/**
 * The Azure ML studio page of a model version, for the public cloud only
 * (sovereign clouds and the local emulator have no studio at ml.azure.com).
 */
function studioModelUrl(address, name, version, tenantId) {
    if (address.armEndpoint !== PUBLIC_ARM_ENDPOINT)
        return undefined;
    const params = new URLSearchParams({ wsid: workspaceResourceId(address) });
    if (tenantId)
        params.set('tid', tenantId);
    return `https://ml.azure.com/model/${encodeURIComponent(name)}:${encodeURIComponent(version)}/details?${params}`;
}


/***/ }),

/***/ 61199:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ REGISTRY_ASSET),
/* harmony export */   YR: () => (/* binding */ ENVIRONMENT_NAME),
/* harmony export */   jc: () => (/* binding */ ASSET_NAME),
/* harmony export */   mg: () => (/* binding */ ASSET_VERSION),
/* harmony export */   q2: () => (/* binding */ ONLINE_NAME)
/* harmony export */ });
// Name rules of Azure ML resources that both sides check: the actions before they call Azure, the emulator when it
// answers. One place for each rule; each names its source.
/**
 * Asset names (models, environments, code): the `name` path parameter's pattern of the earlier specs
 * (2022-10-01 mfe.json, which 2026-07-01 dropped while the service kept the rule): a letter or digit, then
 * letters, digits, `-` and `_`, 255 at most.
 */
const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/**
 * Environment names also take `.`: Azure ML's own curated environments have them (`sklearn-1.5` in the azureml
 * registry, `AzureML-sklearn-1.0-ubuntu20.04-py38-cpu` in every workspace; concept-environments, "Curated
 * environments"), and `az ml` passes such names as they are.
 */
const ENVIRONMENT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,254}$/;
/**
 * Asset versions: the spec gives no pattern; the service rejects versions that cannot sit in an asset id
 * (`azureml:<name>:<version>`, a URL path segment). Ours: a letter or digit, then letters, digits, `-`, `_`
 * and `.`, 30 at most.
 */
const ASSET_VERSION = /^[a-zA-Z0-9][a-zA-Z0-9\-_.]{0,29}$/;
/**
 * Endpoint and deployment names, as the Azure ML docs state them ("Endpoint name", how-to-deploy-online-endpoints;
 * reference-yaml-deployment-managed-online): 3 to 32 characters, a letter first, then letters, digits and '-',
 * not ending with '-'.
 */
const ONLINE_NAME = /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/;
/**
 * Asset references into an Azure ML registry, as `az ml` passes them to ARM unchanged
 * (azure-ai-ml _operation_orchestrator.get_asset_arm_id: `is_registry_id_for_resource` returns the id as given):
 * `azureml://registries/<registry>/<models|environments|codes>/<name>/versions/<version>` or `.../labels/<label>`.
 */
const REGISTRY_ASSET = /^azureml:\/\/registries\/([a-zA-Z0-9][a-zA-Z0-9\-_]{1,62})\/(models|environments|codes)\/([^/]+)\/(versions|labels)\/([^/]+)$/;


/***/ }),

/***/ 8431:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** Whether `target` is `root` or below it (both absolute, already resolved). */
function isInside(root, target) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, target);
    return (rel === '' || (rel !== '..' && !rel.startsWith('../') && !rel.startsWith('..\\') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel)));
}


/***/ })

};
