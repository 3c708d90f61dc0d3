export const id = 43;
export const ids = [43];
export const modules = {

/***/ 30257:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ checkAnswer),
  h: () => (/* binding */ evaluateSmoke)
});

// EXTERNAL MODULE: ./src/smoke/json-path.ts
var json_path = __webpack_require__(14459);
;// CONCATENATED MODULE: ./src/smoke/expectations.ts

const kind = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** A scalar for a message, clipped: an answer's long string is never echoed whole. */
const show = (v) => {
    if (v === undefined)
        return 'nothing';
    const text = JSON.stringify(v);
    return text.length > 80 ? `${text.slice(0, 80)}...` : text;
};
/**
 * Compares `actual` with `expected`: numbers within `tolerance` (absolute, or relative to the expected value
 * when that is larger), other scalars exactly, arrays element by element with equal lengths, objects on the
 * expected keys (extra keys in the answer are allowed). Returns the first mismatch, or undefined.
 */
function findMismatch(expected, actual, tolerance = 0, path = '$') {
    if (typeof expected === 'number') {
        if (typeof actual !== 'number')
            return { path, expected, actual, reason: `expected a number, got ${kind(actual)}` };
        const allowed = Math.max(tolerance, tolerance * Math.abs(expected));
        if (Math.abs(actual - expected) > allowed) {
            return { path, expected, actual, reason: `${actual} differs from ${expected} by more than ${allowed}` };
        }
        return undefined;
    }
    if (Array.isArray(expected)) {
        if (!Array.isArray(actual))
            return { path, expected, actual, reason: `expected an array, got ${kind(actual)}` };
        if (actual.length !== expected.length) {
            return { path, expected, actual, reason: `expected ${expected.length} items, got ${actual.length}` };
        }
        for (let i = 0; i < expected.length; i++) {
            const m = findMismatch(expected[i], actual[i], tolerance, (0,json_path/* childIndex */.Tk)(path, i));
            if (m)
                return m;
        }
        return undefined;
    }
    if (expected !== null && typeof expected === 'object') {
        if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) {
            return { path, expected, actual, reason: `expected an object, got ${kind(actual)}` };
        }
        for (const [key, value] of Object.entries(expected)) {
            const child = (0,json_path/* childKey */.cF)(path, key);
            if (!(key in actual))
                return { path: child, expected: value, actual: undefined, reason: 'missing' };
            const m = findMismatch(value, actual[key], tolerance, child);
            if (m)
                return m;
        }
        return undefined;
    }
    if (expected !== actual)
        return { path, expected, actual, reason: `expected ${show(expected)}, got ${show(actual)}` };
    return undefined;
}

// EXTERNAL MODULE: ./src/smoke/latency.ts
var latency = __webpack_require__(39391);
;// CONCATENATED MODULE: ./src/smoke/evaluate.ts


