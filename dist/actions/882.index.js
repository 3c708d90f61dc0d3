export const id = 882;
export const ids = [882];
export const modules = {

/***/ 19882:
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
;// CONCATENATED MODULE: ./src/rollout/model-tag.ts
/** `name:version` of a model version's ARM id. */
function modelOf(id) {
    const m = /\/models\/([^/]+)\/versions\/([^/]+)$/.exec(id ?? '');
    return m ? { name: m[1], version: m[2] } : undefined;
}
/**
 * Tags the model version a promoted deployment serves with the environment, the endpoint/deployment and the
 * time; returns its `name:version`, or undefined when the deployment serves no workspace model.
 */
async function tagServingModel(client, modelId, endpoint, deployment, log) {
    const model = modelOf(modelId);
    if (!model)
        return undefined;
    const version = await client.getModelVersion(model.name, model.version);
    if (!version?.modelUri || !version.modelType)
        return undefined;
    await client.createOrUpdateModelVersion(model.name, model.version, {
        modelUri: version.modelUri,
        modelType: version.modelType,
        description: version.description,
        properties: version.properties,
        // A PUT replaces the version's mutable properties: keep the training job it was registered from.
        ...(version.jobName !== undefined ? { jobName: version.jobName } : {}),
        tags: {
            ...version.tags,
            'mlops.environment': client.address.workspace,
            'mlops.serving': `${endpoint}/${deployment}`,
            'mlops.promoted-at': new Date().toISOString(),
        },
    });
    const named = `${model.name}:${model.version}`;
    log(`Tagged ${named} as serving ${endpoint}/${deployment} in ${client.address.workspace}.`);
    return named;
}

// EXTERNAL MODULE: ./src/rollout/rollout-record.ts
var rollout_record = __webpack_require__(7940);
// EXTERNAL MODULE: ./src/rollout/traffic.ts
var rollout_traffic = __webpack_require__(94200);
;// CONCATENATED MODULE: ./src/rollout/promote-plan.ts


/**
 * The steps that still move traffic when the candidate already has `share` percent: none of the mirror steps
 * (Azure ML mirrors only to a deployment without live traffic) and only the live shares above it.
 */
function stepsAbove(steps, share) {
    return share === 0 ? steps : steps.filter((s) => s.kind === 'traffic' && s.share > share);
}
function fresh(settings, start, now) {
    const baselines = (0,rollout_traffic/* liveShares */.jw)(start.traffic)
        .map(([n]) => n)
        .filter((n) => n !== settings.deployment);
    const share = start.traffic[settings.deployment] ?? 0;
    const done = share === 100 && (0,rollout_traffic/* liveShares */.jw)(start.mirrorTraffic).length === 0;
    // With no live deployment to compare with or keep serving, a stepped rollout means nothing: go to 100.
    const steps = done
        ? []
        : baselines.length > 0
            ? stepsAbove(settings.steps, share)
            : [{ kind: 'traffic', share: 100 }];
    return { start, baselines, steps, firstStep: 0, startedAt: now, restore: false };
}
/** The plan for this run, from the endpoint as found and the record it carries (if any). */
function planRollout(found, record, settings, now) {
    const asFound = { traffic: found.traffic, mirrorTraffic: found.mirrorTraffic };
    if (!record)
        return fresh(settings, asFound, now);
    const state = (0,rollout_record/* recordState */.DX)(record, found);
    const earlier = `run ${record.run}'s rollout of ${(0,rollout_record/* describeRecord */.TV)(record)}`;
    const recorded = { traffic: record.traffic, mirrorTraffic: record.mirrorTraffic };
    const mine = record.candidate === settings.deployment;
    if (state === 'stale' || (state === 'finished' && !mine)) {
        return {
            ...fresh(settings, asFound, now),
            warning: `Endpoint ${found.name} carries the record of ${earlier}, but its traffic (${(0,rollout_traffic/* describeTraffic */.hA)(found.traffic)}; ` +
                `mirror ${(0,rollout_traffic/* describeTraffic */.hA)(found.mirrorTraffic)}) was set since by another writer: this run starts from it and replaces the record.`,
        };
    }
    if (state === 'finished') {
        return {
            start: recorded,
            baselines: record.baselines,
            steps: [],
            firstStep: 0,
            startedAt: record.startedAt,
            restore: false,
            recovery: `Finishing ${earlier}: its traffic was already moved; what is left is to retire the old deployments and clear the record.`,
        };
    }
    if (settings.onInterrupted === 'resume' && mine) {
        return {
            start: recorded,
            baselines: record.baselines,
            steps: record.steps,
            firstStep: record.step - 1,
            startedAt: record.startedAt,
            restore: false,
            recovery: `Resuming ${earlier} (on-interrupted: resume), from the step it was stopped in.`,
        };
    }
    const why = settings.onInterrupted === 'resume'
        ? ` (on-interrupted is resume, but that rollout is of ${record.candidate}, not ${settings.deployment}, so it is rolled back)`
        : ' (on-interrupted: rollback)';
    return {
        ...fresh(settings, recorded, now),
        restore: true,
        recovery: `Rolling back ${earlier}${why}: traffic back to ${(0,rollout_traffic/* describeTraffic */.hA)(record.traffic)}, mirror ${(0,rollout_traffic/* describeTraffic */.hA)(record.mirrorTraffic)}, then this rollout starts.`,
    };
}

;// CONCATENATED MODULE: ./src/rollout/promote-report.ts

/** A rollout that was rolled back: the report says why. */
class RolledBackError extends Error {
    report;
    constructor(report) {
        super(`Rolled back ${report.deployment} on ${report.endpoint}: ${report.reason}. Traffic restored to ${(0,rollout_traffic/* describeTraffic */.hA)(report.traffic)}.`);
        this.report = report;
        this.name = 'RolledBackError';
    }
}
/**
 * A rollout stopped because the endpoint is not as this run left it (another writer) or not as it must end:
 * nothing more was written, the traffic is as found. The report's reason holds the difference.
 */
class AbortedError extends Error {
    report;
    constructor(report) {
        super(`Aborted the rollout of ${report.deployment} on ${report.endpoint}: ${report.reason}. ` +
            `Traffic left as found: ${(0,rollout_traffic/* describeTraffic */.hA)(report.traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(report.mirrorTraffic)}.`);
        this.report = report;
        this.name = 'AbortedError';
    }
}

// EXTERNAL MODULE: ./src/smoke/latency.ts
var latency = __webpack_require__(39391);
;// CONCATENATED MODULE: ./src/rollout/analysis.ts

/** Latency differences at or below this many milliseconds never fail a step. */
const LATENCY_NOISE_MS = 10;
/**
 * Below this many requests on either side, a p95 is little more than the slowest answer, and one scheduling hiccup
 * on a busy machine fails a good deployment (seen: 4 probe requests each, 45.6 ms against 25.0 ms, on a loaded
 * 2-core runner). The step then compares medians, which a consistently slower deployment still fails.
 */
const MIN_P95_REQUESTS = 20;
/**
 * Below this many timed answers on either side, latency is not judged at all: a median of three answers is still
 * one scheduling hiccup (seen in CI: 3 probe requests each, medians 25.4 against 13.7 ms, the same model on both
 * sides of a loaded 2-core runner). The probe keeps going past the step's interval until each side has this many
 * (probe.ts), so a step is judged on latency unless its deployments answer too slowly to get there.
 */
const MIN_LATENCY_REQUESTS = 10;
function figures(sample) {
    return {
        requests: sample.requests,
        errors: sample.errors,
        errorRate: (0,latency/* errorRate */.zi)(sample.errors, sample.requests),
        latencyMs: (0,latency/* summarizeLatencies */._q)(sample.latenciesMs),
    };
}
const pct = (v) => `${(v * 100).toFixed(2)}%`;
/**
 * Compares the new deployment (candidate) with the one it replaces (baseline): the candidate fails on an error
 * rate above the threshold, or worse than the baseline's by more than a percentage point (or one request, on a
 * quiet step), or on a p95 latency more than `maxLatencyRatio` times the baseline's (and more than
 * LATENCY_NOISE_MS slower; medians under MIN_P95_REQUESTS timed answers a side, and no latency verdict under
 * MIN_LATENCY_REQUESTS). No requests to the candidate
 * is a failure unless onNoData is `pass`.
 */
function analyzeStep(candidate, baseline, settings) {
    const c = figures(candidate);
    const b = baseline && baseline.requests > 0 ? figures(baseline) : undefined;
    const reasons = [];
    if (c.requests === 0) {
        if (settings.onNoData === 'fail')
            reasons.push('no requests reached the new deployment (on-no-data: fail)');
        return { passed: reasons.length === 0, reasons, candidate: c, baseline: b };
    }
    if (c.errorRate > settings.maxErrorRate) {
        reasons.push(`error rate ${pct(c.errorRate)} (${c.errors} of ${c.requests}) is above max-error-rate ${pct(settings.maxErrorRate)}`);
    }
    if (b && c.errorRate > b.errorRate + Math.max(0.01, 1 / c.requests)) {
        reasons.push(`error rate ${pct(c.errorRate)} is worse than the old deployment's ${pct(b.errorRate)}`);
    }
    let latencyRatio;
    let latencyStatistic;
    // Timed answers: the requests the probe sent (the gateway's counts of all traffic may replace `requests`).
    const timed = Math.min(candidate.latenciesMs.length, baseline?.latenciesMs.length ?? 0);
    if (b && timed >= MIN_LATENCY_REQUESTS) {
        const stat = timed >= MIN_P95_REQUESTS ? 'p95' : 'p50';
        const [cl, bl] = [c.latencyMs[stat], b.latencyMs[stat]];
        if (bl > 0) {
            latencyStatistic = stat;
            latencyRatio = Math.round((cl / bl) * 100) / 100;
            // Below a few milliseconds, ratios are noise (a 2 ms answer against a 1 ms one is not a regression).
            if (latencyRatio > settings.maxLatencyRatio && cl - bl > LATENCY_NOISE_MS) {
                const which = stat === 'p95' ? 'p95 latency' : `median latency (p50: under ${MIN_P95_REQUESTS} requests)`;
                reasons.push(`${which} ${cl} ms is ${latencyRatio}x the old deployment's ${bl} ms (max-latency-ratio ${settings.maxLatencyRatio})`);
            }
        }
    }
    return { passed: reasons.length === 0, reasons, candidate: c, baseline: b, latencyRatio, latencyStatistic };
}

;// CONCATENATED MODULE: ./src/contract/endpoint-metrics.ts
// The per-deployment figures of an online endpoint that the emulator's scoring gateway counts and the rollout's
// analysis reads (src/rollout/probe.ts). Both sides import the URL and the body shape from here. On Azure the same
// figures come from Azure Monitor metrics; this route is the emulator's stand-in until the emulator serves the
// Azure Monitor metrics API (a later issue), when this module goes away.
/** The path prefix under the gateway's origin: `<prefix>/<workspace>/<endpoint>`. */
const PREFIX = '.emulator/metrics';
/** The metrics route's path for one endpoint (URL-encoded names). */
function endpointMetricsPath(workspace, endpoint) {
    return `/${PREFIX}/${encodeURIComponent(workspace)}/${encodeURIComponent(endpoint)}`;
}
/** The workspace and endpoint a metrics path names, or undefined when the path is not the metrics route. */
function parseEndpointMetricsPath(pathname) {
    const parts = pathname.split('/');
    const prefix = PREFIX.split('/');
    if (parts.length !== prefix.length + 3 || parts[0] !== '')
        return undefined;
    if (prefix.some((p, i) => parts[i + 1] !== p))
        return undefined;
    try {
        return {
            workspace: decodeURIComponent(parts[prefix.length + 1]),
            endpoint: decodeURIComponent(parts[prefix.length + 2]),
        };
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/smoke/evaluate.ts + 1 modules
var evaluate = __webpack_require__(30257);
// EXTERNAL MODULE: ./src/smoke/runner.ts + 2 modules
var runner = __webpack_require__(17521);
;// CONCATENATED MODULE: ./src/rollout/probe.ts




/** How much longer than its interval a step may probe to get MIN_LATENCY_REQUESTS answers from each deployment. */
const MAX_EXTRA_PROBE_MS = 10_000;
/** An answer counts as good when smoke-test would pass it without expectations: HTTP 200 with a JSON body. */
const ok = (r) => (0,evaluate/* checkAnswer */.d)(r, undefined, undefined, 0) === undefined;
/**
 * A request that found no endpoint at all: the connection was refused, or the host is unknown or unreachable. No
 * deployment saw it (on Azure the endpoint's front end answers 502/503 for a deployment that is down; here the
 * emulator's gateway does), so it counts against neither side: an outage of the endpoint itself (seen in the fault
 * campaign: the emulator killed mid-step) is not the new deployment's fault. A timeout or a connection cut after
 * it was accepted still counts as the deployment's error.
 */
const UNREACHABLE = /\b(ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN)\b/;
const isUnreachable = (r) => r.status === 0 && r.error !== undefined && UNREACHABLE.test(r.error);
function addResults(sample, results) {
    for (const r of results) {
        if (isUnreachable(r)) {
            sample.unreachable = (sample.unreachable ?? 0) + 1;
            continue;
        }
        sample.requests++;
        if (!ok(r))
            sample.errors++;
        sample.latenciesMs.push(r.latencyMs);
    }
}
/**
 * Sends the analysis requests to each named deployment (by the routing header) round after round until
 * `durationMs` has passed and each has answered MIN_LATENCY_REQUESTS times (a step's latency is not judged on
 * fewer), but no longer than `durationMs` plus MAX_EXTRA_PROBE_MS, and returns what each answered.
 */
async function probeDeployments(options) {
    const samples = {};
    for (const d of options.deployments)
        samples[d] = { requests: 0, errors: 0, latenciesMs: [] };
    const until = Date.now() + options.durationMs;
    const latest = until + MAX_EXTRA_PROBE_MS;
    const enough = () => Object.values(samples).every((s) => s.latenciesMs.length >= MIN_LATENCY_REQUESTS);
    do {
        for (const d of options.deployments) {
            const results = await (0,runner/* runSmoke */.L)({
                url: options.scoringUri,
                headers: { authorization: `Bearer ${options.credential}`, 'azureml-model-deployment': d },
                requests: options.requests,
                count: 1,
                concurrency: 1,
                timeoutMs: options.timeoutMs ?? 30_000,
            });
            addResults(samples[d], results);
        }
        if (Date.now() < until)
            await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, until - Date.now()))));
    } while (Date.now() < until || (!enough() && Date.now() < latest));
    return samples;
}
/**
 * The emulator gateway's per-deployment counts for an endpoint (all client traffic, not only ours), or
 * undefined when the scoring URI is not the emulator's (Azure's own figures live in Azure Monitor). The route
 * takes the same credential as scoring (the endpoint's key or token, by its auth mode).
 */
