export const id = 17;
export const ids = [17];
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

/***/ 2935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S8: () => (/* binding */ parseBooleanInput),
/* harmony export */   _p: () => (/* binding */ parseIntegerInput),
/* harmony export */   bm: () => (/* binding */ parseNumberInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** `true`/`false` (any case; empty -> `fallback`), as action.yml booleans are written. */
function parseBooleanInput(value, input, fallback) {
    const text = value.trim().toLowerCase();
    if (text === '')
        return fallback;
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not true or false.`, input);
}
/** A whole number from `min` to `max` (empty -> `fallback`). */
function parseIntegerInput(value, input, min, max, fallback) {
    const text = value.trim();
    if (text === '')
        return fallback;
    const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a whole number from ${min} to ${max}.`, input);
    }
    return n;
}
/** A number from `min` to `max` (empty -> undefined): thresholds such as 0.01 or 250. */
function parseNumberInput(value, input, min, max) {
    const text = value.trim();
    if (text === '')
        return undefined;
    const n = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (!Number.isFinite(n) || n < min || n > max) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a number from ${min} to ${max}.`, input);
    }
    return n;
}


/***/ }),

/***/ 36981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HE: () => (/* binding */ validateOnlineName),
/* harmony export */   MA: () => (/* binding */ parseCodeReference),
/* harmony export */   nj: () => (/* binding */ showReference),
/* harmony export */   qZ: () => (/* binding */ parseModelReference),
/* harmony export */   ut: () => (/* binding */ parseEnvironmentReference)
/* harmony export */ });
/* harmony import */ var _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61199);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);


/** `azureml:<name>:<version>` as text. */
const showReference = (ref) => ref.version === 'latest' ? `azureml:${ref.name}@latest` : `azureml:${ref.name}:${ref.version}`;
function registryPointer(value, kind, nameRule) {
    const m = _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .REGISTRY_ASSET */ .$$.exec(value);
    if (!m || m[2] !== kind)
        return undefined;
    if (!nameRule.test(m[3]))
        return undefined;
    if (m[4] === 'versions' ? !_contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_VERSION */ .mg.test(m[5]) : !_contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_NAME */ .jc.test(m[5]))
        return undefined;
    return { kind: 'registry', id: value };
}
function workspacePointer(value, nameRule, versionRule) {
    const latest = /^azureml:([^:@/]+)@latest$/.exec(value);
    if (latest && nameRule.test(latest[1]))
        return { kind: 'workspace', ref: { name: latest[1], version: 'latest' } };
    const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(value);
    if (pinned && nameRule.test(pinned[1]) && versionRule.test(pinned[2]))
        return { kind: 'workspace', ref: { name: pinned[1], version: pinned[2] } };
    return undefined;
}
/**
 * A model reference: `azureml:<name>:<version>` (model versions are positive integers), `azureml:<name>@latest`,
 * or `azureml://registries/<registry>/models/<name>/versions/<version>` (or `/labels/<label>`).
 */
function parseModelReference(value, input = 'model') {
    const text = value.trim();
    const found = registryPointer(text, 'models', _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_NAME */ .jc) ?? workspacePointer(text, _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_NAME */ .jc, /^[1-9][0-9]{0,9}$/);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a model reference. Write azureml:<name>:<version> (e.g. azureml:diabetes-classifier:3, ` +
            `register-model's model-uri output), azureml:<name>@latest, or azureml://registries/<registry>/models/<name>/versions/<version>.`, input);
    }
    return found;
}
/**
 * An environment reference: `azureml:<name>:<version>`, `azureml:<name>@latest`, or
 * `azureml://registries/<registry>/environments/<name>/versions/<version>` or `.../labels/latest` (how curated
 * environments are named, e.g. azureml://registries/azureml/environments/sklearn-1.5/labels/latest).
 */
function parseEnvironmentReference(value, input = 'environment') {
    const text = value.trim();
    const found = registryPointer(text, 'environments', _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ENVIRONMENT_NAME */ .YR) ??
        workspacePointer(text, _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ENVIRONMENT_NAME */ .YR, _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_VERSION */ .mg);
    if (!found) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not an environment reference. Write azureml:<name>:<version>, azureml:<name>@latest, ` +
            `azureml://registries/<registry>/environments/<name>/versions/<version> (or /labels/latest), or describe it inline ` +
            `(image and conda_file) in the deployment file.`, input);
    }
    return found;
}
/** A registered code asset: `azureml:<name>:<version>`. */
function parseCodeReference(value, input) {
    const found = workspacePointer(value.trim(), _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_NAME */ .jc, _contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ASSET_VERSION */ .mg);
    if (!found || found.kind !== 'workspace' || found.ref.version === 'latest') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a registered code version. Write azureml:<name>:<version>, or give a local folder.`, input);
    }
    return found.ref;
}
/**
 * Endpoint and deployment names as Azure ML requires them: 3 to 32 characters, a letter first, then letters,
 * digits and hyphens, not ending with a hyphen.
 */
function validateOnlineName(value, input, what) {
    const name = value.trim();
    if (!_contract_asset_names_js__WEBPACK_IMPORTED_MODULE_1__/* .ONLINE_NAME */ .q2.test(name)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a valid ${what} name. Use 3 to 32 characters: a letter first, then ` +
            `letters, digits and hyphens, not ending with a hyphen (e.g. ${what === 'endpoint' ? 'diabetes-endpoint' : 'green'}).`, input);
    }
    return name;
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