const clip = (text, max = 300) => (text.length > max ? `${text.slice(0, max)}...` : text);
/** Checks one answer: HTTP 200, a JSON body, the schema, the expected output within the tolerance. */
function checkAnswer(result, expected, schema, tolerance) {
    const fail = (reason, where) => ({
        request: result.name,
        status: result.status,
        reason,
        ...where,
    });
    if (result.error)
        return fail(`no answer: ${result.error}`);
    if (result.status !== 200)
        return fail(`HTTP ${result.status}: ${clip(result.body.trim())}`);
    let body;
    try {
        body = JSON.parse(result.body);
    }
    catch {
        return fail(`the body is not JSON: ${clip(result.body.trim())}`);
    }
    if (schema) {
        const v = schema.check(body);
        if (v)
            return fail(`schema keyword '${v.keyword}' at ${v.path}: ${v.reason}`, {
                path: v.path,
                keyword: v.keyword,
            });
    }
    if (expected !== undefined) {
        const mismatch = findMismatch(expected, body, tolerance);
        if (mismatch)
            return fail(`${mismatch.path}: ${mismatch.reason}`, { path: mismatch.path });
    }
    return undefined;
}
/** Turns every answer into per-file and overall figures, and the verdict against the thresholds. */
function evaluateSmoke(cases, results, options) {
    const reports = cases.map((c) => {
        const mine = results.filter((r) => r.name === c.name);
        const failures = mine
            .map((r) => checkAnswer(r, c.expected?.value, options.schema, options.tolerance))
            .filter((f) => f !== undefined);
        const servedBy = {};
        for (const r of mine)
            if (r.servedBy)
                servedBy[r.servedBy] = (servedBy[r.servedBy] ?? 0) + 1;
        return {
            request: c.name,
            sent: mine.length,
            errors: failures.length,
            errorRate: (0,latency/* errorRate */.zi)(failures.length, mine.length),
            latencyMs: (0,latency/* summarizeLatencies */._q)(mine.map((r) => r.latencyMs)),
            servedBy,
            firstFailure: failures[0],
        };
    });
    const sent = results.length;
    const errors = reports.reduce((n, r) => n + r.errors, 0);
    const rate = (0,latency/* errorRate */.zi)(errors, sent);
    const latencyMs = (0,latency/* summarizeLatencies */._q)(results.map((r) => r.latencyMs));
    const { maxErrorRate, maxP95Ms, maxP99Ms } = options.thresholds;
    const violations = [];
    const pct = (v) => `${(v * 100).toFixed(2)}%`;
    if (rate > maxErrorRate) {
        const first = reports.find((r) => r.firstFailure)?.firstFailure;
        violations.push(`error rate ${pct(rate)} (${errors} of ${sent}) is above max-error-rate ${pct(maxErrorRate)}` +
            (first ? `; first failure: request ${first.request}: ${first.reason}` : ''));
    }
    if (maxP95Ms !== undefined && latencyMs.p95 > maxP95Ms)
        violations.push(`p95 latency ${latencyMs.p95} ms is above max-p95-ms ${maxP95Ms}`);
    if (maxP99Ms !== undefined && latencyMs.p99 > maxP99Ms)
        violations.push(`p99 latency ${latencyMs.p99} ms is above max-p99-ms ${maxP99Ms}`);
    return {
        passed: violations.length === 0 && sent > 0,
        sent,
        errors,
        errorRate: rate,
        latencyMs,
        throughput: options.seconds > 0 ? Math.round((sent / options.seconds) * 10) / 10 : 0,
        seconds: Math.round(options.seconds * 1000) / 1000,
        cases: reports,
        violations,
    };
}


/***/ }),

/***/ 14459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ childIndex),
/* harmony export */   U1: () => (/* binding */ jsonPath),
/* harmony export */   cF: () => (/* binding */ childKey)
/* harmony export */ });
// One format for locations in an answer, used by the expected-output comparison and the schema check:
// `$`, `$.predictions[3]`, `$["x-y"]`.
/** `path` extended by an object key: `.key` for identifier-like keys, `["key"]` otherwise. */
function childKey(path, key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
/** `path` extended by an array index. */
const childIndex = (path, index) => `${path}[${index}]`;
/**
 * A JSON Pointer into `value` (`/predictions/3`, as ajv reports) as a JSON path (`$.predictions[3]`). The value
 * decides whether a segment is an index or a key, so `{"3": 1}` gives `$["3"]`.
 */
function jsonPath(value, pointer) {
    if (pointer === '')
        return '$';
    let path = '$';
    let node = value;
    for (const raw of pointer.slice(1).split('/')) {
        const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node) && /^\d+$/.test(segment)) {
            path = childIndex(path, Number(segment));
            node = node[Number(segment)];
        }
        else {
            path = childKey(path, segment);
            node =
                node !== null && typeof node === 'object' ? node[segment] : undefined;
        }
    }
    return path;
}


/***/ }),

