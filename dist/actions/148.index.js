export const id = 148;
export const ids = [148];
export const modules = {

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

/***/ 81148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* reexport */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/smoke/evaluate.ts + 1 modules
var evaluate = __webpack_require__(30257);
// EXTERNAL MODULE: ./src/smoke/runner.ts + 2 modules
var runner = __webpack_require__(17521);
// EXTERNAL MODULE: ./src/actions/shared/rollout-notice.ts
var rollout_notice = __webpack_require__(75829);
// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: ./src/deploy/references.ts
var references = __webpack_require__(36981);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(52210);
// EXTERNAL MODULE: ./src/smoke/json-path.ts
var json_path = __webpack_require__(14459);
;// CONCATENATED MODULE: ./src/smoke/answer-schema.ts
// The `schema` input of smoke-test: a JSON Schema every answer must satisfy, checked by ajv 8 (a maintained,
// complete validator) instead of a hand-written subset that claimed keywords it never checked.
//
// What is checked: every keyword of JSON Schema draft-07 (the default, as `$schema` http://json-schema.org/draft-07/schema#)
// or of draft 2020-12 (`$schema` https://json-schema.org/draft/2020-12/schema), with `$ref` only to places inside the
// schema. `format` is refused, not ignored: checking formats needs ajv-formats, and a keyword that silently passes
// everything is what this module replaces. Unknown keywords are refused too (ajv's strict mode).




const DRAFTS = {
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
};
/** The keywords checked for a draft-07 schema (ajv's draft-07 vocabulary); action.yml lists exactly these. */
const DRAFT_07_KEYWORDS = (/* unused pure expression or super */ null && ([
    'type',
    'enum',
    'const',
    'multipleOf',
    'minimum',
    'maximum',
    'exclusiveMinimum',
    'exclusiveMaximum',
    'minLength',
    'maxLength',
    'pattern',
    'items',
    'additionalItems',
    'minItems',
    'maxItems',
    'uniqueItems',
    'contains',
    'minProperties',
    'maxProperties',
    'required',
    'properties',
    'patternProperties',
    'additionalProperties',
    'dependencies',
    'propertyNames',
    'if/then/else',
    'allOf',
    'anyOf',
    'oneOf',
    'not',
    '$ref',
]));
/** What a 2020-12 schema adds (`items` there is for every item; tuples use prefixItems). */
const DRAFT_2020_KEYWORDS = (/* unused pure expression or super */ null && ([
    'prefixItems',
    'minContains',
    'maxContains',
    'dependentRequired',
    'dependentSchemas',
    'unevaluatedItems',
    'unevaluatedProperties',
]));
/** What the action's description promises, in short; messages repeat it so the fix is in the error. */
const CHECKED = 'JSON Schema draft-07 (default) or 2020-12 (by $schema), every keyword except format, $ref only inside the schema';
const OPTIONS = {
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: false,
    logger: false,
};
const clip = (text, max = 200) => (text.length > max ? `${text.slice(0, max)}...` : text);
function fail(source, detail) {
    throw new errors/* ConfigurationError */.j(`Input 'schema' (${source}): ${clip(detail)}. Checked: ${CHECKED}. Fix the schema.`, 'schema');
}
function draftOf(schema, source) {
    const declared = schema.$schema;
    if (declared === undefined)
        return 'draft-07';
    const draft = typeof declared === 'string' ? DRAFTS[declared.replace(/#$/, '')] : undefined;
    if (!draft)
        fail(source, `$schema ${clip(JSON.stringify(declared), 100)} is not draft-07 or 2020-12`);
    return draft;
}
/**
 * The property an error is about (missing, extra or badly named), if any: the violation's path points at it, so
 * `required` reports `$.labels` rather than the object that lacks it.
 */
function propertyOf(error) {
    const p = error.params;
    const name = p.missingProperty ??
        p.additionalProperty ??
        p.unevaluatedProperty ??
        p.propertyName ??
        error.propertyName;
    return typeof name === 'string' ? name : undefined;
}
function toViolation(error, answer) {
    const parent = (0,json_path/* jsonPath */.U1)(answer, error.instancePath);
    const property = propertyOf(error);
    return {
        path: property === undefined ? parent : clip((0,json_path/* childKey */.cF)(parent, property)),
        keyword: error.keyword,
        schemaPath: error.schemaPath,
        reason: clip(error.message ?? 'is not valid'),
    };
}
/**
 * Compiles the `schema` input (already parsed JSON, read from `source`). A schema ajv cannot compile, an unknown
 * keyword, `format`, an unresolvable `$ref` or an unsupported `$schema` is a ConfigurationError naming the input.
 */
function compileAnswerSchema(schema, source) {
    if (typeof schema === 'boolean')
        return compileWith('draft-07', schema, source);
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema))
        fail(source, 'a JSON Schema is an object (or true/false)');
    return compileWith(draftOf(schema, source), schema, source);
}
function compileWith(draft, schema, source) {
    const ajv = draft === '2020-12' ? new _2020.Ajv2020(OPTIONS) : new dist_ajv.Ajv(OPTIONS);
    let validate;
    try {
        validate = ajv.compile(schema);
    }
    catch (error) {
        const message = (0,errors/* getErrorMessage */.u)(error);
        if (/unknown format/.test(message))
            fail(source, `${message}; format is not checked here (use pattern instead)`);
        fail(source, message);
    }
    return {
        check(answer) {
            if (validate(answer))
                return undefined;
            const first = validate.errors?.[0];
            return first
                ? toViolation(first, answer)
                : { path: '$', keyword: 'schema', schemaPath: '#', reason: 'is not valid' };
        },
    };
}

// EXTERNAL MODULE: ./src/smoke/request-files.ts + 1 modules
var request_files = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/actions/shared/scalar-inputs.ts
var scalar_inputs = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/smoke-test/inputs.ts







/** Parses and validates every input (and reads the request files) before any call. */
async function getInputs() {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const endpointValue = core/* getInput */.V4('endpoint');
    if (!endpointValue)
        throw new errors/* ConfigurationError */.j(`Input 'endpoint' is required: the online endpoint to test.`, 'endpoint');
    const endpoint = (0,references/* validateOnlineName */.HE)(endpointValue, 'endpoint', 'endpoint');
    const deploymentValue = core/* getInput */.V4('deployment');
    const deployment = deploymentValue
        ? (0,references/* validateOnlineName */.HE)(deploymentValue, 'deployment', 'deployment')
        : undefined;
    const expected = core/* getInput */.V4('expected') || undefined;
    const cases = await (0,request_files/* readRequestCases */.Jd)(core/* getInput */.V4('requests'), expected, root);
    const schemaValue = core/* getInput */.V4('schema');
    let schema;
    if (schemaValue) {
        const read = await (0,request_files/* readJsonInput */.nb)(schemaValue, 'schema', root);
        schema = compileAnswerSchema(read.value, read.source);
    }
    const tolerance = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('tolerance'), 'tolerance', 0, 1e9) ?? 1e-6;
    const count = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('count'), 'count', 1, 100_000, 10);
    const concurrency = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('concurrency'), 'concurrency', 1, 256, 2);
    const maxErrorRate = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('max-error-rate'), 'max-error-rate', 0, 1) ?? 0;
    const maxP95Ms = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('max-p95-ms'), 'max-p95-ms', 0, 600_000);
    const maxP99Ms = (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('max-p99-ms'), 'max-p99-ms', 0, 600_000);
    const timeoutMs = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('request-timeout-seconds'), 'request-timeout-seconds', 1, 600, 60) * 1000;
    const workspace = (0,workspace_inputs/* getWorkspaceInputs */.tS)();
    return {
        endpoint,
        deployment,
        cases,
        schema,
        tolerance,
        count,
        concurrency,
        maxErrorRate,
        maxP95Ms,
        maxP99Ms,
        timeoutMs,
        workspace,
    };
}

// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/smoke-test/summary.ts

/** The job summary: the verdict, then one table row per request file. */
function renderSummary(report, target) {
    const where = target.deployment ? `${target.endpoint} / ${target.deployment}` : target.endpoint;
    let md = `## Smoke test of ${(0,html/* escapeHtml */.Z)(where)}: ${report.passed ? 'passed' : 'FAILED'}\n\n`;
    md += `${report.sent} requests in ${report.seconds} s (${report.throughput} req/s), ${report.errors} failed; `;
    md += `p50 ${report.latencyMs.p50} ms, p95 ${report.latencyMs.p95} ms, p99 ${report.latencyMs.p99} ms.\n\n`;
    for (const v of report.violations)
        md += `- ${(0,html/* escapeHtml */.Z)(v)}\n`;
    if (report.violations.length > 0)
        md += '\n';
    const rows = report.cases.map((c) => [
        `<code>${(0,html/* escapeHtml */.Z)(c.request)}</code>`,
        String(c.sent),
        String(c.errors),
        `${(c.errorRate * 100).toFixed(1)}%`,
        String(c.latencyMs.p50),
        String(c.latencyMs.p95),
        String(c.latencyMs.p99),
        (0,html/* escapeHtml */.Z)(Object.entries(c.servedBy)
            .map(([d, n]) => `${d}: ${n}`)
            .join(', ') || '-'),
        c.firstFailure ? (0,html/* escapeHtml */.Z)(c.firstFailure.reason) : 'ok',
    ]);
    md += (0,html/* htmlTable */.I)([
        'Request file',
        'Sent',
        'Failed',
        'Error rate',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'Served by',
        'First failure',
    ], rows);
    return `${md}\n`;
}