/***/ 7940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ clearedRecordTags),
/* harmony export */   CD: () => (/* binding */ rolloutRunId),
/* harmony export */   CO: () => (/* binding */ RECORD_TAGS),
/* harmony export */   DX: () => (/* binding */ recordState),
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   O1: () => (/* binding */ midRolloutNotice),
/* harmony export */   TV: () => (/* binding */ describeRecord),
/* harmony export */   h0: () => (/* binding */ recordTags)
/* harmony export */ });
/* unused harmony exports TAG_VALUE_MAX, formatSteps */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _steps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1218);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94200);
// The record of a rollout kept on the endpoint itself, so that a rerun on a fresh runner (after a kill) finds
// it. It lives in the endpoint's tags: in the 2026-07-01 spec an OnlineEndpoint's `tags` (TrackedResource) are
// writable by the same PUT that sets `properties.traffic` and `properties.mirrorTraffic`, while
// `properties.properties` can only be added to. promote writes the record in the very PUT that moves the traffic,
// so a kill at any moment leaves either no record or one that matches the traffic.
// ARM limits (azure-resource-manager/management/tag-resources): at most 50 tags, names up to 512 characters,
// values up to 256; so one tag per field, each value checked before anything is written.



/** The tag names, all under one prefix. */
const RECORD_TAGS = {
    run: 'mlops.rollout.run',
    candidate: 'mlops.rollout.candidate',
    baselines: 'mlops.rollout.baselines',
    traffic: 'mlops.rollout.traffic',
    mirror: 'mlops.rollout.mirror',
    steps: 'mlops.rollout.steps',
    step: 'mlops.rollout.step',
    startedAt: 'mlops.rollout.started-at',
};
/** ARM's limit on a tag value. */
const TAG_VALUE_MAX = 256;
/** A run id for the record: `<run id>.<attempt>-<random>`, `local.1-<random>` outside GitHub Actions. */
function rolloutRunId(env, random) {
    return `${env.GITHUB_RUN_ID || 'local'}.${env.GITHUB_RUN_ATTEMPT || '1'}-${random}`;
}
/** `mirror:20,50,100`: the steps input's own notation. */
function formatSteps(steps) {
    return steps.map((s) => (s.kind === 'mirror' ? `mirror:${s.share}` : String(s.share))).join(',');
}
const compact = (map) => JSON.stringify(Object.fromEntries((0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .liveShares */ .jw)(map)));
/** The tags that carry the record (each value within TAG_VALUE_MAX, or a ConfigurationError before any write). */
function recordTags(record) {
    const tags = {
        [RECORD_TAGS.run]: record.run,
        [RECORD_TAGS.candidate]: record.candidate,
        [RECORD_TAGS.baselines]: record.baselines.join(','),
        [RECORD_TAGS.traffic]: compact(record.traffic),
        [RECORD_TAGS.mirror]: compact(record.mirrorTraffic),
        [RECORD_TAGS.steps]: formatSteps(record.steps),
        [RECORD_TAGS.step]: String(record.step),
        [RECORD_TAGS.startedAt]: record.startedAt,
    };
    for (const [name, value] of Object.entries(tags)) {
        if (value.length > TAG_VALUE_MAX) {
            const input = name === RECORD_TAGS.steps ? 'steps' : 'endpoint';
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': the rollout record's tag ${name} would be ${value.length} characters, over ARM's ${TAG_VALUE_MAX} for a tag value. ` +
                (input === 'steps'
                    ? 'Use fewer steps.'
                    : 'Retire some of the deployments that take traffic first.'), input);
        }
    }
    return tags;
}
/** Tag changes that remove the record (setTraffic's `tags`: null removes a tag). */
function clearedRecordTags() {
    return Object.fromEntries(Object.values(RECORD_TAGS).map((t) => [t, null]));
}
function percentJson(text, tag) {
    const value = JSON.parse(text ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new Error(`${tag} is not a JSON object`);
    for (const [k, v] of Object.entries(value)) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100)
            throw new Error(`${tag} gives ${k} ${JSON.stringify(v)}, not a percentage`);
    }
    return value;
}
/**
 * The record in an endpoint's tags: undefined when there is none; an Error naming the tag when one is damaged
 * (edited by hand), which promote reports with the way out (mode: reject, or remove the tags).
 */