/***/ 39391:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _q: () => (/* binding */ summarizeLatencies),
/* harmony export */   zi: () => (/* binding */ errorRate)
/* harmony export */ });
/* unused harmony export percentile */
/** The nearest-rank percentile `p` (0 < p <= 100) of `sorted` (ascending, non-empty). */
function percentile(sorted, p) {
    if (sorted.length === 0)
        throw new Error('percentile of no values');
    if (!(p > 0 && p <= 100))
        throw new Error(`percentile ${p} is not in (0, 100]`);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
/** p50/p95/p99 (nearest rank), max and mean of `latencies`; zeros for none. */
function summarizeLatencies(latencies) {
    if (latencies.length === 0)
        return { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
    const sorted = [...latencies].sort((a, b) => a - b);
    const round = (v) => Math.round(v * 100) / 100;
    return {
        count: sorted.length,
        p50: round(percentile(sorted, 50)),
        p95: round(percentile(sorted, 95)),
        p99: round(percentile(sorted, 99)),
        max: round(sorted[sorted.length - 1]),
        mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
    };
}
/** The share of failed requests, from 0 to 1 (0 for no requests). */
function errorRate(errors, requests) {
    return requests === 0 ? 0 : errors / requests;
}


/***/ }),

/***/ 1023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ou: () => (/* reexport */ parseJsonInput),
  nb: () => (/* reexport */ readJsonInput),
  Jd: () => (/* binding */ readRequestCases)
});

// UNUSED EXPORTS: MAX_REQUEST_FILES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
// EXTERNAL MODULE: ./src/json-text.ts + 1 modules
var json_text = __webpack_require__(36641);
;// CONCATENATED MODULE: ./src/smoke/json-input.ts
// JSON inputs of smoke-test (and promote's requests): inline JSON or a file, read with a size cap, from inside the
// workspace or RUNNER_TEMP (symlinks resolved), and parsed with errors that name the file, line and column but
// never echo its bytes.





const MiB = 1024 * 1024;
/** Size caps per input: a request body or an expected answer is at most 5 MiB, a schema 1 MiB. */
const JSON_CAPS = {
    requests: 5 * MiB,
    expected: 5 * MiB,
    schema: MiB,
};
const capOf = (input) => JSON_CAPS[input] ?? 5 * MiB;
const size = (bytes) => bytes >= MiB ? `${(bytes / MiB).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
/** Whether an input value is inline JSON (an object or array) rather than a path. */
const isInlineJson = (text) => /^[[{]/.test(text.trim());
function tooLarge(input, what, bytes) {
    const cap = capOf(input);
    throw new errors/* ConfigurationError */.j(`Input '${input}': ${what} is ${size(bytes)} (${bytes} bytes), over the ${size(cap)} (${cap} bytes) cap for this input. Use a smaller file.`, input);
}
/** Parses JSON text from `source`, or fails naming `input`, the source, the line and the column (never the text). */
function parseJsonInput(text, source, input) {
    const bytes = Buffer.byteLength(text);
    if (bytes > capOf(input))
        tooLarge(input, source, bytes);
    const body = text.replace(/^\uFEFF/, '');
    try {
        return JSON.parse(body);
    }
    catch {
        throw new errors/* ConfigurationError */.j(`Input '${input}': ${source} is not valid JSON (${(0,json_text/* jsonErrorWhere */.S)(body)}). Fix the JSON.`, input);
    }
}
/**
 * Refuses a file outside GITHUB_WORKSPACE (else `root`, where relative paths start) and RUNNER_TEMP, symlinks
 * resolved: the rule every action's path inputs share.
 */
const requireInside = (path, input, root) => (0,path_inputs/* requireInsideRoots */.n5)(input, path, [process.env.GITHUB_WORKSPACE || root, process.env.RUNNER_TEMP], 'Keep request, expected and schema files in the repository (or RUNNER_TEMP).');
/** A JSON file's text and value: a regular file inside the allowed roots, within the input's cap. */
async function readJsonFile(path, input, root) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    if (!info?.isFile()) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': ${path} is not a file. Give a JSON file, a glob, or inline JSON.`, input);
    }
    await requireInside(path, input, root);
    const source = (0,external_node_path_.relative)(root, path) || path;
    const cap = capOf(input);
    if (info.size > cap)
        tooLarge(input, source, info.size);
    // Read at most cap + 1 bytes: a file that grows after stat is still refused, never read whole.
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(info.size, cap) + 1);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        if (bytesRead > cap)
            tooLarge(input, source, bytesRead);
        const text = buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '');
        return { source, text, value: parseJsonInput(text, source, input) };
    }
    finally {
        await handle.close();
    }
}
/** Reads JSON from a file path or inline JSON text (for `expected` and `schema`). */
async function readJsonInput(value, input, root) {
    if (isInlineJson(value))
        return { source: 'inline', value: parseJsonInput(value, 'the inline value', input) };
    const { source, value: parsed } = await readJsonFile((0,external_node_path_.resolve)(root, value.trim()), input, root);
    return { source, value: parsed };
}

