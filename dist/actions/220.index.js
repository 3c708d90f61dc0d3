export const id = 220;
export const ids = [220];
export const modules = {

/***/ 19220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/actions/shared/rollout-notice.ts
var rollout_notice = __webpack_require__(75829);
// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: ./src/azureml/model-registration.ts
var model_registration = __webpack_require__(60445);
// EXTERNAL MODULE: ./src/azureml/model-reference.ts
var model_reference = __webpack_require__(60127);
// EXTERNAL MODULE: ./src/azureml/workspace.ts
var workspace = __webpack_require__(32051);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/actions/metric-gate/baseline.ts




/** The deployment taking the largest share of live traffic (ties: the first by name); mirror traffic is not live. */
function liveDeployment(traffic) {
    const [best] = Object.entries(traffic)
        .filter(([, share]) => share > 0)
        .sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    return best ? { name: best[0], share: best[1] } : undefined;
}
/**
 * Reads the gated metric of the model that serves `endpoint`: the deployment with the most traffic, its model
 * version, and that version's `metric.<name>` property (register-model records the metrics file there).
 * Only "not found" means no baseline: a missing endpoint, no deployment taking traffic, or a deployment the
 * traffic names that does not exist. Anything else (403, a missing or non-numeric metric, a model that cannot be
 * read) throws, so a gate never passes on the threshold alone because the baseline could not be read.
 */
async function readBaseline(source, endpoint, metric, log) {
    const where = (0,workspace/* describeWorkspace */.$$)(source.address);
    const ep = await source.client.getEndpoint(endpoint);
    if (!ep)
        return { none: `endpoint '${endpoint}' does not exist in ${where}` };
    const live = liveDeployment(ep.traffic);
    if (!live) {
        return { none: `endpoint '${endpoint}' in ${where} has no deployment taking live traffic` };
    }
    log(`Endpoint '${endpoint}': deployment '${live.name}' takes ${live.share}% of the traffic.`);
    const deployment = await source.client.getDeployment(endpoint, live.name);
    if (!deployment) {
        return {
            none: `deployment '${live.name}' that the traffic of endpoint '${endpoint}' names does not exist in ${where}`,
        };
    }
    if (!deployment.model) {
        throw new errors/* ConfigurationError */.j(`Deployment '${live.name}' of endpoint '${endpoint}' in ${where} serves no registered model, so it has no ` +
            `'${metric}' to compare with. Leave the input 'endpoint' empty to gate on the threshold alone.`, 'endpoint');
    }
    let model;
    try {
        model = (0,model_reference/* parseModelVersionAddress */.lm)(deployment.model, 'endpoint');
    }
    catch {
        throw new errors/* ConfigurationError */.j(`Deployment '${live.name}' of endpoint '${endpoint}' serves ${deployment.model}, which is not a model version ` +
            `in a workspace (a registry's model has no metrics recorded by register-model). Leave the input ` +
            `'endpoint' empty to gate on the threshold alone.`, 'endpoint');
    }
    const modelWorkspace = (0,model_reference/* workspaceOf */.B3)(model, source.address);
    const sameWorkspace = model.subscriptionId.toLowerCase() === source.address.subscriptionId.toLowerCase() &&
        model.resourceGroup.toLowerCase() === source.address.resourceGroup.toLowerCase() &&
        model.workspace.toLowerCase() === source.address.workspace.toLowerCase();
    const client = sameWorkspace ? source.client : source.clientFor(modelWorkspace);
    const version = await client.getModelVersion(model.name, model.version);
    if (!version) {
        throw new errors/* ConfigurationError */.j(`Deployment '${live.name}' of endpoint '${endpoint}' serves model ${model.name} version ${model.version}, ` +
            `which does not exist in ${(0,workspace/* describeWorkspace */.$$)(modelWorkspace)}: the baseline cannot be read.`, 'endpoint');
    }
    const key = `${model_registration/* LINEAGE */.EI.metricPrefix}${metric}`;
    const raw = version.properties[key];
    if (raw === undefined) {
        const known = Object.keys(version.properties).filter((k) => k.startsWith(model_registration/* LINEAGE */.EI.metricPrefix));
        throw new errors/* ConfigurationError */.j(`Model ${model.name} version ${model.version}, serving endpoint '${endpoint}', has no property '${key}' ` +
            `(${known.length > 0 ? `it has ${known.join(', ')}` : 'it has no metric.* properties'}). Register models with ` +
            `register-model from a package made with a metrics-file, or leave the input 'endpoint' empty to gate on ` +
            `the threshold alone.`, 'metric');
    }
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) {
        throw new errors/* ConfigurationError */.j(`Model ${model.name} version ${model.version} records '${key}' as '${raw}', which is not a number.`, 'metric');
    }
    return {
        found: { endpoint, deployment: live.name, traffic: live.share, modelId: version.id, value },
    };
}