function parseRecord(tags) {
    const run = tags[RECORD_TAGS.run];
    if (run === undefined)
        return undefined;
    try {
        const candidate = tags[RECORD_TAGS.candidate];
        if (!candidate)
            throw new Error(`${RECORD_TAGS.candidate} is missing`);
        const steps = (0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSteps */ .$i)(tags[RECORD_TAGS.steps] ?? '', RECORD_TAGS.steps);
        const step = Number(tags[RECORD_TAGS.step]);
        if (!Number.isInteger(step) || step < 1 || step > steps.length)
            throw new Error(`${RECORD_TAGS.step} is not a step from 1 to ${steps.length}`);
        return {
            run,
            candidate,
            baselines: (tags[RECORD_TAGS.baselines] ?? '').split(',').filter(Boolean),
            traffic: percentJson(tags[RECORD_TAGS.traffic], RECORD_TAGS.traffic),
            mirrorTraffic: percentJson(tags[RECORD_TAGS.mirror], RECORD_TAGS.mirror),
            steps,
            step,
            startedAt: tags[RECORD_TAGS.startedAt] ?? '',
        };
    }
    catch (error) {
        throw new Error(`The endpoint's rollout record is damaged (${error.message}). Run promote with mode: reject to ` +
            `take the traffic back by hand, or remove the ${Object.values(RECORD_TAGS).join(', ')} tags.`);
    }
}
function recordState(record, maps) {
    const at = (m) => (0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTraffic */ .UN)(m.traffic, maps.traffic) && (0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .sameTraffic */ .UN)(m.mirrorTraffic, maps.mirrorTraffic);
    if (at({ traffic: { [record.candidate]: 100 }, mirrorTraffic: {} }))
        return 'finished';
    if (at({ traffic: record.traffic, mirrorTraffic: record.mirrorTraffic }))
        return 'stale';
    const step = record.steps[record.step - 1];
    return at((0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .stepMaps */ .Mz)(record.traffic, record.candidate, step)) ? 'interrupted' : 'stale';
}
/** `green, step 2/3 (50%), started 2026-11-30T10:00:00Z by run 99.1-ab12cd`. */
function describeRecord(record) {
    const step = record.steps[record.step - 1];
    return (`${record.candidate}, step ${record.step}/${record.steps.length} (${(0,_steps_js__WEBPACK_IMPORTED_MODULE_1__/* .describeStep */ .Ey)(step)}), ` +
        `started ${record.startedAt} by run ${record.run}; before it: traffic ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTraffic */ .hA)(record.traffic)}, ` +
        `mirror ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTraffic */ .hA)(record.mirrorTraffic)}`);
}
/**
 * The line every action logs (as a warning) about an endpoint that carries a rollout record, or undefined when
 * it carries none. It never throws: a damaged record is named too.
 */