;// CONCATENATED MODULE: ./src/smoke/request-files.ts




/** At most this many request files per run (a glob that matches more is a mistake). */
const MAX_REQUEST_FILES = 1000;

/**
 * The `requests` input: inline JSON (one request), a JSON file, or a glob of JSON files (sorted). For a file
 * `x.json`, a file `x.expected.json` beside it holds the expected answer; the `expected` input, when given,
 * applies to every request instead. Files named `*.expected.json` are never sent.
 */
async function readRequestCases(requests, expected, root) {
    const text = requests.trim();
    if (text === '') {
        throw new errors/* ConfigurationError */.j(`Input 'requests' is required: a JSON file, a glob such as smoke/*.json, or inline JSON.`, 'requests');
    }
    const shared = expected ? await readJsonInput(expected, 'expected', root) : undefined;
    if (isInlineJson(text)) {
        parseJsonInput(text, 'the inline value', 'requests');
        return [{ name: 'inline', body: text, expected: shared }];
    }
    const paths = [];
    if (/[*?[{]/.test(text)) {
        for await (const match of (0,promises_.glob)(text, { cwd: root }))
            paths.push((0,external_node_path_.resolve)(root, match));
        paths.sort();
    }
    else {
        paths.push((0,external_node_path_.resolve)(root, text));
    }
    const files = paths.filter((p) => !p.endsWith('.expected.json'));
    if (files.length === 0) {
        throw new errors/* ConfigurationError */.j(`Input 'requests': '${text}' matches no file (relative paths start at ${root}).`, 'requests');
    }
    if (files.length > MAX_REQUEST_FILES) {
        throw new errors/* ConfigurationError */.j(`Input 'requests': '${text}' matches ${files.length} files; at most ${MAX_REQUEST_FILES} request files per run. Narrow the glob.`, 'requests');
    }
    const cases = [];
    for (const path of files) {
        const { source: name, text: body } = await readJsonFile(path, 'requests', root);
        let own;
        if (!shared) {
            const beside = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `${(0,external_node_path_.basename)(path, '.json')}.expected.json`);
            if (await (0,promises_.stat)(beside)
                .then((s) => s.isFile())
                .catch(() => false)) {
                const { source, value } = await readJsonFile(beside, 'requests', root);
                own = { source, value };
            }
        }
        cases.push({ name, body, expected: shared ?? own });
    }
    return cases;
}


/***/ }),

/***/ 17521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ runSmoke)
});

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/smoke/http1-response.ts
// A reader of HTTP/1.1 responses as they arrive on one connection (RFC 9112 sections 4-7): the status line, the
// headers, and a body framed by Content-Length, chunked transfer coding, or the end of the connection. The smoke
// runner sends one request at a time per connection (no pipelining), so one answer is read at a time.
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
/** A head larger than this is refused (Node's own --max-http-header-size default is 16 KiB). */
const MAX_HEAD = 64 * 1024;
/**
 * Reads answers as the connection's bytes arrive and hands them on as they are parsed (nothing is kept but a split
 * head or chunk size line): the smoke runner's reader and the emulator's scoring gateway (which relays bodies of any
 * size) both read with it. `push` throws an Error naming what is malformed; `close` says the connection ended.
 */