;// CONCATENATED MODULE: ./src/actions/metric-gate/compare.ts
/** `>=` when higher is better, `<=` when lower is. */
const comparator = (goal) => (goal === 'maximize' ? '>=' : '<=');
/**
 * The gate as ml-ci's evaluate job had it: the value must reach the threshold (at least, or at most with
 * minimize), and the baseline moved by min-improvement in the goal's direction
 * (maximize: baseline + min-improvement; minimize: baseline - min-improvement).
 */
function judge(rules, value, baseline) {
    const sign = rules.goal === 'maximize' ? 1 : -1;
    const reaches = (needs) => (sign > 0 ? value >= needs : value <= needs);
    const checks = [];
    if (rules.threshold !== undefined) {
        checks.push({ against: 'threshold', needs: rules.threshold, passed: reaches(rules.threshold) });
    }
    if (baseline) {
        const needs = baseline.value + sign * rules.minImprovement;
        checks.push({ against: 'baseline', needs, passed: reaches(needs) });
    }
    return {
        metric: rules.metric,
        goal: rules.goal,
        value,
        checks,
        passed: checks.every((c) => c.passed),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __webpack_require__(32091);
// EXTERNAL MODULE: ./src/deploy/references.ts
var references = __webpack_require__(36981);
// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __webpack_require__(25500);
// EXTERNAL MODULE: ./src/model/manifest.ts + 1 modules
var model_manifest = __webpack_require__(50384);
// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
// EXTERNAL MODULE: ./src/actions/shared/scalar-inputs.ts
var scalar_inputs = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/metric-gate/inputs.ts











/** The candidate's metrics: a metrics file, or the manifest of a package folder that package-model wrote. */
async function readCandidateMetrics(value, input = 'metrics') {
    const path = (0,path_inputs/* resolveInputPath */.qL)(value);
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': ${path} does not exist. Give the metrics file the training wrote, or the package folder package-model wrote.`, input);
    }
    await (0,path_inputs/* requireInsideRoots */.n5)(input, path, (0,path_inputs/* inputRoots */.Il)(), 'Gate on the metrics file the training wrote in the workspace, or the package below RUNNER_TEMP.');
    if (info.isDirectory()) {
        // The manifest alone: register-model verifies the package's files; the gate needs only what it recorded.
        const manifestPath = (0,external_node_path_.join)(path, model_manifest/* MANIFEST_FILE */.h1);
        // package-model writes a regular file: a symlink here could lead out of the workspace.
        if (!(await (0,promises_.lstat)(manifestPath).catch(() => undefined))?.isFile()) {
            throw new errors/* ConfigurationError */.j(`Input '${input}': ${path} is a folder without ${model_manifest/* MANIFEST_FILE */.h1} (a regular file). Give a metrics file, or a folder package-model wrote.`, input);
        }
        const text = await (0,bounded_read/* readBoundedText */.Ht)(manifestPath, input, bounded_read/* MAX_JSON_INPUT_BYTES */.lj);
        const manifest = (0,model_manifest/* parseManifest */.Ng)(text, manifestPath, input);
        if (!manifest.metrics || Object.keys(manifest.metrics).length === 0) {
            throw new errors/* ConfigurationError */.j(`Input '${input}': the package in ${path} has no metrics. Give package-model a metrics-file.`, input);
        }
        return manifest.metrics;
    }
    return (0,metrics/* parseMetrics */.B)(await (0,bounded_read/* readBoundedText */.Ht)(path, input, bounded_read/* MAX_JSON_INPUT_BYTES */.lj), path, input);
}
/** The value of `metric` in `metrics`, which must be a number. */
function metricValue(metrics, metric, source) {
    const value = metrics[metric];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
        const has = Object.keys(metrics);
        throw new errors/* ConfigurationError */.j(`Input 'metric': '${metric}' is ${value === undefined ? 'not in' : 'not a number in'} the metrics of ${source} ` +
            `(it has: ${has.length > 0 ? has.join(', ') : 'nothing'}).`, 'metric');
    }
    return value;
}
/** Parses and validates every input before any call. */
async function getInputs() {
    const metricsValue = core/* getInput */.V4('metrics');
    if (!metricsValue) {
        throw new errors/* ConfigurationError */.j(`Input 'metrics' is required: the metrics file the training wrote, or the package folder package-model wrote.`, 'metrics');
    }
    const metric = core/* getInput */.V4('metric').trim();
    if (!metric)
        throw new errors/* ConfigurationError */.j(`Input 'metric' is required: the metric to gate on, e.g. auc.`, 'metric');
    const goal = (core/* getInput */.V4('goal') || 'maximize').trim().toLowerCase();
    if (goal !== 'maximize' && goal !== 'minimize') {
        throw new errors/* ConfigurationError */.j(`Input 'goal': '${goal}' is not maximize (higher is better) or minimize (lower is better).`, 'goal');
    }
    const threshold = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('threshold'), 'threshold', -1e12, 1e12);
    const minImprovement = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('min-improvement'), 'min-improvement', -1e12, 1e12) ?? 0;
    const endpointValue = core/* getInput */.V4('endpoint').trim();
    const endpoint = endpointValue ? (0,references/* validateOnlineName */.HE)(endpointValue, 'endpoint', 'endpoint') : undefined;
    if (threshold === undefined && !endpoint) {
        throw new errors/* ConfigurationError */.j(`Give the input 'threshold', 'endpoint' (the endpoint whose serving model is the baseline), or both: ` +
            `with neither there is nothing to gate on.`, 'threshold');
    }
    const metrics = await readCandidateMetrics(metricsValue);
    const value = metricValue(metrics, metric, metricsValue);
    const workspace = endpoint ? (0,workspace_inputs/* getWorkspaceInputs */.tS)() : undefined;
    core/* debug */.Yz(`metric-gate: ${metric}=${value} (${goal}), threshold ${threshold ?? '-'}, endpoint ${endpoint ?? '-'}`);
    return {
        metricsSource: metricsValue,
        metric,
        value,
        goal: goal,
        threshold,
        minImprovement,
        endpoint,
        workspace,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/metric-gate/summary.ts


/** The job summary: the candidate's value, each comparison, and where the baseline came from (or why none). */
function renderSummary(verdict, baseline) {
    const op = comparator(verdict.goal);
    let md = `## Metric gate ${verdict.passed ? 'passed' : 'FAILED'}: ${(0,html/* escapeHtml */.Z)(verdict.metric)} = ${verdict.value} (${verdict.goal})\n\n`;
    const rows = verdict.checks.map((c) => [
        c.against === 'threshold'
            ? 'threshold'
            : baseline && 'found' in baseline
                ? `baseline: ${(0,html/* escapeHtml */.Z)(baseline.found.modelId)} (deployment ${(0,html/* escapeHtml */.Z)(baseline.found.deployment)} of ${(0,html/* escapeHtml */.Z)(baseline.found.endpoint)}, ${baseline.found.traffic}% traffic) = ${baseline.found.value}`
                : 'baseline',
        `${(0,html/* escapeHtml */.Z)(op)} ${c.needs}`,
        c.passed ? 'pass' : '<b>FAIL</b>',
    ]);
    md += (0,html/* htmlTable */.I)(['Against', 'Needs', 'Result'], rows);
    if (baseline === undefined)
        md += '\n\nNo baseline endpoint given: compared with the threshold only.\n';
    else if ('none' in baseline)
        md += `\n\nNo baseline: ${(0,html/* escapeHtml */.Z)(baseline.none)}.\n`;
    return md;
}

;// CONCATENATED MODULE: ./src/actions/metric-gate/main.ts







/** The gate said no: the message names the metric, its value and each comparison that failed. */
class GateFailedError extends Error {
}
/**
 * metric-gate: compares the candidate's metric with a threshold and with the model serving an endpoint (the
 * deployment taking the most traffic, its model version's `metric.<name>` property). Only a missing endpoint
 * or live deployment means "no baseline"; any other failure to read it fails the step.
 */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', getInputs);
    let lookup;
    if (inputs.endpoint && inputs.workspace) {
        const endpoint = inputs.endpoint;
        const { client, clientFor } = await (0,sign_in/* signIn */.J)(inputs.workspace);
        await (0,rollout_notice/* warnIfMidRollout */.p)(client, endpoint);
        const source = { client, clientFor, address: inputs.workspace.address };
        lookup = await core/* group */.Os(`Read the baseline: the model serving ${endpoint}`, () => readBaseline(source, endpoint, inputs.metric, (line) => core/* info */.pq(line)));
        // A notice, so the run's page says it too.
        if ('none' in lookup) {
            const left = inputs.threshold === undefined ? 'nothing to compare with' : 'compared with the threshold only';
            core/* notice */.lm(`No baseline: ${lookup.none}; ${left}.`);
        }
        else
            core/* info */.pq(`Baseline: ${lookup.found.modelId} has ${inputs.metric}=${lookup.found.value}.`);
    }
    const baseline = lookup && 'found' in lookup ? lookup.found : undefined;
    const verdict = judge(inputs, inputs.value, baseline);
    core/* setOutput */.uH('passed', String(verdict.passed));
    core/* setOutput */.uH('metric', String(verdict.value));
    core/* setOutput */.uH('baseline', baseline ? String(baseline.value) : '');
    core/* setOutput */.uH('baseline-model', baseline?.modelId ?? '');
    core/* setOutput */.uH('baseline-deployment', baseline?.deployment ?? '');
    await core/* summary */.z.addRaw(renderSummary(verdict, lookup)).write();
    const op = comparator(verdict.goal);
    const lines = verdict.checks.map((c) => `${c.against}: needs ${op} ${c.needs}, ${c.passed ? 'pass' : 'FAIL'}`);
    core/* info */.pq(`${verdict.metric}=${verdict.value}: ${lines.join('; ')}`);
    if (!verdict.passed) {
        throw new GateFailedError(`The metric gate failed: ${verdict.metric}=${verdict.value} (${verdict.goal}); ` +
            verdict.checks
                .filter((c) => !c.passed)
                .map((c) => `${c.against} needs ${op} ${c.needs}`)
                .join(', ') +
            '.');
    }
}

