export const id = 993;
export const ids = [993];
export const modules = {

/***/ 21581:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LZ: () => (/* binding */ cancelAndWait),
/* harmony export */   PS: () => (/* binding */ onCancelSignals),
/* harmony export */   e1: () => (/* binding */ CANCEL_WAIT_MS),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74236);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** How long the step waits for Canceled after asking (the runner kills it ~10 s after its first signal). */
const CANCEL_WAIT_MS = 5_000;
/** Calls `onSignal` (once) at the first SIGINT or SIGTERM; returns the function that removes the handlers. */
function onCancelSignals(onSignal, target = process) {
    let fired = false;
    const handler = (signal) => {
        if (fired)
            return;
        fired = true;
        onSignal(signal);
    };
    target.on('SIGINT', handler);
    target.on('SIGTERM', handler);
    return () => {
        target.off('SIGINT', handler);
        target.off('SIGTERM', handler);
    };
}
/** Waits `ms`, or less when `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted) {
            resolve();
            return;
        }
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/**
 * Asks Azure ML to cancel `name` (unless it has ended) and polls it until it is terminal or `waitMs` passed.
 * Returns the last status seen (undefined when the job does not exist). Never throws: a failed request is printed.
 */
async function cancelAndWait(name, waitMs, deps) {
    const deadline = deps.now() + waitMs;
    let status;
    try {
        const job = await deps.jobs.getJob(name);
        if (!job)
            return undefined;
        status = job.properties.status;
        if ((0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminalJobStatus */ .M8)(status))
            return status;
        await deps.jobs.cancelJob(name);
        deps.print(`Asked Azure ML to cancel job ${name} (it was ${status ?? 'NotStarted'}).`);
    }
    catch (error) {
        deps.print(`Could not cancel job ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)}`);
        return status;
    }
    while (deps.now() < deadline) {
        await deps.sleep(250);
        try {
            status = (await deps.jobs.getJob(name))?.properties.status ?? status;
        }
        catch (error) {
            deps.print(`Could not read job ${name}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)}`);
        }
        if ((0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_0__/* .isTerminalJobStatus */ .M8)(status))
            return status;
    }
    return status;
}


/***/ }),

/***/ 47993:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   POST_CANCEL_WAIT_MS: () => (/* binding */ POST_CANCEL_WAIT_MS),
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74236);
/* harmony import */ var _shared_sign_in_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53681);
/* harmony import */ var _shared_workspace_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45940);
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21581);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50130);






/** How long the post step waits for Canceled after asking. */
const POST_CANCEL_WAIT_MS = 15_000;
/**
 * The post step (post-if: cancelled() || failure()): when the main step was stopped before the job it followed
 * ended (the runner killed it, or its own cancel request did not go out), cancels the job.
 */
async function post() {
    const jobName = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE */ .c.jobName);
    if (!jobName || _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getState */ .Gu(_state_js__WEBPACK_IMPORTED_MODULE_5__/* .STATE */ .c.done) === 'true')
        return;
    const { client } = await (0,_shared_sign_in_js__WEBPACK_IMPORTED_MODULE_2__/* .signIn */ .J)((0,_shared_workspace_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .getWorkspaceInputs */ .tS)());
    const job = await client.getJob(jobName);
    const status = job?.properties.status;
    if (!job || (0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .isTerminalJobStatus */ .M8)(status)) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Job ${jobName} ${job ? `has ended (${status})` : 'does not exist'}: nothing to cancel.`);
        return;
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Job ${jobName} is still ${status ?? 'NotStarted'} after the step ended: cancelling it.`);
    const final = await (0,_cancel_js__WEBPACK_IMPORTED_MODULE_4__/* .cancelAndWait */ .LZ)(jobName, POST_CANCEL_WAIT_MS, {
        jobs: client,
        print: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(line),
        now: () => Date.now(),
        sleep: (ms) => (0,_cancel_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy)(ms),
    });
    if ((0,_contract_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .isTerminalJobStatus */ .M8)(final))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Job ${jobName} is ${final}.`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Job ${jobName} is still ${final ?? 'unknown'}: Azure ML is cancelling it. Check it in the studio.`);
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


/***/ })

};