class Http1ResponseParser {
    sink;
    pending;
    framing;
    bodiless = false;
    constructor(sink) {
        this.sink = sink;
    }
    /** Whether an answer is being read (its head or its body). */
    get busy() {
        return this.framing !== undefined || this.pending !== undefined;
    }
    /** The next answer is to a HEAD request: no body, whatever its headers say (RFC 9110 section 9.3.2). */
    expectBodiless() {
        this.bodiless = true;
    }
    push(chunk) {
        let data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
        this.pending = undefined;
        while (!this.framing) {
            const end = data.indexOf(HEAD_END);
            if (end < 0) {
                if (data.length > MAX_HEAD)
                    throw new Error(`response head over ${MAX_HEAD} bytes`);
                if (data.length > 0)
                    this.pending = data;
                return;
            }
            const head = parseHead(data.toString('latin1', 0, end));
            data = data.subarray(end + 4);
            // 1xx answers (100 Continue, 103 Early Hints) come before the real one.
            if (head.status >= 100 && head.status < 200)
                continue;
            this.framing = this.bodiless ? { kind: 'length', left: 0 } : framingOf(head);
            this.bodiless = false;
            this.sink.head(head);
            if (this.framing.kind === 'length' && this.framing.left === 0)
                this.finish(data);
            return data.length > 0 && this.framing ? this.readBody(data) : undefined;
        }
        this.readBody(data);
    }
    /** The connection ended: completes a body that runs to the close; throws "socket hang up" (Node's words). */
    close() {
        if (this.framing?.kind !== 'close')
            throw new Error('socket hang up');
        this.framing = undefined;
        this.sink.end();
    }
    readBody(data) {
        const f = this.framing;
        if (f.kind === 'close') {
            if (data.length > 0)
                this.sink.body(data);
            return;
        }
        if (f.kind === 'length') {
            const take = Math.min(f.left, data.length);
            f.left -= take;
            if (take > 0)
                this.sink.body(take === data.length ? data : data.subarray(0, take));
            if (f.left === 0)
                this.finish(data.subarray(take));
            return;
        }
        // Chunked: size line, data, CRLF, ..., a zero size line, trailers, an empty line.
        while (data.length > 0) {
            if (f.left > 0) {
                const take = Math.min(f.left, data.length);
                this.sink.body(data.subarray(0, take));
                f.left -= take;
                data = data.subarray(take);
                continue;
            }
            const eol = data.indexOf(CRLF);
            if (eol < 0) {
                if (data.length > MAX_HEAD)
                    throw new Error('chunk size line too long');
                this.pending = data;
                return;
            }
            const line = data.toString('latin1', 0, eol);
            data = data.subarray(eol + 2);
            if (f.trailers) {
                if (line === '')
                    return this.finish(data);
                continue;
            }
            if (line === '')
                continue; // the CRLF after a chunk's data
            const size = parseInt(line.split(';', 1)[0].trim(), 16);
            if (!Number.isFinite(size) || size < 0)
                throw new Error(`invalid chunk size "${line.slice(0, 20)}"`);
            if (size === 0)
                f.trailers = true;
            else
                f.left = size;
        }
    }
    /** One answer is complete; bytes after it are kept for the next one. */
    finish(rest) {
        this.framing = undefined;
        if (rest.length > 0)
            this.pending = rest;
        this.sink.end();
    }
}
/**
 * Feed it the connection's bytes with `push`; it returns the answer once complete (and undefined until then).
 * `end` says the connection closed: it completes a body framed by the close, or throws for a cut-off answer.
 * Throws an Error naming what is malformed.
 */