;// CONCATENATED MODULE: ./src/actions/metric-gate/index.ts
// The function the metric-gate action's step runs (src/actions/index.ts runs it).



/***/ }),

/***/ 75829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ warnIfMidRollout)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14116);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _rollout_rollout_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7940);



/**
 * Names an endpoint that carries a rollout record (promote's mlops.rollout.* tags) as mid-rollout, with its
 * candidate, step and start, in a warning on the run's page. Given a name, it reads the endpoint first; it never
 * fails the action (a read that fails is left to the action's own calls, and said in the debug log only).
 */
async function warnIfMidRollout(client, endpoint) {
    try {
        const info = typeof endpoint === 'string' ? await client.getEndpoint(endpoint) : endpoint;
        const notice = info && (0,_rollout_rollout_record_js__WEBPACK_IMPORTED_MODULE_2__/* .midRolloutNotice */ .O1)(info);
        if (notice)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(notice);
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Could not check whether endpoint is mid-rollout: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .getErrorMessage */ .u)(error)}`);
    }
}


/***/ }),

/***/ 25500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseMetrics)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36641);


const MAX_METRICS = 200;
const NAME = /^[A-Za-z0-9_.\-/ ]{1,100}$/;
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** What a JSON value is, for messages that must not repeat it. */
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** A key as messages show it: a valid metric name as is, anything else by its length (a file's text is never echoed). */
function shownName(key) {
    return NAME.test(key) ? key : `<a name of ${key.length} characters>`;
}
/**
 * Parses a metrics file. Accepted shapes:
 * - a flat JSON object of numbers and strings: `{"accuracy": 0.91, "dataset": "v3"}`;
 * - the same wrapped as `{"metrics": {...}}`;
 * - MLflow's run metrics (REST `run.data.metrics`): `[{"key": "auc", "value": 0.9, "step": 0, "timestamp": ...}]`,
 *   optionally wrapped as `{"metrics": [...]}`; the latest step (then timestamp) of each key wins.
 * Anything else is a ConfigurationError naming `inputName` and what to change.
 */
function parseMetrics(text, source, inputName = 'metrics-file') {
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${inputName}': ${source} ${why}. Write a JSON object of metric names to numbers or strings, e.g. {"accuracy": 0.91}.`, inputName);
    };
    let doc = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonText */ .l)(text, fail);
    if (isObject(doc) &&
        Object.keys(doc).length === 1 &&
        'metrics' in doc &&
        (isObject(doc.metrics) || Array.isArray(doc.metrics))) {
        doc = doc.metrics;
    }
    const out = {};
    if (Array.isArray(doc)) {
        const latest = new Map();
        doc.forEach((m, i) => {
            if (!isObject(m) || typeof m.key !== 'string' || typeof m.value !== 'number') {
                fail(`entry ${i} is not an MLflow metric {"key": string, "value": number}`);
                return;
            }
            const step = typeof m.step === 'number' ? m.step : 0;
            const timestamp = typeof m.timestamp === 'number' ? m.timestamp : 0;
            const seen = latest.get(m.key);
            if (!seen || step > seen.step || (step === seen.step && timestamp >= seen.timestamp)) {
                latest.set(m.key, { value: m.value, step, timestamp });
            }
        });
        for (const [key, m] of latest)
            out[key] = m.value;
    }
    else if (isObject(doc)) {
        for (const [key, value] of Object.entries(doc)) {
            if (typeof value === 'number' || typeof value === 'string')
                out[key] = value;
            else
                fail(`is not usable: '${shownName(key)}' is ${kindOf(value)}, not a number or a string`);
        }
    }
    else {
        fail('is not a JSON object');
    }
    const names = Object.keys(out);
    if (names.length > MAX_METRICS)
        fail(`has ${names.length} metrics, more than ${MAX_METRICS}`);
    for (const name of names) {
        if (!NAME.test(name))
            fail(`has a metric name of ${name.length} characters that is not 1-100 letters, digits, spaces or _ . - /`);
        const value = out[name];
        if (typeof value === 'string' && value.length > 256)
            fail(`has a string metric '${name}' longer than 256 characters`);
    }
    return out;
}


/***/ })

};