function midRolloutNotice(endpoint) {
    let record;
    try {
        record = parseRecord(endpoint.tags);
    }
    catch (error) {
        return `Endpoint ${endpoint.name} carries a rollout record: ${error.message}`;
    }
    if (!record)
        return undefined;
    const state = recordState(record, endpoint);
    const what = state === 'interrupted'
        ? 'is mid-rollout'
        : state === 'finished'
            ? 'has finished a rollout whose old deployments are not yet retired'
            : 'carries the record of a rollout whose traffic was changed since';
    return (`Endpoint ${endpoint.name} ${what}: ${describeRecord(record)}. Now: traffic ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTraffic */ .hA)(endpoint.traffic)}, ` +
        `mirror ${(0,_traffic_js__WEBPACK_IMPORTED_MODULE_2__/* .describeTraffic */ .hA)(endpoint.mirrorTraffic)}. A promote run finishes it (on-interrupted: resume) or rolls it back (on-interrupted: rollback).`);
}


/***/ }),

/***/ 1218:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ parseSteps),
/* harmony export */   Ey: () => (/* binding */ describeStep),
/* harmony export */   Mz: () => (/* binding */ stepMaps)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _traffic_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94200);


/**
 * The `steps` input: comma-separated shares in order, `mirror:N` for a mirror step (1 to 50), a plain N for
 * a live share (1 to 100, increasing), ending at 100. For example `mirror:20,10,50,100`.
 */
function parseSteps(value, input = 'steps') {
    const text = value.trim() || '100';
    const fail = (why) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' ${why}. Write shares in order ending at 100, with optional mirror steps first, e.g. mirror:20,10,50,100.`, input);
    };
    const steps = [];
    for (const raw of text.split(',').map((s) => s.trim())) {
        const mirror = /^mirror:(\d{1,3})%?$/i.exec(raw);
        const live = /^(\d{1,3})%?$/.exec(raw);
        if (mirror) {
            const share = Number(mirror[1]);
            if (share < 1 || share > 50)
                fail(`has mirror:${share}; Azure ML mirrors 1 to 50 percent`);
            if (steps.some((s) => s.kind === 'traffic'))
                fail('has a mirror step after a live one');
            steps.push({ kind: 'mirror', share });
        }
        else if (live) {
            const share = Number(live[1]);
            if (share < 1 || share > 100)
                fail(`has ${share}, not a share from 1 to 100`);
            const last = [...steps].reverse().find((s) => s.kind === 'traffic');
            if (last && share <= last.share)
                fail(`goes from ${last.share} to ${share}; live shares must increase`);
            steps.push({ kind: 'traffic', share });
        }
        else {
            fail(`has '${raw}', which is neither N nor mirror:N`);
        }
    }
    const final = steps[steps.length - 1];
    if (final.kind !== 'traffic' || final.share !== 100)
        fail('does not end at 100');
    return steps;
}
/** The endpoint's traffic and mirror maps at a step, from the maps the rollout started with. */
function stepMaps(start, deployment, step) {
    if (step.kind === 'mirror')
        return { traffic: { ...start, [deployment]: 0 }, mirrorTraffic: { [deployment]: step.share } };
    return { traffic: (0,_traffic_js__WEBPACK_IMPORTED_MODULE_1__/* .planTraffic */ .H6)({ ...start, [deployment]: 0 }, deployment, step.share), mirrorTraffic: {} };
}
/** `mirror 20%`, `10%`. */
function describeStep(step) {
    return step.kind === 'mirror' ? `mirror ${step.share}%` : `${step.share}%`;
}


/***/ }),

/***/ 94200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H6: () => (/* binding */ planTraffic),
/* harmony export */   MB: () => (/* binding */ parseTrafficShare),
/* harmony export */   NC: () => (/* binding */ planMirror),
/* harmony export */   UN: () => (/* binding */ sameTraffic),
/* harmony export */   _v: () => (/* binding */ parseMirrorShare),
/* harmony export */   hA: () => (/* binding */ describeTraffic),
/* harmony export */   jw: () => (/* binding */ liveShares)
/* harmony export */ });
/* unused harmony export trafficProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The `traffic` input: `0` (the default: the deployment takes no live traffic), a whole percentage
 * from 1 to 100 (`10` or `10%`), or `all` (100).
 */