class Http1ResponseReader {
    head;
    body = [];
    answer;
    parser = new Http1ResponseParser({
        head: (head) => (this.head = head),
        body: (chunk) => this.body.push(chunk),
        end: () => {
            const { status, headers, reusable } = this.head;
            this.answer = {
                status,
                headers,
                reusable,
                body: this.body.length === 1 ? this.body[0] : Buffer.concat(this.body),
            };
            this.head = undefined;
            this.body = [];
        },
    });
    push(chunk) {
        // One answer per push (no pipelining): bytes after it wait for the next push.
        this.parser.push(chunk);
        return this.take();
    }
    /** The connection ended: the answer when its body runs to the close; throws "socket hang up" (Node's words). */
    end() {
        this.parser.close();
        return { ...this.take(), reusable: false };
    }
    take() {
        const answer = this.answer;
        this.answer = undefined;
        return answer;
    }
}
function parseHead(text) {
    const lines = text.split('\r\n');
    const status = /^HTTP\/1\.([01]) (\d{3})(?: |$)/.exec(lines[0]);
    if (!status)
        throw new Error(`invalid status line "${lines[0].slice(0, 40)}"`);
    const headers = {};
    const raw = [];
    for (let i = 1; i < lines.length; i++) {
        const line = lines[i];
        const colon = line.indexOf(':');
        if (colon <= 0)
            throw new Error(`invalid header line "${line.slice(0, 40)}"`);
        const name = line.slice(0, colon).trim().toLowerCase();
        const value = line.slice(colon + 1).trim();
        headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
        raw.push(name, value);
    }
    const connection = (headers.connection ?? '').toLowerCase();
    const reusable = status[1] === '1' ? !connection.includes('close') : connection.includes('keep-alive');
    return { status: Number(status[2]), headers, raw, reusable };
}
function framingOf(head) {
    if (head.status === 204 || head.status === 304)
        return { kind: 'length', left: 0 };
    const coding = head.headers['transfer-encoding'];
    if (coding !== undefined) {
        if (!/(?:^|,)\s*chunked\s*$/i.test(coding))
            return { kind: 'close' };
        return { kind: 'chunked', left: 0, trailers: false };
    }
    const length = head.headers['content-length'];
    if (length === undefined)
        return { kind: 'close' };
    if (!/^\d+$/.test(length))
        throw new Error(`invalid Content-Length "${length.slice(0, 20)}"`);
    return { kind: 'length', left: Number(length) };
}

;// CONCATENATED MODULE: ./src/smoke/http1-connection.ts
// One keep-alive HTTP/1.1 connection to a scoring URI that carries one request at a time: the smoke runner's
// transport. A raw socket with each request's bytes encoded once (request line, headers and body in one buffer)
// costs a third of the CPU of Node's http client per request (bench/README.md, "Serving"), which on a fast model
// is most of a latency gate's budget.



/** The bytes of one POST of `body` (JSON) to `url` with `headers`; throws for a header that would break the head. */
function encodePost(url, headers, body) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new Error(`Protocol "${url.protocol}" not supported: a scoring URI is http:// or https://.`);
    }
    const lines = [`POST ${url.pathname}${url.search} HTTP/1.1`, `Host: ${url.host}`];
    const all = { 'content-type': 'application/json' };
    // Names are case-insensitive (a caller's Content-Type replaces ours, as Node's setHeader would).
    for (const [name, value] of Object.entries(headers))
        all[name.toLowerCase()] = value;
    for (const [name, value] of Object.entries(all)) {
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))
            throw new Error(`Invalid header name "${name}".`);
        if (/[\r\n\0]/.test(value))
            throw new Error(`Invalid character in the value of header "${name}".`);
        lines.push(`${name}: ${value}`);
    }
    const payload = Buffer.from(body, 'utf8');
    lines.push(`content-length: ${payload.length}`, '', '');
    return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), payload]);
}
/**
 * Opens its socket on the first request and again after the server closed it. `timeoutMs` is the longest the
 * socket may stay silent while a request waits (as Node's `timeout` request option): then the request fails with
 * "no answer in <timeoutMs> ms" and the socket is closed.
 */