async function readGatewayCounts(scoringUri, workspace, endpoint, credential) {
    const url = new URL(scoringUri);
    if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
        return undefined;
    try {
        const res = await fetch(`${url.origin}${endpointMetricsPath(workspace, endpoint)}`, {
            headers: { authorization: `Bearer ${credential}` },
            signal: AbortSignal.timeout(5_000),
        });
        if (!res.ok)
            return undefined;
        const body = (await res.json());
        const out = {};
        for (const [name, f] of Object.entries(body.deployments ?? {})) {
            if (!f || typeof f !== 'object')
                continue;
            const errors = Object.entries(f.statusCodes ?? {})
                .filter(([code]) => !code.startsWith('2'))
                .reduce((n, [, v]) => n + v, 0);
            out[name] = { requests: f.requests ?? 0, errors };
        }
        return out;
    }
    catch {
        return undefined;
    }
}
/**
 * What the gateway counted for each deployment between two readings, or undefined when a count went down: the
 * gateway restarted in between (its counts start again from zero), so the difference means nothing.
 */
function countsBetween(before, after) {
    const out = {};
    for (const [name, a] of Object.entries(after)) {
        const b = before[name] ?? { requests: 0, errors: 0 };
        if (a.requests < b.requests || a.errors < b.errors)
            return undefined;
        out[name] = { requests: a.requests - b.requests, errors: a.errors - b.errors };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/rollout/promote-step.ts


/** Probes and judges one step; the line says what was seen. */
async function analyseStep(p) {
    const before = await readGatewayCounts(p.scoringUri, p.workspace, p.endpoint, p.credential);
    const samples = await probeDeployments({
        scoringUri: p.scoringUri,
        credential: p.credential,
        deployments: [p.candidate, ...p.baselines],
        requests: p.requests,
        durationMs: p.durationMs,
    });
    const after = before
        ? await readGatewayCounts(p.scoringUri, p.workspace, p.endpoint, p.credential)
        : undefined;
    const gateway = before && after ? countsBetween(before, after) : undefined;
    const candidate = samples[p.candidate];
    // The gateway saw every request (ours and the clients'), so its counts replace our probe's.
    const counted = gateway?.[p.candidate];
    if (counted && counted.requests >= candidate.requests) {
        candidate.requests = counted.requests;
        candidate.errors = counted.errors;
    }
    const baseline = p.baselines[0];
    const analysis = analyzeStep(candidate, baseline ? samples[baseline] : undefined, p.analysis);
    const c = analysis.candidate;
    const line = `  ${p.candidate}: ${c.requests} requests, error rate ${(c.errorRate * 100).toFixed(2)}%, p95 ${c.latencyMs.p95} ms` +
        (analysis.baseline
            ? `; ${baseline}: ${analysis.baseline.requests} requests, error rate ${(analysis.baseline.errorRate * 100).toFixed(2)}%, p95 ${analysis.baseline.latencyMs.p95} ms`
            : '') +
        (candidate.unreachable
            ? `; ${candidate.unreachable} probe request(s) found the endpoint unreachable (connection refused: counted against neither deployment)`
            : '') +
        ` -> ${analysis.passed ? 'pass' : `FAIL: ${analysis.reasons.join('; ')}`}`;
    return { analysis, gateway, line };
}

// EXTERNAL MODULE: ./src/azureml/errors.ts
var azureml_errors = __webpack_require__(43987);
;// CONCATENATED MODULE: ./src/rollout/rollout-guard.ts
// The guard of a rollout: every write to the endpoint (a step, a rollback, a retirement, clearing the record) is
// made only if the endpoint is still as this run last wrote it (or found it at the start): the same traffic, the
// same mirror traffic, and the same rollout record.
//
// Why a re-check and not a conditional write: in the 2026-07-01 spec an OnlineEndpoint has no etag and its PUT
// and PATCH take no If-Match, so ARM cannot refuse a write made against a stale read. The re-check runs on the
// very GET whose body setTraffic PUTs back, which narrows the window to that GET->PUT gap, but cannot close it:
// two runs can both pass their checks and both write. That is still safe enough because (1) every write is a
// whole valid map (shares summing to 100 over deployments that exist), so the endpoint always serves; (2) each
// write carries the writer's record, so the run that lost the race sees the other's record (or maps) at its next
// check and aborts without writing; (3) a run reports `promoted` only after reading the endpoint back after its
// last write and finding its deployment at 100% with nothing mirrored (verifyPromoted).



/** The endpoint was changed by a writer other than this run; `diff` says how, `found` is what it is now. */
class EndpointChangedError extends Error {
    diff;
    found;
    constructor(diff, found) {
        super(`Endpoint ${found.name} was changed by another writer: ${diff}`);
        this.diff = diff;
        this.found = found;
        this.name = 'EndpointChangedError';
    }
}
/** `blue 100% -> 50%, green 0% -> 50%` (the deployments whose share differs), or '' when none does. */
function diffMaps(before, after) {
    const a = Object.fromEntries((0,rollout_traffic/* liveShares */.jw)(before));
    const b = Object.fromEntries((0,rollout_traffic/* liveShares */.jw)(after));
    return [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .sort()
        .filter((k) => (a[k] ?? 0) !== (b[k] ?? 0))
        .map((k) => `${k} ${a[k] ?? 0}% -> ${b[k] ?? 0}%`)
        .join(', ');
}
const recordRunOf = (tags) => tags[rollout_record/* RECORD_TAGS */.CO.run];
function describeRun(tags) {
    const run = recordRunOf(tags);
    return run ? `run ${run} (candidate ${tags[rollout_record/* RECORD_TAGS */.CO.candidate] ?? '?'})` : 'none';
}
/** How the endpoint differs from the expectation, or undefined when it does not. */
function guardDiff(expected, found) {
    const parts = [];
    if (!(0,rollout_traffic/* sameTraffic */.UN)(expected.traffic, found.traffic))
        parts.push(`traffic ${diffMaps(expected.traffic, found.traffic)}`);
    if (!(0,rollout_traffic/* sameTraffic */.UN)(expected.mirrorTraffic, found.mirrorTraffic))
        parts.push(`mirror ${diffMaps(expected.mirrorTraffic, found.mirrorTraffic)}`);
    if (expected.recordRun !== recordRunOf(found.tags)) {
        const before = expected.recordRun ? `run ${expected.recordRun}` : 'none';
        parts.push(`rollout record ${before} -> ${describeRun(found.tags)}`);
    }
    return parts.length > 0 ? parts.join('; ') : undefined;
}
/** The endpoint of one rollout, written only through the guard. */
class GuardedEndpoint {
    client;
    name;
    wait;
    expected;
    constructor(client, name, found, wait) {
        this.client = client;
        this.name = name;
        this.wait = wait;
        this.expected = {
            traffic: found.traffic,
            mirrorTraffic: found.mirrorTraffic,
            recordRun: recordRunOf(found.tags),
        };
    }
    check(found) {
        const diff = guardDiff(this.expected, found);
        if (diff)
            throw new EndpointChangedError(diff, found);
    }
    /** A fresh read of the endpoint, checked against the expectation. */
    async recheck() {
        const found = await this.client.getEndpoint(this.name);
        if (!found)
            throw new azureml_errors/* AzureMLError */.Hv(`Endpoint ${this.name} is gone.`, 404);
        this.check(found);
        return found;
    }
    /**
     * Sets both maps and the record (undefined removes it) in one PUT, if the endpoint is still as expected. A 409
     * (another operation on the endpoint) is another writer too when the endpoint then differs.
     */
    async write(maps, record) {
        const tags = record ? (0,rollout_record/* recordTags */.h0)(record) : (0,rollout_record/* clearedRecordTags */.$I)();
        try {
            const after = await this.client.setTraffic(this.name, { ...maps, tags }, this.wait(), (current) => this.check(current));
            this.expected = { ...maps, recordRun: record?.run };
            return after;
        }
        catch (error) {
            if ((0,azureml_errors/* isConflict */.dh)(error))
                await this.recheck();
            throw error;
        }
    }
    /** Removes this run's record (the maps stay as last written), if the endpoint carries one and is as expected. */
    async clearRecord() {
        if (this.expected.recordRun === undefined)
            return;
        // Live shares only: a retired deployment's 0 entry would name a deployment that no longer exists.
        const live = (map) => Object.fromEntries((0,rollout_traffic/* liveShares */.jw)(map));
        await this.write({ traffic: live(this.expected.traffic), mirrorTraffic: live(this.expected.mirrorTraffic) }, undefined);
    }
    /** Deletes a deployment (one with no traffic left), if the endpoint is still as expected; gone already is done. */
    async retire(deployment) {
        await this.recheck();
        try {
            await this.client.deleteDeployment(this.name, deployment, this.wait());
        }
        catch (error) {
            if (!(0,azureml_errors/* isNotFound */.c4)(error))
                throw error;
        }
    }
    /**
     * The endpoint read back after the last write: undefined when `deployment` takes 100% with nothing mirrored,
     * else what was found, as a sentence.
     */
    async verifyPromoted(deployment) {
        const found = await this.client.getEndpoint(this.name);
        if (!found)
            throw new azureml_errors/* AzureMLError */.Hv(`Endpoint ${this.name} is gone.`, 404);
        const ok = (0,rollout_traffic/* sameTraffic */.UN)(found.traffic, { [deployment]: 100 }) && (0,rollout_traffic/* liveShares */.jw)(found.mirrorTraffic).length === 0;
        if (ok)
            return { found };
        return {
            found,
            problem: `read back after the last write, the endpoint has traffic ${(0,rollout_traffic/* describeTraffic */.hA)(found.traffic)} and mirror ${(0,rollout_traffic/* describeTraffic */.hA)(found.mirrorTraffic)}, not ${deployment} 100% with nothing mirrored`,
        };
    }
}

// EXTERNAL MODULE: ./src/rollout/steps.ts
var rollout_steps = __webpack_require__(1218);
;// CONCATENATED MODULE: ./src/rollout/promote.ts










/** The traffic map with `name` at 0 and the others scaled back up to 100 in their proportions. */
function withoutDeployment(map, name, fallback) {
    const others = (0,rollout_traffic/* liveShares */.jw)(map).filter(([n]) => n !== name);
    const total = others.reduce((s, [, v]) => s + v, 0);
    if (others.length === 0) {
        if (!fallback)
            return { ...map, [name]: 0 };
        return { ...map, [name]: 0, [fallback]: 100 };
    }
    const [first, firstShare] = others[0];
    const scaled = (0,rollout_traffic/* planTraffic */.H6)(Object.fromEntries(others), first, Math.round((firstShare * 100) / total));
    return { ...Object.fromEntries(Object.keys(map).map((k) => [k, 0])), ...scaled };
}
/** The record on the endpoint; a damaged one is the user's to fix (promote mode: reject clears it). */
function readRecord(endpoint) {
    try {
        return (0,rollout_record/* parseRecord */.Hh)(endpoint.tags);
    }
    catch (error) {
        throw new errors/* ConfigurationError */.j(`Input 'endpoint': ${error.message}`, 'endpoint');
    }
}
/**
 * The expected-traffic guard at the start: the endpoint's traffic, or (when it is mid-rollout) the traffic
 * before that rollout, which is what the interrupted pipeline expected too. A difference is a reason to abort.
 */
function expectedTrafficProblem(settings, found, record) {
    const expected = settings.expectedTraffic;
    if (!expected || (0,rollout_traffic/* sameTraffic */.UN)(expected, found.traffic))
        return undefined;
    if (record && (0,rollout_record/* recordState */.DX)(record, found) !== 'stale' && (0,rollout_traffic/* sameTraffic */.UN)(expected, record.traffic))
        return undefined;
    return (`Input 'expected-traffic': the endpoint's traffic is ${(0,rollout_traffic/* describeTraffic */.hA)(found.traffic)}, not ${(0,rollout_traffic/* describeTraffic */.hA)(expected)} as expected ` +
        `(${diffMaps(expected, found.traffic)}). Another pipeline may be rolling out on ${settings.endpoint}; nothing was changed. Re-read the endpoint and run again`);
}
/**
 * Completes (or rejects) a rollout on an endpoint from its live state: checks the guard, moves traffic to the
 * new deployment in the given steps, analyses each step against the old deployment, rolls back to the starting
 * maps on a failed analysis, and on success retires the old deployments, reads the endpoint back and tags the
 * model version. Every write goes through the guard (rollout-guard.ts) and carries the rollout record
 * (rollout-record.ts); a run that finds an interrupted rollout resumes it or rolls it back (promote-plan.ts).
 */
async function promoteDeployment(client, settings, log, warn = log) {
    const started = Date.now();
    const wait = () => ({
        timeoutMs: Math.max(1_000, settings.timeoutMs - (Date.now() - started)),
        intervalMs: 1_000,
        progressEveryMs: 10_000,
        log,
    });
    const { endpoint: endpointName, deployment: name } = settings;
    const found = await client.getEndpoint(endpointName);
    if (!found) {
        throw new errors/* ConfigurationError */.j(`Input 'endpoint': endpoint ${endpointName} does not exist in workspace '${client.address.workspace}'.`, 'endpoint');
    }
    const record = settings.mode === 'reject' ? undefined : readRecord(found);
    const report = {
        decision: settings.mode === 'reject' ? 'rejected' : 'promoted',
        endpoint: endpointName,
        deployment: name,
        run: settings.runId,
        previous: [],
        startTraffic: found.traffic,
        startMirrorTraffic: found.mirrorTraffic,
        traffic: found.traffic,
        mirrorTraffic: found.mirrorTraffic,
        steps: [],
        retired: [],
        seconds: 0,
    };
    const abort = (reason, now) => {
        report.decision = 'aborted';
        report.reason = reason;
        report.traffic = now.traffic;
        report.mirrorTraffic = now.mirrorTraffic;
        report.seconds = (Date.now() - started) / 1000;
        return new AbortedError(report);
    };
    const guardProblem = expectedTrafficProblem(settings, found, record);
    if (guardProblem)
        throw abort(guardProblem, found);
    const deployments = await client.listDeployments(endpointName);
    const target = deployments.find((d) => d.name === name);
    if (!target) {
        throw new errors/* ConfigurationError */.j(`Input 'deployment': endpoint ${endpointName} has no deployment ${name} (it has ${deployments.map((d) => d.name).join(', ') || 'none'}). Deploy it first.`, 'deployment');
    }
    const guard = new GuardedEndpoint(client, endpointName, found, wait);
    if (target.provisioningState !== 'Succeeded') {
        // A candidate that failed mid-rollout (seen in the fault campaign: the emulator restarted, its files were gone,
        // its provisioning failed) keeps the share the interrupted run gave it: whatever on-interrupted says, the traffic
        // before the rollout is restored from the record first, so no client is left routed to a Failed deployment.
        let restored = '';
        if (record && record.candidate === name && (0,rollout_record/* recordState */.DX)(record, found) === 'interrupted') {
            const before = { traffic: record.traffic, mirrorTraffic: record.mirrorTraffic };
            const after = await guard.write(before, undefined);
            report.traffic = after.traffic;
            report.mirrorTraffic = after.mirrorTraffic;
            restored = ` Its interrupted rollout was rolled back: traffic ${(0,rollout_traffic/* describeTraffic */.hA)(after.traffic)}, mirror ${(0,rollout_traffic/* describeTraffic */.hA)(after.mirrorTraffic)}, record cleared.`;
            warn(`${name} is ${target.provisioningState} mid-rollout.${restored}`);
        }
        throw new errors/* ConfigurationError */.j(`Input 'deployment': ${name} is ${target.provisioningState}, not Succeeded; it cannot take traffic.${restored}`, 'deployment');
    }
    const apply = async (maps, rec) => {
        const after = await guard.write(maps, rec);
        report.traffic = after.traffic;
        report.mirrorTraffic = after.mirrorTraffic;
        return after;
    };
    try {
        if (settings.mode === 'reject') {
            const notice = (0,rollout_record/* midRolloutNotice */.O1)(found);
            if (notice)
                warn(`${notice} mode: reject clears it.`);
            const fallback = deployments.find((d) => d.name !== name && d.provisioningState === 'Succeeded')?.name;
            if ((0,rollout_traffic/* liveShares */.jw)(found.traffic).every(([n]) => n === name) && !fallback) {
                throw new errors/* ConfigurationError */.j(`Input 'mode': there is no other deployment on ${endpointName} to give the traffic back to.`, 'mode');
            }
            const traffic = withoutDeployment(found.traffic, name, fallback);
            log(`Reject ${name}: traffic ${(0,rollout_traffic/* describeTraffic */.hA)(found.traffic)} -> ${(0,rollout_traffic/* describeTraffic */.hA)(traffic)}; mirror and any rollout record cleared.`);
            await apply({ traffic, mirrorTraffic: {} }, undefined);
            report.reason = 'rejected by hand';
            report.seconds = (Date.now() - started) / 1000;
            return report;
        }
        const plan = planRollout(found, record, settings, new Date().toISOString());
        if (plan.warning)
            warn(plan.warning);
        if (plan.recovery) {
            warn(plan.recovery);
            report.recovery = plan.recovery;
        }
        if (plan.restore)
            await apply(plan.start, undefined);
        report.previous = plan.baselines;
        report.startTraffic = plan.start.traffic;
        report.startMirrorTraffic = plan.start.mirrorTraffic;
        const steps = plan.steps;
        if (steps.length === 0)
            log(`${name} already takes all the traffic of ${endpointName}: nothing to move.`);
        else if (plan.baselines.length === 0)
            log(`No deployment of ${endpointName} takes live traffic: ${name} goes straight to 100%.`);
        const credential = steps.length > 0 ? await client.getScoringCredential(found) : '';
        for (let i = plan.firstStep; i < steps.length; i++) {
            const step = steps[i];
            const maps = (0,rollout_steps/* stepMaps */.Mz)(plan.start.traffic, name, step);
            log(`Step ${i + 1}/${steps.length} (${(0,rollout_steps/* describeStep */.Ey)(step)}): traffic ${(0,rollout_traffic/* describeTraffic */.hA)(maps.traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(maps.mirrorTraffic)}`);
            const now = await apply(maps, {
                run: settings.runId,
                candidate: name,
                baselines: plan.baselines,
                traffic: plan.start.traffic,
                mirrorTraffic: plan.start.mirrorTraffic,
                steps,
                step: i + 1,
                startedAt: plan.startedAt,
            });
            const { analysis, gateway, line } = await analyseStep({
                scoringUri: now.scoringUri ?? '',
                credential,
                workspace: client.address.workspace,
                endpoint: endpointName,
                candidate: name,
                baselines: plan.baselines,
                requests: settings.requests,
                durationMs: settings.stepIntervalMs,
                analysis: settings.analysis,
            });
            report.steps.push({
                step: (0,rollout_steps/* describeStep */.Ey)(step),
                traffic: now.traffic,
                mirrorTraffic: now.mirrorTraffic,
                analysis,
                gateway,
            });
            log(line);
            if (!analysis.passed) {
                report.decision = 'rolled-back';
                report.reason = `step ${(0,rollout_steps/* describeStep */.Ey)(step)}: ${analysis.reasons.join('; ')}`;
                log(`Rolling back to ${(0,rollout_traffic/* describeTraffic */.hA)(plan.start.traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(plan.start.mirrorTraffic)}.`);
                await apply(plan.start, undefined);
                report.seconds = (Date.now() - started) / 1000;
                throw new RolledBackError(report);
            }
        }
        // Success: the old deployments have no traffic; retire them, clear the record, read the endpoint back.
        if (!settings.keepOld) {
            for (const d of plan.baselines.filter((b) => b !== name)) {
                log(`Retiring ${d}`);
                await guard.retire(d);
                report.retired.push(d);
            }
        }
        await guard.clearRecord();
        const { found: end, problem } = await guard.verifyPromoted(name);
        report.traffic = end.traffic;
        report.mirrorTraffic = end.mirrorTraffic;
        if (problem)
            throw abort(problem, end);
    }
    catch (error) {
        if (!(error instanceof EndpointChangedError))
            throw error;
        warn(`Another writer changed endpoint ${endpointName}: ${error.diff}. This run writes nothing more.`);
        throw abort(`another writer changed the endpoint: ${error.diff}`, error.found);
    }
    report.model = await tagServingModel(client, target.model, endpointName, name, log);
    report.seconds = (Date.now() - started) / 1000;
    return report;
}

// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/deploy/references.ts
var references = __webpack_require__(36981);
// EXTERNAL MODULE: ./src/smoke/request-files.ts + 1 modules
var request_files = __webpack_require__(1023);
// EXTERNAL MODULE: ./src/actions/shared/scalar-inputs.ts
var scalar_inputs = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/promote/inputs.ts









/** `expected-traffic`: a JSON map of deployment to whole percentage, e.g. {"blue":100}. */
function parseExpectedTraffic(value, input = 'expected-traffic') {
    if (value.trim() === '')
        return undefined;
    const parsed = (0,request_files/* parseJsonInput */.ou)(value, 'the value', input);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* ConfigurationError */.j(`Input '${input}': give a JSON object such as {"blue":100} (the deploy-endpoint traffic output).`, input);
    }
    const map = {};
    for (const [k, v] of Object.entries(parsed)) {
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 100) {
            throw new errors/* ConfigurationError */.j(`Input '${input}': '${k}' has ${JSON.stringify(v)}, not a whole percentage.`, input);
        }
        map[k] = v;
    }
    return map;
}
/** Parses and validates every input before any call. */
async function getInputs() {
    const root = process.env.GITHUB_WORKSPACE || process.cwd();
    const endpointValue = core/* getInput */.V4('endpoint');
    if (!endpointValue)
        throw new errors/* ConfigurationError */.j(`Input 'endpoint' is required.`, 'endpoint');
    const deploymentValue = core/* getInput */.V4('deployment');
    if (!deploymentValue)
        throw new errors/* ConfigurationError */.j(`Input 'deployment' is required: the new deployment to promote (or reject).`, 'deployment');
    const modeValue = (core/* getInput */.V4('mode') || 'promote').trim().toLowerCase();
    if (modeValue !== 'promote' && modeValue !== 'reject') {
        throw new errors/* ConfigurationError */.j(`Input 'mode': '${modeValue}' is not promote or reject.`, 'mode');
    }
    const onNoData = (core/* getInput */.V4('on-no-data') || 'fail').trim().toLowerCase();
    if (onNoData !== 'fail' && onNoData !== 'pass') {
        throw new errors/* ConfigurationError */.j(`Input 'on-no-data': '${onNoData}' is not fail or pass.`, 'on-no-data');
    }
    const onInterrupted = (core/* getInput */.V4('on-interrupted') || 'rollback').trim().toLowerCase();
    if (onInterrupted !== 'resume' && onInterrupted !== 'rollback') {
        throw new errors/* ConfigurationError */.j(`Input 'on-interrupted': '${onInterrupted}' is not resume or rollback.`, 'on-interrupted');
    }
    const requestsValue = core/* getInput */.V4('requests');
    const cases = requestsValue ? await (0,request_files/* readRequestCases */.Jd)(requestsValue, undefined, root) : [];
    return {
        endpoint: (0,references/* validateOnlineName */.HE)(endpointValue, 'endpoint', 'endpoint'),
        deployment: (0,references/* validateOnlineName */.HE)(deploymentValue, 'deployment', 'deployment'),
        mode: modeValue,
        steps: (0,rollout_steps/* parseSteps */.$i)(core/* getInput */.V4('steps'), 'steps'),
        stepIntervalMs: (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('step-interval-seconds'), 'step-interval-seconds', 0, 3600, 60) * 1000,
        requests: cases.map((c) => ({ name: c.name, body: c.body })),
        analysis: {
            maxErrorRate: (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('max-error-rate'), 'max-error-rate', 0, 1) ?? 0.01,
            maxLatencyRatio: (0,scalar_inputs/* parseNumberInput */.bm)(core/* getInput */.V4('max-latency-ratio'), 'max-latency-ratio', 1, 100) ?? 1.5,
            onNoData,
        },
        expectedTraffic: parseExpectedTraffic(core/* getInput */.V4('expected-traffic')),
        onInterrupted,
        keepOld: (0,scalar_inputs/* parseBooleanInput */.S8)(core/* getInput */.V4('keep-old'), 'keep-old', false),
        timeoutMs: (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('timeout-minutes'), 'timeout-minutes', 1, 720, 60) * 60_000,
        workspace: (0,workspace_inputs/* getWorkspaceInputs */.tS)(),
        runId: (0,rollout_record/* rolloutRunId */.CD)(process.env, (0,external_node_crypto_.randomBytes)(3).toString('hex')),
    };
}

// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/promote/summary.ts


const summary_pct = (v) => `${(v * 100).toFixed(2)}%`;
/** The job summary: the decision, then each step with the figures that decided it. */
function renderSummary(report) {
    const title = {
        promoted: 'Promoted',
        'rolled-back': 'Rolled back',
        rejected: 'Rejected',
        aborted: 'Aborted',
    }[report.decision];
    let md = `## ${title}: ${(0,html/* escapeHtml */.Z)(report.deployment)} on ${(0,html/* escapeHtml */.Z)(report.endpoint)}\n\n`;
    md += (0,html/* htmlTable */.I)(undefined, [
        ['Traffic before', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(report.startTraffic))],
        ['Traffic now', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(report.traffic))],
        ['Mirror now', (0,html/* escapeHtml */.Z)((0,rollout_traffic/* describeTraffic */.hA)(report.mirrorTraffic))],
        ['Retired', (0,html/* escapeHtml */.Z)(report.retired.join(', ') || 'none')],
        ['Model', (0,html/* escapeHtml */.Z)(report.model ?? '-')],
        ['Rollout run', (0,html/* escapeHtml */.Z)(report.run)],
        ['Took', `${report.seconds.toFixed(1)} s`],
    ]);
    if (report.reason)
        md += `\n\n**Why:** ${(0,html/* escapeHtml */.Z)(report.reason)}`;
    if (report.decision === 'aborted') {
        md += `\n\nThe endpoint was changed by another writer, or did not end as this run left it: this run wrote nothing after it found out, and left the traffic as found. Re-read the endpoint and run again.`;
    }
    if (report.recovery)
        md += `\n\n**Interrupted rollout:** ${(0,html/* escapeHtml */.Z)(report.recovery)}`;
    if (report.steps.length > 0) {
        const old = report.previous[0] ?? 'old';
        md += `\n\n### Steps\n\n`;
        md += (0,html/* htmlTable */.I)([
            'Step',
            'Traffic',
            `${(0,html/* escapeHtml */.Z)(report.deployment)}: requests / errors / p95`,
            `${(0,html/* escapeHtml */.Z)(old)}: requests / errors / p95`,
            'p95 ratio',
            'Verdict',
        ], report.steps.map((s) => {
            const c = s.analysis.candidate;
            const b = s.analysis.baseline;
            return [
                (0,html/* escapeHtml */.Z)(s.step),
                (0,html/* escapeHtml */.Z)(`${(0,rollout_traffic/* describeTraffic */.hA)(s.traffic)}; mirror ${(0,rollout_traffic/* describeTraffic */.hA)(s.mirrorTraffic)}`),
                `${c.requests} / ${summary_pct(c.errorRate)} / ${c.latencyMs.p95} ms`,
                b ? `${b.requests} / ${summary_pct(b.errorRate)} / ${b.latencyMs.p95} ms` : '-',
                s.analysis.latencyRatio === undefined
                    ? '-'
                    : `${s.analysis.latencyRatio}x${s.analysis.latencyStatistic === 'p50' ? ' (p50)' : ''}`,
                s.analysis.passed ? 'pass' : `FAIL: ${(0,html/* escapeHtml */.Z)(s.analysis.reasons.join('; '))}`,
            ];
        }));
    }
    return `${md}\n`;
}

;// CONCATENATED MODULE: ./src/actions/promote/main.ts





function publish(report) {
    core/* setOutput */.uH('decision', report.decision);
    core/* setOutput */.uH('traffic', JSON.stringify(report.traffic));
    core/* setOutput */.uH('report', JSON.stringify(report));
}
/** promote: moves an endpoint's traffic to a new deployment in steps with analysis, or rolls it back. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', getInputs);
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    try {
        const report = await promoteDeployment(client, inputs, (line) => core/* info */.pq(line), (line) => core/* warning */.$e(line));
        publish(report);
        await core/* summary */.z.addRaw(renderSummary(report)).write();
        core/* info */.pq(`Decision: ${report.decision}. Traffic ${JSON.stringify(report.traffic)}.`);
    }
    catch (error) {
        if (error instanceof RolledBackError || error instanceof AbortedError) {
            publish(error.report);
            await core/* summary */.z.addRaw(renderSummary(error.report)).write();
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/actions/promote/index.ts
// The function the promote action's step runs (src/actions/index.ts runs it).



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


/***/ })

};