function parseTrafficShare(value, input = 'traffic') {
    const text = (value ?? '').trim().toLowerCase();
    if (text === '' || text === '0' || text === '0%')
        return 0;
    if (text === 'all')
        return 100;
    const match = /^(\d{1,3})%?$/.exec(text);
    const share = match ? Number(match[1]) : NaN;
    if (!Number.isInteger(share) || share < 0 || share > 100) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a traffic share. Use 0 (no live traffic, the default), a whole percentage from 1 to 100, or all.`, input);
    }
    return share;
}
/** The `mirror` input: a whole percentage from 1 to 50 (Azure ML mirrors at most 50%), or nothing. */
function parseMirrorShare(value, input = 'mirror') {
    const text = (value ?? '').trim();
    if (text === '' || text === '0' || text === '0%')
        return undefined;
    const match = /^(\d{1,3})%?$/.exec(text);
    const share = match ? Number(match[1]) : NaN;
    if (!Number.isInteger(share) || share < 1 || share > 50) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input '${input}': '${value}' is not a mirror share. Azure ML mirrors from 1 to 50 percent of live traffic; use a whole number in that range.`, input);
    }
    return share;
}
const total = (map) => Object.values(map).reduce((sum, v) => sum + v, 0);
/**
 * Checks a traffic map as Azure ML does: whole percentages from 0 to 100 that sum to 0 or 100, naming only
 * deployments that exist. Returns the first problem as a sentence, or undefined.
 */
function trafficProblem(map, deployments) {
    for (const [name, share] of Object.entries(map)) {
        if (!deployments.includes(name))
            return `deployment '${name}' does not exist on the endpoint`;
        if (!Number.isInteger(share) || share < 0 || share > 100)
            return `'${name}' has ${share}%, not a whole percentage from 0 to 100`;
    }
    const sum = total(map);
    if (sum !== 0 && sum !== 100)
        return `the shares sum to ${sum}%, not 0 or 100`;
    return undefined;
}
/**
 * The traffic map after giving `deployment` `share` percent: the other deployments keep their proportions of
 * the rest, rounded to whole percentages by largest remainder (ties to the name that sorts first), so the map
 * still sums to 100. A share of 0 leaves the map as it is (the deployment stays dark).
 */
function planTraffic(current, deployment, share) {
    if (share === 0)
        return { ...current };
    const others = Object.entries(current).filter(([name, v]) => name !== deployment && v > 0);
    const othersTotal = others.reduce((sum, [, v]) => sum + v, 0);
    const next = {};
    for (const name of Object.keys(current))
        next[name] = 0;
    next[deployment] = share;
    const rest = 100 - share;
    if (rest === 0)
        return next;
    if (othersTotal === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input 'traffic': the endpoint has no live traffic on another deployment to keep the other ${rest}%. ` +
            `Send all traffic to '${deployment}' (traffic: all) or deploy it at 0 first.`, 'traffic');
    }
    const exact = others.map(([name, v]) => ({ name, value: (v * rest) / othersTotal }));
    for (const e of exact)
        next[e.name] = Math.floor(e.value);
    let missing = rest - exact.reduce((sum, e) => sum + Math.floor(e.value), 0);
    const byRemainder = [...exact].sort((a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)) || a.name.localeCompare(b.name));
    for (const e of byRemainder) {
        if (missing === 0)
            break;
        next[e.name] += 1;
        missing--;
    }
    return next;
}
/**
 * Mirror traffic after mirroring `share` percent to `deployment` (Azure ML: one mirror target, at most 50%,
 * never a deployment that takes live traffic). `share` undefined leaves the mirror map as it is.
 */
function planMirror(current, traffic, deployment, share) {
    if (share === undefined)
        return { ...current };
    if ((traffic[deployment] ?? 0) > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j(`Input 'mirror': '${deployment}' takes ${traffic[deployment]}% of live traffic, and Azure ML mirrors only to a deployment without live traffic. Use traffic: 0 with mirror, or drop mirror.`, 'mirror');
    }
    return { [deployment]: share };
}
/** The deployments with a share above 0, by name: what a traffic map means, whatever zeros it lists. */
function liveShares(map) {
    return Object.entries(map)
        .filter(([, v]) => v > 0)
        .sort(([a], [b]) => a.localeCompare(b));
}
/** Whether two traffic maps send the same shares to the same deployments (zero entries aside). */
function sameTraffic(a, b) {
    return JSON.stringify(liveShares(a)) === JSON.stringify(liveShares(b));
}
/** A traffic map as people read it: `blue 90%, green 10%` (or `none`). */
function describeTraffic(map) {
    const entries = Object.entries(map).filter(([, v]) => v > 0);
    return entries.length === 0 ? 'none' : entries.map(([k, v]) => `${k} ${v}%`).join(', ');
}


/***/ })

};