;// CONCATENATED MODULE: ./src/actions/smoke-test/main.ts








/** smoke-test: sends the request files to an endpoint (or one deployment) and checks answers and latency. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', getInputs);
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const { endpoint, scoringUri, credential } = await core/* group */.Os(`Find endpoint ${inputs.endpoint}`, async () => {
        const endpoint = await client.getEndpoint(inputs.endpoint);
        if (!endpoint) {
            throw new errors/* ConfigurationError */.j(`Input 'endpoint': endpoint ${inputs.endpoint} does not exist in workspace '${inputs.workspace.address.workspace}'. Deploy it first (deploy-endpoint).`, 'endpoint');
        }
        await (0,rollout_notice/* warnIfMidRollout */.p)(client, endpoint);
        if (!endpoint.scoringUri)
            throw new Error(`Endpoint ${endpoint.name} has no scoring URI yet (${endpoint.provisioningState}).`);
        if (inputs.deployment) {
            const deployment = await client.getDeployment(endpoint.name, inputs.deployment);
            if (!deployment) {
                throw new errors/* ConfigurationError */.j(`Input 'deployment': endpoint ${endpoint.name} has no deployment ${inputs.deployment}.`, 'deployment');
            }
            core/* info */.pq(`Deployment ${deployment.name}: ${deployment.provisioningState}`);
        }
        core/* info */.pq(`Scoring URI ${endpoint.scoringUri}; traffic ${JSON.stringify(endpoint.traffic)}`);
        const scoringUri = endpoint.scoringUri;
        return { endpoint, scoringUri, credential: await client.getScoringCredential(endpoint) };
    });
    const total = inputs.cases.length * inputs.count;
    const target = inputs.deployment
        ? `deployment ${inputs.deployment}`
        : `endpoint ${endpoint.name} (by its traffic)`;
    core/* info */.pq(`Sending ${inputs.cases.length} request file(s) x ${inputs.count} = ${total} requests to ${target}, ${inputs.concurrency} at a time.`);
    let lastLog = Date.now();
    const started = process.hrtime.bigint();
    const results = await (0,runner/* runSmoke */.L)({
        url: scoringUri,
        headers: {
            authorization: `Bearer ${credential}`,
            ...(inputs.deployment ? { 'azureml-model-deployment': inputs.deployment } : {}),
        },
        requests: inputs.cases.map((c) => ({ name: c.name, body: c.body })),
        count: inputs.count,
        concurrency: inputs.concurrency,
        timeoutMs: inputs.timeoutMs,
        onProgress: (done, all) => {
            if (Date.now() - lastLog >= 5_000 && done < all) {
                lastLog = Date.now();
                core/* info */.pq(`${done}/${all} requests answered`);
            }
        },
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const report = (0,evaluate/* evaluateSmoke */.h)(inputs.cases, results, {
        schema: inputs.schema,
        tolerance: inputs.tolerance,
        thresholds: { maxErrorRate: inputs.maxErrorRate, maxP95Ms: inputs.maxP95Ms, maxP99Ms: inputs.maxP99Ms },
        seconds,
    });
    for (const c of report.cases) {
        core/* info */.pq(`${c.request}: ${c.sent} sent, ${c.errors} failed, p50 ${c.latencyMs.p50} ms, p95 ${c.latencyMs.p95} ms, p99 ${c.latencyMs.p99} ms; served by ${JSON.stringify(c.servedBy)}`);
        if (c.firstFailure)
            core/* error */.z3(`Request ${c.request}: ${c.firstFailure.reason}`);
    }
    core/* setOutput */.uH('passed', report.passed ? 'true' : 'false');
    core/* setOutput */.uH('requests-sent', String(report.sent));
    core/* setOutput */.uH('errors', String(report.errors));
    core/* setOutput */.uH('p50-ms', String(report.latencyMs.p50));
    core/* setOutput */.uH('p95-ms', String(report.latencyMs.p95));
    core/* setOutput */.uH('p99-ms', String(report.latencyMs.p99));
    core/* setOutput */.uH('report', JSON.stringify(report));
    await core/* summary */.z
        .addRaw(renderSummary(report, { endpoint: endpoint.name, deployment: inputs.deployment }))
        .write();
    if (!report.passed) {
        core/* setFailed */.C1(`Smoke test of ${target} failed: ${report.violations.join('; ') || 'no request was sent'}.`);
    }
    else {
        core/* info */.pq(`Smoke test passed: ${report.sent} requests, ${report.errors} errors, p95 ${report.latencyMs.p95} ms, ${report.throughput} req/s.`);
    }
}

;// CONCATENATED MODULE: ./src/actions/smoke-test/index.ts
// The function the smoke-test action's step runs (src/actions/index.ts runs it).



/***/ })

};