class Http1Connection {
    url;
    timeoutMs;
    socket;
    reader = new Http1ResponseReader();
    settle;
    constructor(url, timeoutMs) {
        this.url = url;
        this.timeoutMs = timeoutMs;
    }
    /** Sends one encoded request; resolves with its answer, or with what ended it (never rejects). */
    send(request) {
        const socket = (this.socket ??= this.open());
        return new Promise((resolve) => {
            this.settle = resolve;
            socket.write(request);
        });
    }
    close() {
        this.socket?.destroy();
        this.socket = undefined;
    }
    open() {
        const https = this.url.protocol === 'https:';
        const port = Number(this.url.port) || (https ? 443 : 80);
        const host = this.url.hostname.replace(/^\[(.*)\]$/, '$1');
        const socket = https
            ? (0,external_node_tls_.connect)({ host, port, servername: (0,external_node_net_.isIP)(host) ? undefined : host, ALPNProtocols: ['http/1.1'] })
            : (0,external_node_net_.connect)({ host, port });
        socket.setNoDelay(true);
        socket.setTimeout(this.timeoutMs, () => this.fail(socket, `no answer in ${this.timeoutMs} ms`));
        socket.on('data', (chunk) => {
            let answer;
            try {
                answer = this.reader.push(chunk);
            }
            catch (error) {
                return this.fail(socket, `Invalid HTTP response: ${error.message}`);
            }
            if (!answer)
                return;
            if (!answer.reusable)
                this.drop(socket);
            this.resolve(answer);
        });
        socket.on('end', () => {
            if (this.socket !== socket)
                return;
            let outcome;
            try {
                outcome = this.reader.end();
            }
            catch (error) {
                outcome = { failure: error.message };
            }
            this.drop(socket);
            this.resolve(outcome);
        });
        socket.on('error', (error) => this.fail(socket, error.message));
        socket.on('close', () => this.fail(socket, 'socket hang up'));
        return socket;
    }
    resolve(outcome) {
        const settle = this.settle;
        this.settle = undefined;
        settle?.(outcome);
    }
    /** Forgets `socket` (the next request opens a new one) and closes it. */
    drop(socket) {
        if (this.socket === socket) {
            this.socket = undefined;
            this.reader = new Http1ResponseReader();
        }
        socket.destroy();
    }
    fail(socket, failure) {
        if (this.socket !== socket)
            return;
        this.drop(socket);
        this.resolve({ failure });
    }
}

;// CONCATENATED MODULE: ./src/smoke/runner.ts

/**
 * Sends every request `count` times, `concurrency` at a time over keep-alive connections, in a fixed
 * interleaved order (r1, r2, ..., r1, r2, ...). Never throws for a failed request: failures are results.
 */
async function runSmoke(options) {
    const url = new URL(options.url);
    const timeoutMs = options.timeoutMs ?? 30_000;
    // Each request's bytes are encoded once; a worker owns one connection and sends one request at a time on it.
    const encoded = options.requests.map((r) => encodePost(url, options.headers ?? {}, r.body));
    const total = options.requests.length * options.count;
    const results = new Array(total);
    const connections = [];
    let next = 0;
    let done = 0;
    async function worker() {
        const connection = new Http1Connection(url, timeoutMs);
        connections.push(connection);
        while (next < total) {
            const i = next++;
            const which = i % options.requests.length;
            const name = options.requests[which].name;
            const started = process.hrtime.bigint();
            const outcome = await connection.send(encoded[which]);
            const latencyMs = Number(process.hrtime.bigint() - started) / 1e6;
            if ('failure' in outcome) {
                results[i] = { name, status: 0, latencyMs, body: '', error: outcome.failure };
            }
            else {
                const servedBy = outcome.headers['azureml-model-deployment'];
                results[i] = {
                    name,
                    status: outcome.status,
                    latencyMs,
                    body: outcome.body.toString('utf8'),
                    ...(servedBy !== undefined ? { servedBy } : {}),
                };
            }
            options.onProgress?.(++done, total);
        }
    }
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, total)) }, worker));
    }
    finally {
        for (const connection of connections)
            connection.close();
    }
    return results;
}


/***/ })

};
