export const id = 538;
export const ids = [538];
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

/***/ 11645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JobNotCompletedError: () => (/* binding */ JobNotCompletedError),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/azureml/job-metrics.ts
var job_metrics = __webpack_require__(13129);
// EXTERNAL MODULE: ./src/contract/jobs.ts
var jobs = __webpack_require__(74236);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/deploy/deployment-yaml-parts.ts
var deployment_yaml_parts = __webpack_require__(53097);
;// CONCATENATED MODULE: ./src/jobs/job-body.ts

function jobInputs(inputs) {
    const out = {};
    for (const [name, i] of Object.entries(inputs)) {
        if (i.kind === 'data')
            out[name] = {
                jobInputType: i.type,
                uri: i.uri,
                ...(i.mode ? { mode: i.mode } : {}),
                ...(i.description ? { description: i.description } : {}),
            };
        else
            out[name] = { jobInputType: 'literal', value: i.value };
    }
    return out;
}
function jobOutputs(outputs) {
    const out = {};
    for (const [name, o] of Object.entries(outputs)) {
        if (o.kind !== 'data')
            continue;
        out[name] = {
            jobOutputType: o.type,
            ...(o.uri ? { uri: o.uri } : {}),
            ...(o.mode ? { mode: o.mode } : {}),
            ...(o.description ? { description: o.description } : {}),
        };
    }
    return out;
}
function common(spec, extras) {
    const experimentName = extras.experimentName ?? spec.experimentName;
    return {
        ...(spec.displayName ? { displayName: spec.displayName } : {}),
        ...(experimentName ? { experimentName } : {}),
        ...(spec.description ? { description: spec.description } : {}),
        tags: spec.tags,
        properties: { ...spec.properties, ...extras.properties },
    };
}
/** A command job's body. */
function commandJobBody(plan, ids, inputs, extras) {
    const { spec } = plan;
    const run = spec.run;
    const resources = run.resources;
    const properties = {
        jobType: 'Command',
        ...common(spec, extras),
        command: run.command,
        environmentId: ids.environmentId,
        ...(ids.codeId ? { codeId: ids.codeId } : {}),
        ...(plan.computeId ? { computeId: plan.computeId } : {}),
        environmentVariables: run.environmentVariables,
        inputs: jobInputs(inputs),
        outputs: jobOutputs(spec.outputs),
        ...(resources && Object.keys(resources).length ? { resources } : {}),
        ...(run.distribution ? { distribution: run.distribution } : {}),
        ...(run.timeoutSeconds !== undefined
            ? { limits: { jobLimitsType: 'Command', timeout: (0,deployment_yaml_parts/* isoDuration */._d)(run.timeoutSeconds * 1000) } }
            : {}),
    };
    return { properties };
}
function nodeInputs(inputs) {
    const out = {};
    for (const [name, i] of Object.entries(inputs)) {
        if (i.kind === 'data')
            out[name] = { job_input_type: i.type, uri: i.uri, ...(i.mode ? { mode: i.mode } : {}) };
        else
            out[name] = { job_input_type: 'literal', value: i.value };
    }
    return out;
}
function nodeOutputs(outputs) {
    const out = {};
    for (const [name, o] of Object.entries(outputs)) {
        out[name] =
            o.kind === 'binding'
                ? { type: 'literal', value: o.value }
                : { job_output_type: o.type, ...(o.mode ? { mode: o.mode } : {}), ...(o.uri ? { uri: o.uri } : {}) };
    }
    return out;
}
const DISTRIBUTION_KEYS = {
    distributionType: 'distribution_type',
    processCountPerInstance: 'process_count_per_instance',
    workerCount: 'worker_count',
    parameterServerCount: 'parameter_server_count',
};
/** A pipeline job's body: `componentIds` and `inputs` by step, `pipelineInputs` for its own inputs. */
function pipelineJobBody(plan, componentIds, inputs, pipelineInputs, extras) {
    const { spec } = plan;
    const jobs = {};
    for (const name of Object.keys(spec.jobs)) {
        const s = plan.steps[name];
        const step = s.step;
        const run = s.component.kind === 'new' && s.component.spec.fromStep ? s.component.run.run : undefined;
        const env = { ...(run?.environmentVariables ?? {}), ...step.environmentVariables };
        const resources = step.resources ?? run?.resources;
        const distribution = step.distribution ?? run?.distribution;
        const timeout = step.timeoutSeconds ?? run?.timeoutSeconds;
        jobs[name] = {
            type: 'command',
            name,
            componentId: componentIds[name],
            ...(s.computeId ? { computeId: s.computeId } : {}),
            ...(step.displayName ? { display_name: step.displayName } : {}),
            inputs: nodeInputs(inputs[name] ?? {}),
            outputs: nodeOutputs(step.outputs),
            ...(Object.keys(env).length ? { environment_variables: env } : {}),
            ...(resources && (resources.instanceCount !== undefined || resources.instanceType)
                ? {
                    resources: {
                        ...(resources.instanceCount !== undefined ? { instance_count: resources.instanceCount } : {}),
                        ...(resources.instanceType ? { instance_type: resources.instanceType } : {}),
                    },
                }
                : {}),
            ...(distribution
                ? {
                    distribution: Object.fromEntries(Object.entries(distribution).map(([k, v]) => [
                        DISTRIBUTION_KEYS[k],
                        v,
                    ])),
                }
                : {}),
            ...(timeout !== undefined
                ? { limits: { job_limits_type: 'Command', timeout: (0,deployment_yaml_parts/* isoDuration */._d)(timeout * 1000) } }
                : {}),
            _source: 'YAML.JOB',
        };
    }
    const settings = spec.settings;
    const properties = {
        jobType: 'Pipeline',
        ...common(spec, extras),
        inputs: jobInputs(pipelineInputs),
        outputs: jobOutputs(spec.outputs),
        jobs,
        settings: {
            ...(plan.defaultComputeId ? { default_compute: plan.defaultComputeId } : {}),
            ...(settings.defaultDatastore ? { default_datastore: settings.defaultDatastore } : {}),
            ...(settings.continueOnStepFailure !== undefined
                ? { continue_on_step_failure: settings.continueOnStepFailure }
                : {}),
            _source: 'YAML.JOB',
        },
    };
    return { properties };
}

;// CONCATENATED MODULE: ./src/jobs/job-name.ts
// A job name when the file gives none, made as azure-ai-ml makes one (entities/_job/job_name_generator.py
// generate_job_name: "<adjective>_<noun>_<10 characters of bcdfghjklmnpqrstvwxyz0123456789>"), from a shorter
// list of its words.

const ADJECTIVES = [
    'amiable',
    'bold',
    'brave',
    'bright',
    'busy',
    'calm',
    'clever',
    'cool',
    'eager',
    'epic',
    'gentle',
    'happy',
    'honest',
    'jolly',
    'keen',
    'kind',
    'loyal',
    'lucid',
    'mighty',
    'modest',
    'neat',
    'nice',
    'patient',
    'plucky',
    'polite',
    'quiet',
    'serene',
    'sharp',
    'strong',
    'sweet',
    'tidy',
    'witty',
];
const NOUNS = [
    'apple',
    'arch',
    'bear',
    'boat',
    'book',
    'bridge',
    'camel',
    'candle',
    'cloud',
    'coconut',
    'eagle',
    'engine',
    'feather',
    'fig',
    'garden',
    'grape',
    'island',
    'kettle',
    'kite',
    'lamp',
    'leaf',
    'lion',
    'market',
    'melon',
    'moon',
    'ocean',
    'owl',
    'piano',
    'planet',
    'river',
    'rocket',
    'seed',
    'ship',
    'star',
    'tree',
    'whale',
];
const SUFFIX = 'bcdfghjklmnpqrstvwxyz0123456789';
const SUFFIX_LENGTH = 10;
const pick = (items) => items[(0,external_node_crypto_.randomInt)(items.length)];
/** e.g. bright_lamp_4kq8z2m1tp */
function generateJobName() {
    let suffix = '';
    for (let i = 0; i < SUFFIX_LENGTH; i++)
        suffix += pick([...SUFFIX]);
    return `${pick(ADJECTIVES)}_${pick(NOUNS)}_${suffix}`;
}

// EXTERNAL MODULE: ./src/contract/asset-names.ts
var asset_names = __webpack_require__(61199);
// EXTERNAL MODULE: ./src/deploy/yaml-reader.ts
var yaml_reader = __webpack_require__(17998);
;// CONCATENATED MODULE: ./src/jobs/io-yaml.ts
// `inputs:` and `outputs:` of a CLI v2 job or pipeline step, read as azure-ai-ml reads them
// (entities/_job/_input_output_helpers.py: build_input_output, to_rest_dataset_literal_inputs, to_rest_data_outputs).



/** AssetTypes the job inputs and outputs take (azure-ai-ml constants AssetTypes). */
const DATA_IO_TYPES = {
    uri_file: 'uri_file',
    uri_folder: 'uri_folder',
    mltable: 'mltable',
    custom_model: 'custom_model',
    mlflow_model: 'mlflow_model',
    triton_model: 'triton_model',
};
/** Parameter types of component inputs (azure-ai-ml IOConstants.PRIMITIVE_STR_2_TYPE). */
const PARAMETER_TYPES = ['string', 'integer', 'number', 'boolean'];
/** INPUT_MOUNT_MAPPING_TO_REST of azure-ai-ml. */
const INPUT_MODES = {
    mount: 'ReadOnlyMount',
    ro_mount: 'ReadOnlyMount',
    download: 'Download',
    eval_mount: 'EvalMount',
    eval_download: 'EvalDownload',
    direct: 'Direct',
};
/** OUTPUT_MOUNT_MAPPING_TO_REST of azure-ai-ml. */
const OUTPUT_MODES = {
    mount: 'ReadWriteMount',
    rw_mount: 'ReadWriteMount',
    upload: 'Upload',
    direct: 'Direct',
};
/** A whole value that is one `${{...}}` expression (azure-ai-ml is_data_binding_expression). */
const BINDING = /^\$\{\{\s*([^{}]+?)\s*\}\}$/;
/**
 * The output every command job has without declaring it: what it writes to ./outputs and ./logs (a pipeline step
 * binds it as ${{parent.jobs.<step>.outputs.artifacts}}, azureml-examples hello-pipeline-default-artifacts.yml).
 */
const ARTIFACTS_OUTPUT = 'artifacts';
/** Input and output names: azure-ai-ml validate_key_contains_allowed_characters. */
const IO_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
/** A pipeline's own input names may also hold dots: IO_NAMEs joined by dots (`data.train`). */
const DOTTED_INPUT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/;
/**
 * Each entry of `parent`'s `inputs:` or `outputs:` (none when not given), read by `read` once `pattern` has taken
 * its name, in file order. Jobs, pipeline steps and components all read theirs here.
 */
function readIoMap(reader, parent, path, key, read, pattern = IO_NAME) {
    const out = {};
    if (!(0,yaml_reader/* present */.Eb)(parent[key]))
        return out;
    const noun = key === 'inputs' ? 'input' : 'output';
    for (const [name, value] of Object.entries(reader.object(parent[key], [...path, key]))) {
        const at = [...path, key, name];
        if (!pattern.test(name))
            reader.fail(at, `${noun} names are letters, digits and underscores, not starting with a digit.`);
        out[name] = read(value, at);
    }
    return out;
}
/**
 * A literal as azure-ai-ml sends it: `str(value)` of the Python value the YAML loader made (so true -> 'True').
 * The spec's LiteralJobInput.value must hold a letter, digit or underscore.
 */
function literalValue(reader, path, value) {
    if (value === null || typeof value === 'object')
        reader.fail(path, 'expected a string, number or boolean, or a mapping with type and path.');
    const text = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
    if (!/[a-zA-Z0-9_]/.test(text))
        reader.fail(path, "the Azure ML API takes a literal input only if it holds a letter, digit or underscore (LiteralJobInput.value's pattern). Give another value.");
    return text;
}
/** Where `path:` of a data input points. */
function readDataPath(reader, at, value, here) {
    const latest = /^azureml:([^:@/]+)@latest$/.exec(value);
    if (latest) {
        if (!asset_names/* ASSET_NAME */.jc.test(latest[1]))
            reader.fail(at, `'${latest[1]}' is not a valid data asset name.`);
        return { kind: 'asset', name: latest[1], version: 'latest' };
    }
    const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(value);
    if (pinned) {
        if (!asset_names/* ASSET_NAME */.jc.test(pinned[1]) || !asset_names/* ASSET_VERSION */.mg.test(pinned[2]))
            reader.fail(at, 'expected azureml:<data asset name>:<version> or azureml:<name>@latest.');
        return { kind: 'asset', name: pinned[1], version: pinned[2] };
    }
    if (/^azureml:\/subscriptions\//i.test(value) || /^azureml:\/\//i.test(value))
        return { kind: 'uri', uri: value };
    if (/^(https?|wasbs?|abfss?|adl):\/\//i.test(value))
        return { kind: 'uri', uri: value };
    if (/^[a-z][a-z0-9+.-]*:/i.test(value))
        reader.fail(at, 'expected a local path, azureml:<name>:<version>, azureml://datastores/<datastore>/paths/<path>, or an https/wasbs/abfss URL.');
    return { kind: 'local', path: (0,external_node_path_.resolve)(here, value) };
}
/** One input: a literal, a binding (`pipeline` steps), or a data input {type, path, mode}. */
function readInput(reader, path, value, here, bindings) {
    const at = { reader, key: path };
    if (typeof value === 'string' && BINDING.test(value.trim())) {
        if (!bindings)
            reader.fail(path, '${{...}} bindings belong to pipeline steps; give a value.');
        return { ...at, kind: 'binding', value: value.trim() };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return { ...at, kind: 'literal', value: literalValue(reader, path, value) };
    const obj = reader.object(value, path);
    reader.keys(obj, path, ['type', 'path', 'mode', 'description', 'value', 'default', 'optional']);
    const type = reader.string(obj, path, 'type');
    const modeText = reader.string(obj, path, 'mode');
    const mode = modeText === undefined ? undefined : INPUT_MODES[modeText.toLowerCase()];
    if (modeText !== undefined && !mode)
        reader.fail([...path, 'mode'], `expected one of ${Object.keys(INPUT_MODES).join(', ')}.`);
    if (type !== undefined && PARAMETER_TYPES.includes(type)) {
        const literal = (0,yaml_reader/* present */.Eb)(obj.value) ? obj.value : obj.default;
        if (!(0,yaml_reader/* present */.Eb)(literal))
            reader.fail([...path, 'value'], `required: the ${type} value.`);
        return { ...at, kind: 'literal', value: literalValue(reader, [...path, 'value'], literal) };
    }
    const dataType = type === undefined ? 'uri_folder' : DATA_IO_TYPES[type];
    if (!dataType)
        reader.fail([...path, 'type'], `expected one of ${[...Object.keys(DATA_IO_TYPES), ...PARAMETER_TYPES].join(', ')}.`);
    const where = reader.string(obj, path, 'path');
    if (where === undefined)
        reader.fail([...path, 'path'], 'required: where the data is.');
    if (BINDING.test(where)) {
        if (!bindings)
            reader.fail([...path, 'path'], '${{...}} bindings belong to pipeline steps.');
        return { ...at, kind: 'binding', value: where, ...(mode ? { mode } : {}) };
    }
    const description = reader.string(obj, path, 'description');
    return {
        ...at,
        kind: 'data',
        type: dataType,
        path: readDataPath(reader, [...path, 'path'], where, here),
        ...(mode ? { mode } : {}),
        ...(description ? { description } : {}),
    };
}
/** `inputs:` (each name checked as azure-ai-ml checks it; pipeline input names may hold dots). */
function readInputs(reader, parent, path, here, options) {
    const read = (value, at) => {
        if (value === null || value === undefined)
            reader.fail(at, 'give the input a value.');
        return readInput(reader, at, value, here, options.bindings);
    };
    return readIoMap(reader, parent, path, 'inputs', read, options.dotted ? DOTTED_INPUT_NAME : IO_NAME);
}
/** One output: nothing (a uri_folder at the default path), a binding (pipeline steps), or {type, mode, path}. */
function readOutput(reader, path, value, bindings) {
    const at = { reader, key: path };
    if (value === null || value === undefined)
        return { ...at, kind: 'data', type: 'uri_folder' };
    if (typeof value === 'string') {
        if (!BINDING.test(value.trim()))
            reader.fail(path, 'expected a mapping (type, mode, path) or ${{parent.outputs.<name>}}.');
        if (!bindings)
            reader.fail(path, '${{...}} bindings belong to pipeline steps.');
        return { ...at, kind: 'binding', value: value.trim() };
    }
    const obj = reader.object(value, path);
    reader.keys(obj, path, ['type', 'mode', 'path', 'description'], {
        name: 'registering an output as a data asset is not supported by run-job; register it after the job with register-data or register-model. Remove name.',
        version: 'registering an output as a data asset is not supported by run-job. Remove version.',
    });
    const type = reader.choice(obj, path, 'type', DATA_IO_TYPES) ?? 'uri_folder';
    const mode = reader.choice(obj, path, 'mode', OUTPUT_MODES);
    const uri = reader.string(obj, path, 'path');
    if (uri !== undefined && !/^azureml:\/\/datastores\/[^/]+\/paths\/.+/.test(uri))
        reader.fail([...path, 'path'], 'an output path is azureml://datastores/<datastore>/paths/<path>.');
    const description = reader.string(obj, path, 'description');
    return {
        ...at,
        kind: 'data',
        type,
        ...(mode ? { mode } : {}),
        ...(uri ? { uri } : {}),
        ...(description ? { description } : {}),
    };
}
/** `outputs:`. */
function readOutputs(reader, parent, path, options) {
    return readIoMap(reader, parent, path, 'outputs', (value, at) => readOutput(reader, at, value, options.bindings));
}

;// CONCATENATED MODULE: ./src/jobs/bindings.ts

const EXPRESSION = /\$\{\{\s*([^{}]*?)\s*\}\}/g;
/** Checks every `${{...}}` of a command against the inputs and outputs it can use. */
function checkCommandExpressions(at, command, inputs, outputs) {
    // Inputs inside `[...]` may be left out (azure-ai-ml: optional inputs are not checked).
    const optional = new Set([...command.matchAll(/\[[^\]]*\$\{\{\s*inputs\.([\w.-]+)\s*\}\}[^\]]*\]/g)].map((m) => m[1]));
    for (const match of command.matchAll(EXPRESSION)) {
        const expr = match[1];
        const input = /^inputs\.([\w.-]+)$/.exec(expr)?.[1];
        const output = /^outputs\.([\w.-]+)$/.exec(expr)?.[1];
        if (input !== undefined) {
            if (!(input in inputs) && !optional.has(input))
                at.reader.fail(at.key, `\${{inputs.${input}}} names no input${Object.keys(inputs).length ? ` (inputs: ${Object.keys(inputs).join(', ')})` : ''}. Add it under inputs, or fix the name.`);
        }
        else if (output !== undefined) {
            if (!(output in outputs))
                at.reader.fail(at.key, `\${{outputs.${output}}} names no output${Object.keys(outputs).length ? ` (outputs: ${Object.keys(outputs).join(', ')})` : ''}. Add it under outputs, or fix the name.`);
        }
        else {
            at.reader.fail(at.key, `\${{${expr}}}: a command may use \${{inputs.<name>}} and \${{outputs.<name>}} only.`);
        }
    }
}
const PARENT_INPUT = /^\$\{\{\s*parent\.inputs\.([\w.]+)\s*\}\}$/;
const PARENT_STEP_OUTPUT = /^\$\{\{\s*parent\.jobs\.(\w+)\.outputs\.(\w+)\s*\}\}$/;
const PARENT_OUTPUT = /^\$\{\{\s*parent\.outputs\.(\w+)\s*\}\}$/;
/**
 * Checks the steps' inputs and outputs against their components and their bindings against the pipeline, and
 * returns the steps in an order where each comes after the steps it reads from (a cycle is refused).
 */
function checkPipeline(pipeline, declared) {
    const needs = {};
    // Every command step also has its `artifacts` output.
    const components = {};
    for (const [name, io] of Object.entries(declared))
        components[name] = {
            inputs: io.inputs,
            outputs: { ...io.outputs, [ARTIFACTS_OUTPUT]: { type: 'uri_folder' } },
        };
    for (const step of Object.values(pipeline.jobs)) {
        const io = components[step.name];
        needs[step.name] = new Set();
        for (const [name, input] of Object.entries(step.inputs)) {
            if (!(name in io.inputs))
                input.reader.fail(input.key, `the step's component has no input ${name} (its inputs: ${Object.keys(io.inputs).join(', ') || 'none'}).`);
            if (input.kind !== 'binding')
                continue;
            const parentInput = PARENT_INPUT.exec(input.value);
            const stepOutput = PARENT_STEP_OUTPUT.exec(input.value);
            if (parentInput) {
                if (!(parentInput[1] in pipeline.inputs))
                    input.reader.fail(input.key, `the pipeline has no input ${parentInput[1]} (its inputs: ${Object.keys(pipeline.inputs).join(', ') || 'none'}).`);
            }
            else if (stepOutput) {
                const [, from, output] = stepOutput;
                const source = pipeline.jobs[from];
                if (!source)
                    input.reader.fail(input.key, `there is no step ${from} (steps: ${Object.keys(pipeline.jobs).join(', ')}).`);
                if (from === step.name)
                    input.reader.fail(input.key, 'a step cannot read its own output.');
                if (!(output in components[from].outputs))
                    input.reader.fail(input.key, `step ${from} has no output ${output} (its outputs: ${Object.keys(components[from].outputs).join(', ') || 'none'}).`);
                needs[step.name].add(from);
            }
            else {
                input.reader.fail(input.key, 'a step input binds ${{parent.inputs.<name>}} or ${{parent.jobs.<step>.outputs.<name>}}.');
            }
        }
        for (const [name, spec] of Object.entries(io.inputs)) {
            if (!(name in step.inputs) && spec.default === undefined && !spec.optional)
                step.reader.fail([...step.key, 'inputs'], `the component needs input ${name} (it has no default). Give it here.`);
        }
        for (const [name, output] of Object.entries(step.outputs)) {
            if (!(name in io.outputs))
                output.reader.fail(output.key, `the step's component has no output ${name} (its outputs: ${Object.keys(io.outputs).join(', ') || 'none'}).`);
            if (output.kind !== 'binding')
                continue;
            const parent = PARENT_OUTPUT.exec(output.value)?.[1];
            if (parent === undefined)
                output.reader.fail(output.key, 'a step output binds ${{parent.outputs.<name>}}.');
            else if (!(parent in pipeline.outputs))
                output.reader.fail(output.key, `the pipeline has no output ${parent} (its outputs: ${Object.keys(pipeline.outputs).join(', ') || 'none'}). Add it under the top-level outputs.`);
        }
    }
    return dependencyOrder(pipeline, needs);
}
function dependencyOrder(pipeline, needs) {
    const order = [];
    const state = {};
    const visit = (name, trail) => {
        if (state[name] === 'done')
            return;
        if (state[name] === 'visiting') {
            const cycle = [...trail.slice(trail.indexOf(name)), name].join(' -> ');
            const step = pipeline.jobs[name];
            step.reader.fail(step.key, `the steps read each other's outputs in a cycle (${cycle}); a pipeline runs in one direction.`);
        }
        state[name] = 'visiting';
        for (const dep of needs[name] ?? [])
            visit(dep, [...trail, name]);
        state[name] = 'done';
        order.push(name);
    };
    for (const name of Object.keys(pipeline.jobs))
        visit(name, []);
    return order;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/azureml/data-client.ts + 1 modules
var data_client = __webpack_require__(80583);
// EXTERNAL MODULE: ./src/data/data-source.ts
var data_source = __webpack_require__(32514);
// EXTERNAL MODULE: ./src/deploy/code-asset.ts
var code_asset = __webpack_require__(9923);
// EXTERNAL MODULE: ./src/deploy/environment-asset.ts
var environment_asset = __webpack_require__(61075);
// EXTERNAL MODULE: ./src/deploy/folder-upload.ts
var folder_upload = __webpack_require__(16917);
// EXTERNAL MODULE: ./src/deploy/references.ts
var references = __webpack_require__(36981);
;// CONCATENATED MODULE: ./src/jobs/check-references.ts
// The checks a job file's references need before anything is written: each reads the workspace (or the disk) and
// fails with the file, key and line of what it checks. Nothing here uploads or registers.










/** `file, line N, key` of a value, for messages that are not thrown by the reader. */
function where(at) {
    const line = at.reader.lineOf(at.key);
    return `Input '${at.reader.input}' (${at.reader.file}): ${line ? `line ${line}, ` : ''}${(0,yaml_reader/* showPath */.P8)(at.key)}`;
}
/** A local file or folder that exists inside the workspace; its real path and whether it is a folder. */
async function checkLocalPath(ctx, at, path, what) {
    let real;
    let folder;
    try {
        real = await (0,promises_.realpath)(path);
        folder = (await (0,promises_.stat)(real)).isDirectory();
    }
    catch {
        at.reader.fail(at.key, `${what} ${path} does not exist. Paths are relative to the job file's folder.`);
    }
    const root = await (0,promises_.realpath)(ctx.root).catch(() => ctx.root);
    if (!(0,paths/* isInside */.F)(root, real))
        at.reader.fail(at.key, `${what} ${path} is outside the workspace (${ctx.root}); keep it in the repository.`);
    return { path: real, folder };
}
/** `compute:` -> the compute's ARM id, or undefined for serverless (no compute, or `serverless`). */
async function checkCompute(ctx, at, value) {
    if (value === undefined)
        return undefined;
    const arm = /\/computes\/([^/]+)$/i.exec(value)?.[1];
    const name = arm ?? value.replace(/^azureml:/i, '');
    if (name.toLowerCase() === 'serverless')
        return undefined;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(name))
        at.reader.fail(at.key, 'expected azureml:<compute name> (e.g. azureml:cpu-cluster), or serverless.');
    const found = await ctx.client.getCompute(name);
    if (!found)
        at.reader.fail(at.key, `compute '${name}' does not exist in workspace '${ctx.client.address.workspace}'. Create it (az ml compute create), name another, or write serverless.`);
    return found.id;
}
/** The newest of a data asset's versions (by creation time, else by version number). */
async function latestDataVersion(ctx, name) {
    const versions = await ctx.client.listDataVersions(name);
    const rank = (v) => [
        v.createdAt?.getTime() ?? 0,
        Number.parseFloat(v.version) || 0,
    ];
    return [...versions].sort((a, b) => {
        const [ta, na] = rank(a);
        const [tb, nb] = rank(b);
        return tb - ta || nb - na;
    })[0];
}
/** `path:` of a data input: a data asset (must exist: sent as `azureml:<its ARM id>`), a URI, or a local path. */
async function checkDataPath(ctx, at, path, type) {
    if (path.kind === 'uri')
        return path;
    if (path.kind === 'local') {
        const local = await checkLocalPath(ctx, at, path.path, 'the input');
        const requested = data_client/* DATA_TYPES */.hL.includes(type) ? type : undefined;
        try {
            return { kind: 'local', source: await (0,data_source/* readLocalData */.EZ)(local.path, requested, ctx.input) };
        }
        catch (error) {
            if (!(error instanceof errors/* ConfigurationError */.j))
                throw error;
            at.reader.fail(at.key, error.message.replace(/^Input '[^']*': /, ''));
        }
    }
    const found = path.version === 'latest'
        ? await latestDataVersion(ctx, path.name)
        : await ctx.client.getDataVersion(path.name, path.version);
    if (!found) {
        const shown = path.version === 'latest' ? `${path.name}@latest` : `${path.name}:${path.version}`;
        at.reader.fail(at.key, `data asset ${shown} does not exist in workspace '${ctx.client.address.workspace}'. Register it first (register-data), or name an existing version.`);
    }
    // What azure-ai-ml sends for a data asset input: azureml:<the version's ARM id>.
    return { kind: 'uri', uri: `azureml:${found.id}` };
}
async function checkCode(ctx, code) {
    if (code.kind === 'reference') {
        let ref;
        try {
            ref = (0,references/* parseCodeReference */.MA)(code.value, ctx.input);
        }
        catch {
            code.reader.fail(code.key, 'expected a local folder or azureml:<code name>:<version>.');
        }
        const found = await ctx.client.getCodeVersion(ref.name, ref.version);
        if (!found)
            code.reader.fail(code.key, `code ${ref.name}:${ref.version} is not registered in workspace '${ctx.client.address.workspace}'. Give the local folder instead.`);
        return { kind: 'registered', id: found.id };
    }
    const local = await checkLocalPath(ctx, code, code.path, 'the code folder');
    if (!local.folder)
        code.reader.fail(code.key, `the code ${code.path} is a file; give its folder.`);
    const folder = await (0,folder_upload/* readLocalFolder */.g)(local.path, ctx.input);
    if (folder.files.length === 0)
        code.reader.fail(code.key, `the code folder ${code.path} has no files to upload.`);
    const name = (0,code_asset/* codeAssetName */.l)(folder.digest);
    const existing = await ctx.client.getCodeVersion(name, '1');
    return { kind: 'local', folder, name, ...(existing ? { existingId: existing.id } : {}) };
}
/** The environment of a command: a reference that must exist, or an inline one whose files are in the workspace. */
async function checkRunEnvironment(ctx, run) {
    const env = run.environment;
    const whereText = where(env);
    if (env.kind === 'reference') {
        let setting;
        try {
            setting = (0,references/* parseEnvironmentReference */.ut)(env.value, ctx.input);
        }
        catch (error) {
            throw new errors/* ConfigurationError */.j(`${whereText}: ${error.message.replace(/^Input '[^']*': /, '')}`, ctx.input);
        }
        return (0,environment_asset/* checkEnvironment */.Qz)(ctx.client, setting, ctx.input, whereText);
    }
    if (env.spec.condaFile)
        await checkLocalPath(ctx, { reader: env.reader, key: [...env.key, 'conda_file'] }, env.spec.condaFile, 'the conda file');
    if (env.spec.build)
        await checkLocalPath(ctx, { reader: env.reader, key: [...env.key, 'build', 'path'] }, env.spec.build.path, 'the build context');
    return (0,environment_asset/* checkEnvironment */.Qz)(ctx.client, env, ctx.input, whereText);
}
/** A registered component (`azureml:<name>:<version>` / `@latest`): it must exist; its id and definition. */
async function checkRegisteredComponent(ctx, ref) {
    const found = await ctx.client.getComponentVersion(ref.name, ref.version);
    if (!found)
        ref.reader.fail(ref.key, `component ${ref.name}${ref.version === 'latest' ? '@latest' : `:${ref.version}`} is not registered in workspace '${ctx.client.address.workspace}'. Register it (az ml component create) or give its file (component: ./component.yml).`);
    return found;
}

;// CONCATENATED MODULE: ./src/jobs/job-plan.ts
// Every check of a job file against the workspace and the disk, made before anything is written: the result is a
// plan that job-writes.ts carries out (uploads, registrations) and job-body.ts turns into the PUT body.



async function checkRun(ctx, run) {
    const environment = await checkRunEnvironment(ctx, run);
    const code = run.code ? await checkCode(ctx, run.code) : undefined;
    return { run, environment, ...(code ? { code } : {}) };
}
/** The `path` key of a data input written as a mapping, else the input's own key. */
function pathKey(input) {
    const path = [...input.key, 'path'];
    return { reader: input.reader, key: input.reader.lineOf(path, true) === undefined ? input.key : path };
}
async function checkInputs(ctx, inputs) {
    const out = {};
    for (const [name, input] of Object.entries(inputs)) {
        if (input.kind !== 'data') {
            out[name] =
                input.kind === 'literal'
                    ? { kind: 'literal', value: input.value }
                    : { kind: 'binding', value: input.value, ...(input.mode ? { mode: input.mode } : {}) };
            continue;
        }
        out[name] = {
            kind: 'data',
            type: input.type,
            ...(input.mode ? { mode: input.mode } : {}),
            ...(input.description ? { description: input.description } : {}),
            data: await checkDataPath(ctx, pathKey(input), input.path, input.type),
        };
    }
    return out;
}
async function planCommand(ctx, spec) {
    checkCommandExpressions({ reader: spec.reader, key: ['command'] }, spec.run.command, spec.inputs, spec.outputs);
    const computeId = await checkCompute(ctx, { reader: spec.reader, key: ['compute'] }, spec.compute);
    const run = await checkRun(ctx, spec.run);
    const inputs = await checkInputs(ctx, spec.inputs);
    return { kind: 'command', spec, run, inputs, ...(computeId ? { computeId } : {}) };
}
async function planPipeline(ctx, spec) {
    const components = {};
    const io = {};
    for (const step of Object.values(spec.jobs)) {
        const ref = step.component;
        if (ref.kind === 'registered') {
            const info = await checkRegisteredComponent(ctx, ref);
            components[step.name] = { kind: 'registered', info };
            io[step.name] = { inputs: info.spec?.inputs ?? {}, outputs: info.spec?.outputs ?? {} };
        }
        else {
            const c = ref.component;
            checkCommandExpressions({ reader: c.reader, key: [...c.key, 'command'] }, c.run.command, c.inputs, c.outputs);
            components[step.name] = { kind: 'new', spec: c, run: await checkRun(ctx, c.run) };
            io[step.name] = { inputs: c.inputs, outputs: c.outputs };
        }
    }
    const order = checkPipeline(spec, io);
    const defaultComputeId = await checkCompute(ctx, { reader: spec.reader, key: ['settings', 'default_compute'] }, spec.settings.defaultCompute);
    const steps = {};
    for (const step of Object.values(spec.jobs)) {
        const computeId = step.compute
            ? await checkCompute(ctx, { reader: step.reader, key: [...step.key, 'compute'] }, step.compute)
            : defaultComputeId;
        steps[step.name] = {
            step,
            component: components[step.name],
            inputs: await checkInputs(ctx, step.inputs),
            ...(computeId ? { computeId } : {}),
        };
    }
    return {
        kind: 'pipeline',
        spec,
        inputs: await checkInputs(ctx, spec.inputs),
        steps,
        order,
        ...(defaultComputeId ? { defaultComputeId } : {}),
    };
}
/** Checks a job against the workspace; throws the first problem (file, key, line), writes nothing. */
function planJob(ctx, spec) {
    return spec.type === 'command' ? planCommand(ctx, spec) : planPipeline(ctx, spec);
}
/**
 * A digest of what the job would run, known before any write: the file's settings after --set, the code folders'
 * digests, the environments and data as resolved. Two submissions with the same digest are the same job.
 */
function planDigest(plan) {
    const seen = new WeakSet();
    const text = JSON.stringify(plan, (key, value) => {
        if (key === 'reader' || key === 'key' || key === 'existing' || key === 'existingId')
            return undefined;
        if (key === 'folder' && value && typeof value === 'object' && 'digest' in value)
            return value.digest;
        if (value && typeof value === 'object') {
            if (seen.has(value))
                return undefined;
            seen.add(value);
        }
        return value;
    });
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex')}`;
}

// EXTERNAL MODULE: ./src/deploy/asset-yaml.ts
var asset_yaml = __webpack_require__(28203);
;// CONCATENATED MODULE: ./src/jobs/command-yaml.ts
// The keys that say what a command runs, shared by a command job, an inline pipeline step and a command component
// (azure-ai-ml _schema/job/parameterized_command.py ParameterizedCommandSchema: command, code, environment,
// environment_variables, distribution, resources; limits from CommandJobSchema).



/** Keys the CLI knows on a command that run-job refuses, with the reason (never dropped silently). */
const REFUSED_COMMAND_KEYS = {
    services: 'interactive services (VS Code, Jupyter, TensorBoard, SSH) need a person at a running node; run-job follows the job from the workflow. Remove services.',
    identity: 'identity is not set by run-job: the job runs with its default identity (AmlToken). Remove identity.',
    queue_settings: 'queue_settings (job tiers) are not set by run-job. Remove queue_settings.',
    status: 'status is read-only, set by Azure. Remove it.',
    creation_context: 'creation_context is read-only, set by Azure. Remove it.',
    id: 'id is read-only, set by Azure. Remove it.',
};
/** DistributionSchema of azure-ai-ml (type pytorch | mpi | tensorflow, case-insensitive). */
function readDistribution(reader, value, path) {
    const d = reader.object(value, path);
    const type = reader.choice(d, path, 'type', {
        pytorch: 'PyTorch',
        mpi: 'Mpi',
        tensorflow: 'TensorFlow',
    });
    if (type === undefined)
        reader.fail([...path, 'type'], 'required: pytorch, mpi or tensorflow.');
    if (type === 'TensorFlow') {
        reader.keys(d, path, ['type', 'worker_count', 'parameter_server_count']);
        const workers = reader.integer(d, path, 'worker_count', 1, 1000);
        const servers = reader.integer(d, path, 'parameter_server_count', 0, 1000);
        return {
            distributionType: type,
            ...(workers !== undefined ? { workerCount: workers } : {}),
            ...(servers !== undefined ? { parameterServerCount: servers } : {}),
        };
    }
    reader.keys(d, path, ['type', 'process_count_per_instance']);
    const count = reader.integer(d, path, 'process_count_per_instance', 1, 1000);
    return { distributionType: type, ...(count !== undefined ? { processCountPerInstance: count } : {}) };
}
/** JobResourceConfigurationSchema: instance_count, instance_type, shm_size. */
function readResources(reader, value, path) {
    const r = reader.object(value, path);
    reader.keys(r, path, ['instance_count', 'instance_type', 'shm_size'], {
        docker_args: 'docker_args are not passed by run-job. Remove them.',
        properties: 'resource properties are not passed by run-job. Remove them.',
        locations: 'locations are not passed by run-job. Remove them.',
    });
    const instanceCount = reader.integer(r, path, 'instance_count', 1, 1000);
    const instanceType = reader.string(r, path, 'instance_type');
    const shmSize = reader.string(r, path, 'shm_size');
    if (shmSize !== undefined && !/^\d+[bBkKmMgG]$/.test(shmSize))
        reader.fail([...path, 'shm_size'], 'expected a size such as 2g (a number and b, k, m or g).');
    return {
        ...(instanceCount !== undefined ? { instanceCount } : {}),
        ...(instanceType ? { instanceType } : {}),
        ...(shmSize ? { shmSize } : {}),
    };
}
/** `limits:` (CommandJobLimitsSchema): timeout in seconds. */
function readTimeout(reader, value, path) {
    const l = reader.object(value, path);
    reader.keys(l, path, ['timeout']);
    return reader.integer(l, path, 'timeout', 1, 60 * 60 * 24 * 90);
}
/** `code:` a local folder relative to the file, or a registered code version. */
function readCode(reader, obj, path, here) {
    const value = reader.string(obj, path, 'code');
    if (value === undefined)
        return undefined;
    const at = { reader, key: [...path, 'code'] };
    if (value.startsWith('azureml:'))
        return { ...at, kind: 'reference', value };
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
        reader.fail(at.key, 'give a local folder (relative to this file) or a registered code asset azureml:<name>:<version>.');
    return { ...at, kind: 'local', path: (0,external_node_path_.resolve)(here, value) };
}
/** The command part of `obj` (whose own keys are checked by the caller). */
function readCommand(reader, obj, path, here) {
    const command = reader.string(obj, path, 'command');
    if (command === undefined)
        reader.fail([...path, 'command'], 'required: the command to run, e.g. python train.py.');
    if (!/[a-zA-Z0-9_]/.test(command))
        reader.fail([...path, 'command'], 'the command must hold a letter, digit or underscore.');
    if (!(0,yaml_reader/* present */.Eb)(obj.environment))
        reader.fail([...path, 'environment'], 'required: azureml:<name>:<version>, a registry environment (azureml://registries/azureml/environments/<name>/labels/latest), or an inline image.');
    const environment = (0,asset_yaml/* readEnvironment */.Q)(reader, obj.environment, here, [...path, 'environment']);
    const code = readCode(reader, obj, path, here);
    const timeoutSeconds = (0,yaml_reader/* present */.Eb)(obj.limits)
        ? readTimeout(reader, obj.limits, [...path, 'limits'])
        : undefined;
    return {
        reader,
        key: path,
        command,
        environment: { ...environment, reader, key: [...path, 'environment'] },
        environmentVariables: reader.stringMap(obj, path, 'environment_variables'),
        ...(code ? { code } : {}),
        ...((0,yaml_reader/* present */.Eb)(obj.distribution)
            ? { distribution: readDistribution(reader, obj.distribution, [...path, 'distribution']) }
            : {}),
        ...((0,yaml_reader/* present */.Eb)(obj.resources)
            ? { resources: readResources(reader, obj.resources, [...path, 'resources']) }
            : {}),
        ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/jobs/set-overrides.ts
// The CLI's `az ml job create --set key.path=value`: each override replaces (or adds) one value of the job file
// before it is read (azure-ai-ml load_job(params_override=[{key: value}]) sets them with pydash.set_ on the loaded
// dictionary; the schema then converts the text, so '3' becomes a number where a number is expected). Here the
// value is read as a YAML scalar (3 -> 3, true -> true, anything else a string), which gives the same result.


const SEGMENT = /^[A-Za-z0-9_$-]+$/;
/** Parses `key.path=value` lines (blank lines and lines starting with # are skipped). */
function parseSetOverrides(lines, input = 'set') {
    const out = [];
    lines.forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        const path = key.split('.');
        if (eq <= 0 || path.some((seg) => !SEGMENT.test(seg)))
            throw new errors/* ConfigurationError */.j(`Input '${input}' line ${i + 1}: expected key.path=value (e.g. inputs.learning_rate=0.05 or compute=azureml:cpu-cluster), with keys of letters, digits, _ and -.`, input);
        const text = line.slice(eq + 1).trim();
        let value = text;
        if (text !== '') {
            try {
                const parsed = (0,dist/* parse */.qg)(text);
                if (parsed === null || ['string', 'number', 'boolean'].includes(typeof parsed))
                    value = parsed;
            }
            catch {
                // Not YAML: the text itself, as the CLI takes it.
            }
        }
        out.push({ path, value, text: key });
    });
    return out;
}
/** Applies the overrides to a parsed job file, in order; a path through a non-mapping is refused. */
function applySetOverrides(doc, overrides, input = 'set') {
    for (const o of overrides) {
        for (let depth = 1; depth < o.path.length; depth++) {
            const prefix = o.path.slice(0, depth);
            const node = doc.getIn(prefix, true);
            // An empty key (`world_output:`) becomes a mapping, as pydash.set_ makes one.
            if ((0,dist/* isScalar */.jn)(node) && node.value === null)
                doc.setIn(prefix, doc.createNode({}));
            else if (node !== undefined && node !== null && !(0,dist/* isMap */.jh)(node)) {
                const what = (0,dist/* isSeq */.oP)(node) ? 'a list' : 'a single value';
                throw new errors/* ConfigurationError */.j(`Input '${input}': ${o.text}: ${o.path.slice(0, depth).join('.')} is ${what} in the job file, so it has no key ${o.path[depth]}.`, input);
            }
        }
        doc.setIn(o.path, o.value);
    }
}

;// CONCATENATED MODULE: ./src/jobs/yaml-checks.ts
/** A step's or a component's `type:`: `command` when not given; any other type is refused (it needs az ml). */
function requireCommandType(reader, obj, path, what) {
    const type = reader.string(obj, path, 'type') ?? 'command';
    if (type !== 'command')
        reader.fail([...path, 'type'], `run-job runs command ${what}s; a ${type} ${what} needs az ml. Use type: command.`);
}

;// CONCATENATED MODULE: ./src/jobs/component-yaml.ts




const COMPONENT_KEYS = [
    '$schema',
    'name',
    'version',
    'display_name',
    'description',
    'tags',
    'type',
    'is_deterministic',
    'inputs',
    'outputs',
    'command',
    'code',
    'environment',
    'distribution',
    'resources',
];
const INPUT_TYPES = [...PARAMETER_TYPES, ...Object.keys(DATA_IO_TYPES)];
function readComponentInput(reader, value, path) {
    const i = reader.object(value, path);
    reader.keys(i, path, ['type', 'default', 'optional', 'description', 'enum', 'min', 'max'], {
        mode: "an input's mode is set where the step gives the input (jobs.<step>.inputs.<name>.mode). Remove it here.",
    });
    const type = reader.string(i, path, 'type');
    if (type === undefined || !INPUT_TYPES.includes(type))
        reader.fail([...path, 'type'], `required: one of ${INPUT_TYPES.join(', ')}.`);
    const optional = reader.boolean(i, path, 'optional');
    const description = reader.string(i, path, 'description');
    const choices = reader.stringList(i, path, 'enum');
    const text = (key) => (0,yaml_reader/* present */.Eb)(i[key]) ? literalValue(reader, [...path, key], i[key]) : undefined;
    const dflt = text('default');
    const min = text('min');
    const max = text('max');
    return {
        type: type,
        ...(dflt !== undefined ? { default: dflt } : {}),
        ...(optional !== undefined ? { optional } : {}),
        ...(description ? { description } : {}),
        ...(choices ? { enum: choices } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
    };
}
function readComponentOutput(reader, value, path) {
    const o = value === null || value === undefined ? {} : reader.object(value, path);
    reader.keys(o, path, ['type', 'description'], {
        mode: "an output's mode is set where the step gives the output (jobs.<step>.outputs.<name>.mode). Remove it here.",
    });
    const description = reader.string(o, path, 'description');
    return {
        type: reader.choice(o, path, 'type', DATA_IO_TYPES) ?? 'uri_folder',
        ...(description ? { description } : {}),
    };
}
/** A command component at `path` of `reader`'s file; `here` is the folder its relative paths start from. */
function readComponent(reader, value, path, here) {
    const c = reader.object(value, path);
    requireCommandType(reader, c, path, 'component');
    reader.keys(c, path, COMPONENT_KEYS, REFUSED_COMMAND_KEYS);
    const inputs = readIoMap(reader, c, path, 'inputs', (v, at) => readComponentInput(reader, v, at));
    const outputs = readIoMap(reader, c, path, 'outputs', (v, at) => readComponentOutput(reader, v, at));
    const version = (0,yaml_reader/* present */.Eb)(c.version) ? String(c.version).trim() : undefined;
    const name = reader.string(c, path, 'name');
    const displayName = reader.string(c, path, 'display_name');
    const description = reader.string(c, path, 'description');
    const isDeterministic = reader.boolean(c, path, 'is_deterministic');
    return {
        reader,
        key: path,
        ...(name ? { name } : {}),
        ...(version ? { version } : {}),
        ...(displayName ? { displayName } : {}),
        ...(description ? { description } : {}),
        tags: reader.stringMap(c, path, 'tags'),
        ...(isDeterministic !== undefined ? { isDeterministic } : {}),
        run: readCommand(reader, c, path, here),
        inputs,
        outputs,
    };
}

;// CONCATENATED MODULE: ./src/jobs/step-yaml.ts
// One step of a pipeline's `jobs:`: a command node whose component is a file (`component: ./train.yml`), a
// registered component (`azureml:<name>:<version>` / `@latest`), a component written inline, or the step itself
// (`command:` + `environment:` + `code:` under the step, which the CLI turns into an anonymous component).
// azure-ai-ml _schema/pipeline/component_job.py CommandSchema; entities/_builders/command.py Command.








const NODE_KEYS = [
    'type',
    'component',
    'compute',
    'display_name',
    'inputs',
    'outputs',
    'environment_variables',
    'resources',
    'distribution',
    'limits',
];
const INLINE_KEYS = [...NODE_KEYS, 'command', 'code', 'environment'];
async function readComponentRef(reader, value, path, here, context) {
    if (typeof value !== 'string')
        return { kind: 'inline', component: readComponent(reader, value, path, here) };
    const text = value.trim();
    if (text.startsWith('azureml:')) {
        const latest = /^azureml:([^:@/]+)@latest$/.exec(text);
        const pinned = /^azureml:([^:@/]+):([^:@/]+)$/.exec(text);
        const name = latest?.[1] ?? pinned?.[1];
        const version = latest ? 'latest' : pinned?.[2];
        if (!name || !version || !asset_names/* ASSET_NAME */.jc.test(name) || (version !== 'latest' && !asset_names/* ASSET_VERSION */.mg.test(version)))
            reader.fail(path, 'expected azureml:<component name>:<version>, azureml:<name>@latest, or a component file (./train.yml).');
        return { kind: 'registered', reader, key: path, name, version };
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(text))
        reader.fail(path, 'expected a component file (./train.yml) or azureml:<name>:<version>.');
    const file = (0,external_node_path_.resolve)(here, text);
    if (!(0,paths/* isInside */.F)(context.root, file))
        reader.fail(path, `the component file must be inside the workspace (${context.root}).`);
    const loaded = await (0,yaml_reader/* loadYaml */.yv)(file, context.input);
    return { kind: 'inline', component: readComponent(loaded.reader, loaded.root, [], (0,external_node_path_.dirname)(file)) };
}
/** The anonymous component of a step that holds its own command (its inputs and outputs become the component's). */
function inlineCommandComponent(reader, path, step, here) {
    return {
        reader,
        key: path,
        fromStep: true,
        tags: {},
        run: readCommand(reader, step, path, here),
        // Filled from the step's inputs and outputs once the pipeline is read (job-yaml.ts stepComponentIo).
        inputs: {},
        outputs: {},
    };
}
/** One step `name` of `jobs:`. */
async function readStep(reader, value, name, here, context) {
    const path = ['jobs', name];
    if (!IO_NAME.test(name))
        reader.fail(path, 'step names are letters, digits and underscores, not starting with a digit.');
    const step = reader.object(value, path);
    requireCommandType(reader, step, path, 'step');
    const inline = (0,yaml_reader/* present */.Eb)(step.command) || !(0,yaml_reader/* present */.Eb)(step.component);
    if ((0,yaml_reader/* present */.Eb)(step.command) && (0,yaml_reader/* present */.Eb)(step.component))
        reader.fail([...path, 'command'], 'give component or command (with environment), not both.');
    reader.keys(step, path, inline ? INLINE_KEYS : NODE_KEYS, {
        ...REFUSED_COMMAND_KEYS,
        ...(inline
            ? {}
            : {
                code: 'code belongs to the component (its file or inline definition), not to the step.',
                environment: 'environment belongs to the component, not to the step.',
            }),
    });
    const component = inline
        ? { kind: 'inline', component: inlineCommandComponent(reader, path, step, here) }
        : await readComponentRef(reader, step.component, [...path, 'component'], here, context);
    const compute = reader.string(step, path, 'compute');
    const displayName = reader.string(step, path, 'display_name');
    const timeoutSeconds = !inline && (0,yaml_reader/* present */.Eb)(step.limits) ? readTimeout(reader, step.limits, [...path, 'limits']) : undefined;
    return {
        reader,
        key: path,
        name,
        component,
        ...(compute ? { compute } : {}),
        ...(displayName ? { displayName } : {}),
        inputs: readInputs(reader, step, path, here, { bindings: true }),
        outputs: readOutputs(reader, step, path, { bindings: true }),
        // An inline step's environment_variables, resources, distribution and limits are its command's (read above).
        environmentVariables: inline ? {} : reader.stringMap(step, path, 'environment_variables'),
        ...(!inline && (0,yaml_reader/* present */.Eb)(step.resources)
            ? { resources: readResources(reader, step.resources, [...path, 'resources']) }
            : {}),
        ...(!inline && (0,yaml_reader/* present */.Eb)(step.distribution)
            ? { distribution: readDistribution(reader, step.distribution, [...path, 'distribution']) }
            : {}),
        ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
    };
}

;// CONCATENATED MODULE: ./src/jobs/job-yaml.ts
// An Azure ML CLI v2 job file, `type: command` or `type: pipeline`, read as azure-ai-ml reads it
// (_schema/job/command_job.py CommandJobSchema, _schema/pipeline/pipeline_job.py PipelineJobSchema and the node
// schemas of _schema/pipeline/component_job.py), with the CLI's --set overrides laid over it first.






const COMMON_KEYS = [
    '$schema',
    'type',
    'name',
    'display_name',
    'experiment_name',
    'description',
    'tags',
    'properties',
    'inputs',
    'outputs',
    'compute',
];
const COMMAND_KEYS = [
    ...COMMON_KEYS,
    'command',
    'code',
    'environment',
    'environment_variables',
    'resources',
    'distribution',
    'limits',
];
const PIPELINE_KEYS = [...COMMON_KEYS, 'settings', 'jobs'];
/** Job names: azure-ai-ml's job name rule (a letter or digit, then letters, digits, '-' and '_'; 255 at most). */
const JOB_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;
/** Experiment names (the service's rule for run history experiments: letters, digits, - and _). */
const EXPERIMENT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,254}$/;
/** Reads a job file: its type, then every key of that type (unknown keys refused with the list of known ones). */
async function readJobFile(path, options) {
    const { root, reader } = await (0,yaml_reader/* loadYaml */.yv)((0,external_node_path_.resolve)(path), options.input, (doc) => applySetOverrides(doc, options.overrides, options.setInput));
    return jobFromYaml(root, reader, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(path)), options);
}
function readCommon(root, reader, here, pipeline) {
    const name = reader.string(root, [], 'name');
    if (name !== undefined && !JOB_NAME.test(name))
        reader.fail(['name'], 'a job name is 1 to 255 letters, digits, - and _, starting with a letter or digit. Remove name to have one generated.');
    const displayName = reader.string(root, [], 'display_name');
    const experimentName = reader.string(root, [], 'experiment_name');
    if (experimentName !== undefined && !EXPERIMENT_NAME.test(experimentName))
        reader.fail(['experiment_name'], 'an experiment name is 1 to 255 letters, digits, - and _, starting with a letter or digit.');
    const description = reader.string(root, [], 'description');
    return {
        reader,
        ...(name ? { name } : {}),
        ...(displayName ? { displayName } : {}),
        ...(experimentName ? { experimentName } : {}),
        ...(description ? { description } : {}),
        tags: reader.stringMap(root, [], 'tags'),
        properties: reader.stringMap(root, [], 'properties'),
        inputs: readInputs(reader, root, [], here, { bindings: false, dotted: pipeline }),
        outputs: readOutputs(reader, root, [], { bindings: false }),
    };
}
/** The job of a parsed file (exported for unit tests). */
async function jobFromYaml(root, reader, here, options) {
    const type = reader.string(root, [], 'type') ?? 'command';
    if (type === 'command') {
        reader.keys(root, [], COMMAND_KEYS, REFUSED_COMMAND_KEYS);
        const compute = reader.string(root, [], 'compute');
        const job = {
            type: 'command',
            ...readCommon(root, reader, here, false),
            run: readCommand(reader, root, [], here),
            ...(compute ? { compute } : {}),
        };
        return job;
    }
    if (type !== 'pipeline')
        reader.fail(['type'], `run-job runs command and pipeline jobs; a ${type} job needs az ml job create. Use type: command or type: pipeline.`);
    reader.keys(root, [], PIPELINE_KEYS, {
        ...REFUSED_COMMAND_KEYS,
        command: 'a pipeline runs its steps under jobs:; put the command in a step (jobs.<step>.command).',
    });
    const settings = {};
    if ((0,yaml_reader/* present */.Eb)(root.settings)) {
        const s = reader.object(root.settings, ['settings']);
        reader.keys(s, ['settings'], ['default_compute', 'default_datastore', 'continue_on_step_failure'], {
            force_rerun: 'force_rerun is not set by run-job (every submission runs every step). Remove it.',
            default_environment: 'give each step its environment. Remove default_environment.',
        });
        const defaultCompute = reader.string(s, ['settings'], 'default_compute');
        const defaultDatastore = reader.string(s, ['settings'], 'default_datastore');
        const continueOnStepFailure = reader.boolean(s, ['settings'], 'continue_on_step_failure');
        if (defaultCompute)
            settings.defaultCompute = defaultCompute;
        if (defaultDatastore)
            settings.defaultDatastore = defaultDatastore;
        if (continueOnStepFailure !== undefined)
            settings.continueOnStepFailure = continueOnStepFailure;
    }
    // `compute:` at the pipeline's top is its default compute (PipelineJob.compute), settings win.
    const compute = reader.string(root, [], 'compute');
    if (compute && !settings.defaultCompute)
        settings.defaultCompute = compute;
    if (!(0,yaml_reader/* present */.Eb)(root.jobs))
        reader.fail(['jobs'], 'required: the steps of the pipeline.');
    const jobsMap = reader.object(root.jobs, ['jobs']);
    if (Object.keys(jobsMap).length === 0)
        reader.fail(['jobs'], 'a pipeline needs at least one step.');
    const jobs = {};
    for (const [name, value] of Object.entries(jobsMap)) {
        jobs[name] = await readStep(reader, value, name, here, options);
    }
    const pipeline = {
        type: 'pipeline',
        ...readCommon(root, reader, here, true),
        settings,
        jobs,
    };
    for (const step of Object.values(jobs))
        stepComponentIo(pipeline, step);
    return pipeline;
}
/** A literal's parameter type, as azure-ai-ml infers it from the Python value (int, float, bool, str). */
function literalType(value) {
    if (/^-?\d+$/.test(value))
        return 'integer';
    if (/^-?(\d+\.\d*|\.\d+|\d+)(e[-+]?\d+)?$/i.test(value))
        return 'number';
    if (value === 'True' || value === 'False')
        return 'boolean';
    return 'string';
}
const job_yaml_PARENT_INPUT = /^\$\{\{\s*parent\.inputs\.([\w.]+)\s*\}\}$/;
const job_yaml_PARENT_OUTPUT = /^\$\{\{\s*parent\.outputs\.(\w+)\s*\}\}$/;
/**
 * The inputs and outputs of the component a step with its own command becomes: one per input and output the step
 * gives, typed from what it is bound to (Command._to_component of azure-ai-ml infers them the same way).
 */
function stepComponentIo(pipeline, step) {
    if (step.component.kind !== 'inline' || !step.component.component.fromStep)
        return;
    const component = step.component.component;
    for (const [name, input] of Object.entries(step.inputs)) {
        if (input.kind === 'literal')
            component.inputs[name] = { type: literalType(input.value) };
        else if (input.kind === 'data')
            component.inputs[name] = { type: input.type };
        else {
            const parentInput = job_yaml_PARENT_INPUT.exec(input.value)?.[1];
            const bound = parentInput ? pipeline.inputs[parentInput] : undefined;
            component.inputs[name] = {
                type: bound?.kind === 'literal'
                    ? literalType(bound.value)
                    : bound?.kind === 'data'
                        ? bound.type
                        : 'uri_folder',
            };
        }
    }
    for (const [name, output] of Object.entries(step.outputs)) {
        // `artifacts` is every command's own output (its ./outputs and ./logs), not one the component declares.
        if (name === ARTIFACTS_OUTPUT)
            continue;
        if (output.kind === 'data')
            component.outputs[name] = { type: output.type };
        else {
            const parentOutput = job_yaml_PARENT_OUTPUT.exec(output.value)?.[1];
            const bound = parentOutput ? pipeline.outputs[parentOutput] : undefined;
            component.outputs[name] = { type: bound?.kind === 'data' ? bound.type : 'uri_folder' };
        }
    }
}

// EXTERNAL MODULE: ./src/azureml/blob-upload.ts
var blob_upload = __webpack_require__(79393);
// EXTERNAL MODULE: ./src/azureml/data-registration.ts
var data_registration = __webpack_require__(8292);
// EXTERNAL MODULE: ./src/azureml/datastore-url.ts
var datastore_url = __webpack_require__(4831);
;// CONCATENATED MODULE: ./src/jobs/job-writes.ts
// What a checked job needs written before its PUT, in the CLI's order: code uploaded and registered (content-
// addressed, deploy/code-asset.ts), inline environments registered (deploy/environment-asset.ts), local inputs
// uploaded to LocalUpload/<hash>/<name>, and the pipeline's components registered as anonymous versions.






/** The name azure-ai-ml gives the components it registers for a pipeline (ANONYMOUS_COMPONENT_NAME). */
const ANONYMOUS_COMPONENT = 'azureml_anonymous';
/** Writes for one submission; equal code folders, environments and inputs are written once. */
class JobWriter {
    client;
    log;
    ensureCode;
    runs = new Map();
    uploads = new Map();
    constructor(client, log, 
    /** Registers (or reuses, once its files are checked) a local code folder; replaced in unit tests. */
    ensureCode = code_asset/* ensureCodeAsset */.g) {
        this.client = client;
        this.log = log;
        this.ensureCode = ensureCode;
    }
    /** The environment (found, reused or registered) and the code (reused or uploaded) of a command. */
    run(plan) {
        const key = JSON.stringify([
            plan.environment.kind === 'found'
                ? plan.environment.version.id
                : [plan.environment.name, plan.environment.version],
            plan.code?.kind === 'local' ? plan.code.folder.digest : plan.code?.id,
        ]);
        let ids = this.runs.get(key);
        if (!ids) {
            ids = (async () => {
                const environment = await (0,environment_asset/* ensureEnvironment */.sL)(this.client, plan.environment, this.log);
                const code = plan.code;
                if (!code)
                    return { environmentId: environment.id };
                if (code.kind === 'registered')
                    return { environmentId: environment.id, codeId: code.id };
                const asset = await this.ensureCode(this.client, code.folder.path, this.log);
                return { environmentId: environment.id, codeId: asset.version.id };
            })();
            this.runs.set(key, ids);
        }
        return ids;
    }
    /** The URI a data input is sent with: as checked, or where its local files were uploaded. */
    data(data) {
        if (data.kind === 'uri')
            return Promise.resolve(data.uri);
        const key = `${data.source.dataType}:${data.source.path}`;
        let uri = this.uploads.get(key);
        if (!uri) {
            uri = this.upload(data.source);
            this.uploads.set(key, uri);
        }
        return uri;
    }
    /** The inputs with their data URIs known. */
    async inputs(inputs) {
        const out = {};
        for (const [name, input] of Object.entries(inputs))
            out[name] = input.kind === 'data' ? { ...input, uri: await this.data(input.data) } : input;
        return out;
    }
    // Laid out as `az ml data create` and azure-ai-ml's job inputs lay local files out (localDataLayout): the short
    // datastore URI of LocalUpload/<hash>/<name>, with a trailing '/' for a uri_folder.
    async upload(source) {
        const datastore = await this.client.getDefaultDatastore();
        const secret = await this.client.getDatastoreSecrets(datastore.name);
        const layout = (0,data_registration/* localDataLayout */.kC)(source, datastore.name);
        await (0,blob_upload/* uploadFiles */.Zn)(source.files, {
            containerUrl: (0,datastore_url/* containerUrl */.NU)(datastore),
            accountName: datastore.accountName,
            secret,
            prefix: layout.prefix,
        }, { log: this.log });
        this.log(`Uploaded input ${source.path} (${source.files.length} files) to ${layout.dataUri}`);
        return layout.dataUri;
    }
    /** A step's component id: registered as is, or registered now as an anonymous version named by its content. */
    async component(plan) {
        if (plan.kind === 'registered')
            return plan.info.id;
        const ids = await this.run(plan.run);
        const spec = componentSpec(plan, ids);
        const version = anonymousVersion(spec);
        const existing = await this.client.getComponentVersion(ANONYMOUS_COMPONENT, version);
        if (existing)
            return existing.id;
        const created = await this.client.createComponentVersion(ANONYMOUS_COMPONENT, version, {
            properties: {
                componentSpec: { ...spec, name: ANONYMOUS_COMPONENT, version },
                ...(spec.description ? { description: spec.description } : {}),
                tags: spec.tags ?? {},
                isAnonymous: true,
                isArchived: false,
            },
        });
        this.log(`Registered component ${plan.spec.name ?? 'of step'} as ${ANONYMOUS_COMPONENT}:${version}.`);
        return created.id;
    }
}
/** The component's definition as azure-ai-ml sends it (CommandComponent._to_rest_object: snake_case YAML keys). */
function componentSpec(plan, ids) {
    const c = plan.spec;
    const run = c.run;
    return {
        $schema: 'https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json',
        name: c.name ?? ANONYMOUS_COMPONENT,
        version: c.version ?? '1',
        ...(c.displayName ? { display_name: c.displayName } : {}),
        ...(c.description ? { description: c.description } : {}),
        ...(Object.keys(c.tags).length ? { tags: c.tags } : {}),
        type: 'command',
        command: run.command,
        ...(ids.codeId ? { code: ids.codeId } : {}),
        environment: ids.environmentId,
        inputs: c.inputs,
        outputs: c.outputs,
        ...(c.isDeterministic !== undefined ? { is_deterministic: c.isDeterministic } : {}),
        _source: c.fromStep ? 'YAML.JOB' : 'YAML.COMPONENT',
    };
}
/** The version of an anonymous component: a hash of its definition less name and version (equal ones registered once). */
function anonymousVersion(spec) {
    const rest = { ...spec };
    delete rest.name;
    delete rest.version;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(rest)).digest('hex').slice(0, 30);
}

;// CONCATENATED MODULE: ./src/jobs/submit-job.ts
// Submits an Azure ML CLI v2 job file as `az ml job create --file <f> --set ...` does: read it (with the
// overrides), check everything against the disk and the workspace, then write what it needs (code, environments,
// local inputs, anonymous components) and PUT the job. Nothing is written before every check passed.









/** The job property that records what was submitted (planDigest), so a resubmission under the same name is known. */
const DEFINITION_PROPERTY = 'mlops.definition';
/** Reads, checks, writes and PUTs a job file; throws a ConfigurationError (file, key, line) before any write. */
async function submitJob(client, settings, log, 
/** What registers a local code folder (code-asset.ts); replaced in unit tests, which upload nothing. */
ensureCode) {
    const input = settings.inputs?.jobFile ?? 'job-file';
    const setInput = settings.inputs?.set ?? 'set';
    const experimentInput = settings.inputs?.experimentName ?? 'experiment-name';
    const root = (0,external_node_path_.resolve)(settings.workspaceRoot ?? process.cwd());
    const file = (0,external_node_path_.resolve)(settings.jobFile);
    if (!(0,paths/* isInside */.F)(root, file))
        throw new errors/* ConfigurationError */.j(`Input '${input}': ${settings.jobFile} is outside the workspace (${root}).`, input);
    if (settings.experimentName !== undefined && !EXPERIMENT_NAME.test(settings.experimentName))
        throw new errors/* ConfigurationError */.j(`Input '${experimentInput}': '${settings.experimentName}' is not an experiment name: 1 to 255 letters, digits, - and _, starting with a letter or digit.`, experimentInput);
    const overrides = parseSetOverrides(settings.set ?? [], setInput);
    const spec = await readJobFile(file, { input, overrides, setInput, root });
    const plan = await planJob({ client, root, input }, spec);
    const digest = planDigest(plan);
    const name = spec.name ?? generateJobName();
    if (spec.name) {
        const existing = await client.getJob(name);
        if (existing) {
            const recorded = existing.properties.properties?.[DEFINITION_PROPERTY];
            if (recorded === digest) {
                log(`Job ${name} already exists with this definition (status ${existing.properties.status ?? 'unknown'}): nothing submitted.`);
                return { name, job: existing, created: false };
            }
            spec.reader.fail(['name'], `a job named ${name} already exists in workspace '${client.address.workspace}' with another definition. Job names are unique: change name, or remove it to have one generated.`);
        }
    }
    const extras = {
        ...(settings.experimentName !== undefined ? { experimentName: settings.experimentName } : {}),
        properties: { [DEFINITION_PROPERTY]: digest },
    };
    const writer = new JobWriter(client, log, ensureCode);
    let body;
    if (plan.kind === 'command') {
        const ids = await writer.run(plan.run);
        body = commandJobBody(plan, ids, await writer.inputs(plan.inputs), extras);
    }
    else {
        const componentIds = {};
        const inputs = {};
        for (const step of plan.order) {
            componentIds[step] = await writer.component(plan.steps[step].component);
            inputs[step] = await writer.inputs(plan.steps[step].inputs);
        }
        body = pipelineJobBody(plan, componentIds, inputs, await writer.inputs(plan.inputs), extras);
    }
    const job = await client.createOrUpdateJob(name, body);
    log(`Created ${plan.kind} job ${name}${plan.kind === 'pipeline' ? ` (${plan.order.length} steps: ${plan.order.join(', ')})` : ''}.`);
    return { name, job, created: true };
}

// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
// EXTERNAL MODULE: ./src/actions/run-job/cancel.ts
var cancel = __webpack_require__(21581);
// EXTERNAL MODULE: ./src/azureml/data-plane.ts
var data_plane = __webpack_require__(64871);
;// CONCATENATED MODULE: ./src/actions/run-job/log-stream.ts
// One growing job log read piece by piece: where the next read starts, bytes turned into whole lines (a line split
// across two reads, or a UTF-8 character split across two ranges, is printed once, whole), and the last lines kept
// for a failure's report. azure-ai-ml re-downloads the whole file each poll and prints the lines past those it
// printed (_job_ops_helper._incremental_print); reading only the new bytes (Range) is the same output for less.
/** How many of a log's last lines are kept for the failure report. */
const TAIL_LINES = 40;
/** The logs azure-ai-ml streams: the common runtime's std_log.txt, or the primary process's one when distributed. */
// _job_ops_helper / JobLogPattern.COMMON_RUNTIME_STREAM_LOG_PATTERN (azure-ai-ml constants/_job/job.py).
const STREAMED_LOG = /^user_logs\/std_log[\D]*[0]*(?:_ps)?\.txt/;
/** The names of `logFiles` to stream, sorted (as azure-ai-ml filters and sorts them). */
function streamedLogs(logFiles) {
    return Object.keys(logFiles ?? {})
        .filter((name) => STREAMED_LOG.test(name))
        .sort();
}
class LogStream {
    /** The byte offset of the next read. */
    offset = 0;
    decoder = new TextDecoder('utf-8');
    partial = '';
    last = [];
    /** Takes the bytes read at `offset`; returns the lines they complete. */
    push(bytes) {
        if (bytes.length === 0)
            return [];
        this.offset += bytes.length;
        const text = this.partial + this.decoder.decode(bytes, { stream: true });
        const parts = text.split(/\r?\n/);
        this.partial = parts.pop() ?? '';
        return this.keep(parts);
    }
    /** The last, unterminated line (when the job ended without a new line). */
    flush() {
        const rest = this.partial + this.decoder.decode();
        this.partial = '';
        return rest === '' ? [] : this.keep([rest]);
    }
    /** The log's last lines (TAIL_LINES at most). */
    tail() {
        return [...this.last];
    }
    keep(lines) {
        for (const line of lines) {
            this.last.push(line);
            if (this.last.length > TAIL_LINES)
                this.last.shift();
        }
        return lines;
    }
}

;// CONCATENATED MODULE: ./src/actions/run-job/follow.ts




const DEFAULT_POLL = {
    activeMs: 300,
    quietMaxMs: 600,
    waitingMaxMs: 2000,
    eagerMs: 5000,
};
/** Polls in a row that may fail (after the pipeline's own retries) before following gives up. */
const MAX_POLL_FAILURES = 5;
/** Statuses before a job runs: no logs yet. */
const WAITING = new Set(['NotStarted', 'Starting', 'Provisioning', 'Preparing', 'Queued']);
class RunTracker {
    runId;
    step;
    status;
    error;
    done = false;
    logs = new Map();
    constructor(runId, step) {
        this.runId = runId;
        this.step = step;
    }
    get prefix() {
        return this.step === undefined ? '' : `[${this.step}] `;
    }
    outcome() {
        const tail = [...this.logs.values()].flatMap((log) => log.tail());
        return {
            runId: this.runId,
            ...(this.step !== undefined ? { step: this.step } : {}),
            status: this.status ?? 'NotStarted',
            ...(this.error ? { error: this.error } : {}),
            tail,
        };
    }
}
function describeError(details) {
    const e = details?.error?.error;
    if (!e || (!e.code && !e.message))
        return undefined;
    return [e.code, e.message].filter(Boolean).join(': ');
}
const seconds = (ms) => `${Math.max(0, Math.round(ms / 1000))} s`;
/** Follows `jobName` until it is terminal, the deadline passes, or the signal aborts. */
async function followJob(options, deps) {
    const poll = options.poll ?? DEFAULT_POLL;
    const started = deps.now();
    const job = new RunTracker(options.jobName, undefined);
    const steps = new Map();
    const observe = (run, status) => {
        if (run.status === status)
            return;
        run.status = status;
        const at = seconds(deps.now() - started);
        deps.print(run.step === undefined
            ? `Job ${run.runId}: ${status} (${at})`
            : `${run.prefix}${status} (job ${run.runId}, ${at})`);
    };
    /** Reads every streamed log of `run` up to its current end; prints the lines when `print`. Returns bytes read. */
    const pump = async (run, details, print) => {
        let total = 0;
        for (const name of streamedLogs(details.logFiles)) {
            let log = run.logs.get(name);
            if (!log) {
                log = new LogStream();
                run.logs.set(name, log);
            }
            for (;;) {
                const bytes = await deps.dataPlane.readLog(details.logFiles[name], log.offset);
                if (bytes.length > 0 && log.offset === 0 && print)
                    deps.print(`${run.prefix}Streaming ${name}`);
                total += bytes.length;
                for (const line of log.push(bytes))
                    if (print)
                        deps.print(`${run.prefix}${line}`);
                if (bytes.length < data_plane/* LOG_READ_MAX_BYTES */.f)
                    break;
            }
        }
        return total;
    };
    /** The last read of a run that ended: what is left of its logs, its unterminated last line, its error. */
    const finish = async (run, details) => {
        if (details) {
            const wanted = options.streamLogs || details.status === 'Failed';
            if (wanted)
                await pump(run, details, options.streamLogs);
            run.error = describeError(details);
        }
        for (const log of run.logs.values())
            for (const line of log.flush())
                if (options.streamLogs)
                    deps.print(`${run.prefix}${line}`);
        run.done = true;
    };
    /** One look at a pipeline's steps; returns the bytes of log read. */
    const followSteps = async () => {
        let total = 0;
        for (const child of await deps.dataPlane.listRunChildren(options.jobName)) {
            let run = steps.get(child.runId);
            if (!run) {
                run = new RunTracker(child.runId, child.displayName || child.runId);
                steps.set(child.runId, run);
            }
            if (run.done)
                continue;
            if ((0,jobs/* isTerminalJobStatus */.M8)(child.status)) {
                // Its last lines first, then how it ended.
                await finish(run, await deps.dataPlane.getRunDetails(child.runId));
                observe(run, child.status);
                continue;
            }
            observe(run, child.status);
            if (WAITING.has(child.status) || !options.streamLogs)
                continue;
            const details = await deps.dataPlane.getRunDetails(child.runId);
            if (details)
                total += await pump(run, details, true);
        }
        return total;
    };
    const result = (ended) => ({
        ended,
        job: job.outcome(),
        steps: [...steps.values()].map((s) => s.outcome()),
    });
    /** One poll: true when the job has ended (and was read one last time). */
    const pollOnce = async () => {
        const details = await deps.dataPlane.getRunDetails(options.jobName);
        const status = details?.status ?? 'NotStarted';
        if (!(0,jobs/* isTerminalJobStatus */.M8)(status)) {
            observe(job, status);
            let read = 0;
            if (options.pipeline)
                read = await followSteps();
            else if (details && options.streamLogs && !WAITING.has(status))
                read = await pump(job, details, true);
            return { ended: false, read, status };
        }
        // The job's (or its steps') last lines first, then how it ended.
        if (options.pipeline)
            await followSteps();
        await finish(job, details);
        observe(job, status);
        return { ended: true, read: 0, status };
    };
    let interval = poll.activeMs;
    let failures = 0;
    for (;;) {
        if (options.signal?.aborted)
            return result('aborted');
        let polled;
        try {
            polled = await pollOnce();
            failures = 0;
        }
        catch (error) {
            // The pipeline has retried already; a few more polls ride out a longer outage before the step gives up
            // (and its post step cancels the job).
            if (++failures > MAX_POLL_FAILURES)
                throw error;
            deps.print(`Could not read job ${options.jobName} (${failures}/${MAX_POLL_FAILURES}): ${(0,errors/* getErrorMessage */.u)(error)}`);
            polled = { ended: false, read: 0, status: job.status ?? 'NotStarted' };
        }
        if (polled.ended)
            return result('terminal');
        if (options.signal?.aborted)
            return result('aborted');
        if (options.deadline !== undefined && deps.now() >= options.deadline)
            return result('timeout');
        const waiting = WAITING.has(polled.status) || failures > 0;
        const eager = waiting && failures === 0 && deps.now() - started < poll.eagerMs;
        interval =
            polled.read > 0 || eager
                ? poll.activeMs
                : Math.min(Math.ceil(interval * 1.5), waiting ? poll.waitingMaxMs : poll.quietMaxMs);
        const untilDeadline = options.deadline !== undefined ? Math.max(0, options.deadline - deps.now()) : interval;
        await deps.sleep(Math.min(interval, untilDeadline), options.signal);
    }
}

// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
// EXTERNAL MODULE: ./src/actions/shared/scalar-inputs.ts
var scalar_inputs = __webpack_require__(2935);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/run-job/inputs.ts





/** The timeout-minutes bounds: a GitHub-hosted job runs 6 h at most, a self-hosted one up to 5 days. */
const TIMEOUT_MINUTES = { min: 1, max: 7200, default: 360 };
/** Parses and validates every input before any call to Azure. */
async function getInputs(env = process.env) {
    const jobFileValue = core/* getInput */.V4('job-file');
    if (!jobFileValue) {
        throw new errors/* ConfigurationError */.j(`Input 'job-file' is required: give the path of an Azure ML CLI v2 job YAML (type command or pipeline).`, 'job-file');
    }
    // Inside the workspace (not RUNNER_TEMP, which other path inputs allow): the YAML's own local paths (code,
    // inputs, components) are resolved from its folder and must stay in the workspace (submitJob checks them).
    const workspaceRoot = env.GITHUB_WORKSPACE || process.cwd();
    const jobFile = await (0,path_inputs/* existingFile */._h)('job-file', jobFileValue, env);
    await (0,path_inputs/* requireInsideRoots */.n5)('job-file', jobFile, [workspaceRoot], 'Keep the job file, its code and its local inputs in the repository.');
    const set = core/* getMultilineInput */.q3('set')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
    // The lines' keys and values are checked with the YAML (src/jobs: submitJob), which names this input.
    const experimentInput = core/* getInput */.V4('experiment-name').trim();
    const wait = (0,scalar_inputs/* parseBooleanInput */.S8)(core/* getInput */.V4('wait'), 'wait', true);
    const timeoutMinutes = (0,scalar_inputs/* parseIntegerInput */._p)(core/* getInput */.V4('timeout-minutes'), 'timeout-minutes', TIMEOUT_MINUTES.min, TIMEOUT_MINUTES.max, TIMEOUT_MINUTES.default);
    const streamLogs = (0,scalar_inputs/* parseBooleanInput */.S8)(core/* getInput */.V4('stream-logs'), 'stream-logs', true);
    const workspace = (0,workspace_inputs/* getWorkspaceInputs */.tS)(env);
    core/* debug */.Yz(`job-file: ${jobFile}, set: ${set.length} line(s), experiment-name: ${experimentInput || '-'}, wait: ${wait}, ` +
        `timeout-minutes: ${timeoutMinutes}, stream-logs: ${streamLogs}`);
    return {
        jobFile,
        set,
        ...(experimentInput ? { experimentName: experimentInput } : {}),
        wait,
        timeoutMs: timeoutMinutes * 60_000,
        streamLogs,
        workspaceRoot,
        workspace,
    };
}

;// CONCATENATED MODULE: ./src/actions/run-job/report.ts

/** Output name -> azureml://jobs/<job>/outputs/<output>: the job's (a pipeline's: the parent's) named outputs. */
function outputUris(jobName, job) {
    const out = {};
    for (const name of Object.keys(job?.properties.outputs ?? {}).sort())
        out[name] = (0,jobs/* jobOutputUri */.l4)(jobName, name);
    return out;
}
/** The job's studio page: the service's Studio endpoint (JobService), else the studio's runs URL of the workspace. */
function studioUrl(jobName, job, workspaceId) {
    const endpoint = job?.properties.services?.Studio?.endpoint;
    if (endpoint && /^https:\/\//.test(endpoint))
        return endpoint;
    return `https://ml.azure.com/runs/${encodeURIComponent(jobName)}?wsid=${workspaceId}`;
}
/** The run to blame for a job that did not complete: a pipeline's failed step, else the job itself. */
function failingRun(result) {
    return (result.steps.find((s) => s.status === 'Failed') ??
        result.steps.find((s) => s.status !== 'Completed' && s.error) ??
        result.job);
}
/** One line saying why the job did not complete. */
function failureMessage(jobName, status, result) {
    const run = failingRun(result);
    const where = run.step !== undefined ? ` at step '${run.step}' (job ${run.runId})` : '';
    const error = run.error ?? result.job.error;
    const verb = status === 'Canceled' ? 'was canceled' : status === 'Failed' ? 'failed' : `ended ${status}`;
    return `Job ${jobName} ${verb}${where}${error ? `: ${error}` : '.'}`;
}

// EXTERNAL MODULE: ./src/actions/run-job/state.ts
var state = __webpack_require__(50130);
// EXTERNAL MODULE: ./src/actions/shared/html.ts
var html = __webpack_require__(35860);
;// CONCATENATED MODULE: ./src/actions/run-job/summary.ts

const code = (text) => `<code>${(0,html/* escapeHtml */.Z)(text)}</code>`;
function formatNumber(value) {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
/** A `### title` section with a table of `rows` under `head`; '' when there are no rows. */
function tableSection(title, head, rows) {
    return rows.length > 0 ? `\n### ${title}\n${(0,html/* htmlTable */.I)(head, rows)}\n` : '';
}
/** One row per entry: its name, then its value as `show` writes it. */
function namedRows(entries, show) {
    return Object.entries(entries).map(([k, v]) => [(0,html/* escapeHtml */.Z)(k), show(v)]);
}
/** The job summary (Markdown with HTML tables): the job, its steps, outputs, metrics, and a failure's log tail. */
function renderSummary(report) {
    const out = [];
    const mark = report.status === 'Completed' ? '✅' : report.failure ? '❌' : '⏳';
    out.push(`## ${mark} Azure ML job ${(0,html/* escapeHtml */.Z)(report.jobName)}: ${(0,html/* escapeHtml */.Z)(report.status)}\n`);
    const facts = [
        ['Job', `<a href="${(0,html/* escapeHtml */.Z)(report.studioUrl)}">${(0,html/* escapeHtml */.Z)(report.jobName)}</a>`],
        ['Type', (0,html/* escapeHtml */.Z)(report.jobType)],
    ];
    if (report.displayName && report.displayName !== report.jobName)
        facts.push(['Display name', (0,html/* escapeHtml */.Z)(report.displayName)]);
    if (report.experimentName)
        facts.push(['Experiment', (0,html/* escapeHtml */.Z)(report.experimentName)]);
    facts.push(['Status', (0,html/* escapeHtml */.Z)(report.status)]);
    if (!report.created)
        facts.push(['Note', 'The job already existed with this definition: followed, not created again.']);
    if (report.seconds !== undefined)
        facts.push(['Followed for', `${Math.round(report.seconds)} s`]);
    out.push((0,html/* htmlTable */.I)(undefined, facts), '\n');
    out.push(tableSection('Steps', ['Step', 'Job', 'Status'], report.steps.map((s) => [(0,html/* escapeHtml */.Z)(s.step ?? ''), code(s.runId), (0,html/* escapeHtml */.Z)(s.status)])));
    if (report.failure) {
        const { run } = report.failure;
        out.push('\n### Failure\n');
        out.push(`${(0,html/* escapeHtml */.Z)(report.failure.message)}\n`);
        if (run.tail.length > 0) {
            const label = run.step !== undefined ? `step ${run.step}` : `job ${run.runId}`;
            out.push(`\nLast lines of the log of ${(0,html/* escapeHtml */.Z)(label)}:\n`);
            out.push(`<pre>${(0,html/* escapeHtml */.Z)(run.tail.join('\n'))}</pre>\n`);
        }
    }
    out.push(tableSection('Outputs', ['Output', 'URI'], namedRows(report.outputs, code)));
    out.push(tableSection('Metrics', ['Metric', 'Value'], namedRows(report.metrics, formatNumber)));
    return out.join('');
}

;// CONCATENATED MODULE: ./src/actions/run-job/main.ts












/** A job that did not complete (failed, canceled, timed out): the step fails with this message. */
class JobNotCompletedError extends Error {
    constructor(message) {
        super(message);
        this.name = 'JobNotCompletedError';
    }
}
/** Prints lines of the job's own logs with workflow commands off, so a log line cannot set outputs or masks. */
async function withCommandsStopped(fn) {
    const token = (0,external_node_crypto_.randomUUID)();
    core/* info */.pq(`::stop-commands::${token}`);
    try {
        return await fn();
    }
    finally {
        core/* info */.pq(`::${token}::`);
    }
}
/** Signs in and finds the workspace's data plane (its discovery and MLflow addresses come from ARM). */
async function openSession(inputs) {
    const { client, credential } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    const { dataPlane, workspaceId } = await (0,job_metrics/* openDataPlane */.LP)(client, credential);
    // Before the job exists: a data plane that cannot be reached fails the step with nothing to clean up.
    if (inputs.wait)
        await dataPlane.discover();
    return { client, dataPlane, workspaceId };
}
const toolkit = {
    getInputs: () => getInputs(),
    openSession,
    submitJob: submitJob,
    signals: process,
    now: () => Date.now(),
    sleep: cancel/* sleep */.yy,
    cancelWaitMs: cancel/* CANCEL_WAIT_MS */.e1,
};
function setOutputs(jobName, status, url, outputs, metrics) {
    core/* setOutput */.uH('job-name', jobName);
    core/* setOutput */.uH('status', status);
    core/* setOutput */.uH('studio-url', url);
    core/* setOutput */.uH('outputs', JSON.stringify(outputs));
    core/* setOutput */.uH('metrics', JSON.stringify(metrics));
}
/** run-job: submits a CLI v2 job YAML to Azure ML, follows it with its logs, and cancels it if the workflow is. */
async function run(deps = toolkit) {
    core/* saveState */.LZ(state/* STATE */.c.isPost, 'true');
    // A cancel before the job exists is remembered and acted on as soon as it does.
    const cancelled = new AbortController();
    const removeSignals = (0,cancel/* onCancelSignals */.PS)((signal) => {
        core/* info */.pq(`Received ${signal}: the workflow run was cancelled.`);
        cancelled.abort();
    }, deps.signals);
    try {
        await runJob(cancelled.signal, deps);
    }
    finally {
        removeSignals();
    }
}
async function runJob(cancelled, deps) {
    const inputs = await core/* group */.Os('Read inputs', () => deps.getInputs());
    const { client, dataPlane, workspaceId } = await deps.openSession(inputs);
    const submitted = await core/* group */.Os('Create the job', () => deps.submitJob(client, {
        jobFile: inputs.jobFile,
        workspaceRoot: inputs.workspaceRoot,
        set: inputs.set,
        ...(inputs.experimentName ? { experimentName: inputs.experimentName } : {}),
    }, (line) => core/* info */.pq(line)));
    const jobName = submitted.name;
    // Saved at once: if the runner kills this step before it cancels the job, the post step does.
    if (inputs.wait)
        core/* saveState */.LZ(state/* STATE */.c.jobName, jobName);
    const submittedAt = deps.now();
    const url = studioUrl(jobName, submitted.job, workspaceId);
    const outputs = outputUris(jobName, submitted.job);
    const props = submitted.job.properties;
    core/* info */.pq(`Job ${jobName} ${submitted.created ? 'created' : 'already existed with this definition'}: ${url}`);
    const report = (status, job, extra) => ({
        jobName,
        jobType: props.jobType,
        ...(props.displayName ? { displayName: props.displayName } : {}),
        ...((job?.properties.experimentName ?? props.experimentName)
            ? { experimentName: job?.properties.experimentName ?? props.experimentName }
            : {}),
        status,
        studioUrl: url,
        created: submitted.created,
        outputs,
        metrics: {},
        steps: [],
        ...extra,
    });
    if (!inputs.wait) {
        const status = props.status ?? 'NotStarted';
        setOutputs(jobName, status, url, outputs, {});
        await core/* summary */.z.addRaw(renderSummary(report(status, submitted.job, {}))).write();
        return;
    }
    const result = await withCommandsStopped(() => followJob({
        jobName,
        pipeline: props.jobType === 'Pipeline',
        streamLogs: inputs.streamLogs,
        deadline: submittedAt + inputs.timeoutMs,
        signal: cancelled,
    }, { dataPlane, print: (line) => core/* info */.pq(line), sleep: deps.sleep, now: deps.now }));
    let status = result.job.status;
    let why;
    if (result.ended !== 'terminal') {
        why =
            result.ended === 'aborted'
                ? 'the workflow run was cancelled'
                : `it did not end within timeout-minutes (${inputs.timeoutMs / 60_000})`;
        core/* info */.pq(`Cancelling job ${jobName}: ${why}.`);
        const final = await (0,cancel/* cancelAndWait */.LZ)(jobName, deps.cancelWaitMs, {
            jobs: client,
            print: (line) => core/* info */.pq(line),
            now: deps.now,
            sleep: (ms) => deps.sleep(ms),
        });
        status = final ?? status;
        core/* info */.pq(`Job ${jobName} is ${status}.`);
    }
    if ((0,jobs/* isTerminalJobStatus */.M8)(status))
        core/* saveState */.LZ(state/* STATE */.c.done, 'true');
    const finalJob = await client.getJob(jobName).catch(() => undefined);
    const metrics = await (0,job_metrics/* jobMetricsOrWarn */.Ow)(dataPlane, jobName, (message) => core/* warning */.$e(message), result.steps.map((s) => ({ runId: s.runId, ...(s.step !== undefined ? { step: s.step } : {}) })));
    setOutputs(jobName, status, url, outputUris(jobName, finalJob ?? submitted.job), metrics);
    const seconds = (deps.now() - submittedAt) / 1000;
    if (status === 'Completed' && !why) {
        await core/* summary */.z
            .addRaw(renderSummary(report(status, finalJob, { seconds, metrics, steps: result.steps })))
            .write();
        core/* info */.pq(`Job ${jobName} completed in ${Math.round(seconds)} s.`);
        return;
    }
    const message = !why
        ? failureMessage(jobName, status, result)
        : (0,jobs/* isTerminalJobStatus */.M8)(status)
            ? `Job ${jobName} was cancelled because ${why} (it is ${status}).`
            : `Job ${jobName} was asked to cancel because ${why}, but it is still ${status}: check it in the studio (${url}).`;
    const run = failingRun(result);
    if (!why && run.tail.length > 0) {
        const label = run.step !== undefined ? `step ${run.step}` : `job ${run.runId}`;
        await withCommandsStopped(async () => {
            core/* info */.pq(`Last lines of the log of ${label}:`);
            for (const line of run.tail)
                core/* info */.pq(`  ${line}`);
        });
    }
    await core/* summary */.z
        .addRaw(renderSummary(report(status, finalJob, { seconds, metrics, steps: result.steps, failure: { message, run } })))
        .write();
    throw new JobNotCompletedError(message);
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

/***/ 85374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ listBlobsAt),
/* harmony export */   o: () => (/* binding */ listStoredBlobs)
/* harmony export */ });
/* harmony import */ var _model_digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95305);
/* harmony import */ var _blob_upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79393);
/* harmony import */ var _datastore_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4831);
/* harmony import */ var _model_reference_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60127);




/**
 * Lists the blobs a datastore URI names (a model version's modelUri, a code version's codeUri), with their sizes and
 * sha256 metadata (one listing call per page, no download): the one blob of a single-file model (`kind: 'file'`, or
 * a URI without a trailing slash naming a blob), else every blob below the folder. The files must be in the
 * workspace's default datastore, where register-model, promotions and code uploads put them.
 */
async function listStoredBlobs(client, modelUri, kind) {
    const where = (0,_model_reference_js__WEBPACK_IMPORTED_MODULE_3__/* .parseDatastorePath */ .sq)(modelUri);
    if (!where)
        throw new Error(`The files at ${modelUri} are not at a datastore path: they cannot be checked.`);
    const datastore = await client.getDefaultDatastore();
    if (datastore.name !== where.datastore) {
        throw new Error(`The files at ${modelUri} are in datastore '${where.datastore}', not the workspace's default '${datastore.name}': they cannot be checked.`);
    }
    const { container, secret } = await (0,_blob_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .openDatastoreContainer */ .Dr)(client, datastore);
    const listed = await listBlobsAt(container, where.path, kind);
    return {
        target: {
            containerUrl: (0,_datastore_url_js__WEBPACK_IMPORTED_MODULE_2__/* .containerUrl */ .NU)(datastore),
            accountName: datastore.accountName,
            secret,
            prefix: listed.prefix,
        },
        folder: listed.folder,
        files: listed.blobs.map(({ path, size, sha256 }) => ({ path, size, ...(sha256 && { sha256 }) })),
    };
}
/**
 * The blobs at a datastore path of `container`: the one blob it names (`kind: 'file'`, or a path without a trailing
 * slash naming a blob), else every blob below the folder; with the prefix their paths follow.
 */
async function listBlobsAt(container, path, kind) {
    const trimmed = path.replace(/\/+$/, '');
    if (kind === 'file' || (kind === undefined && !path.endsWith('/'))) {
        const cut = trimmed.lastIndexOf('/');
        const one = await container
            .getBlobClient(trimmed)
            .getProperties()
            .catch((error) => {
            if (error.statusCode === 404)
                return undefined;
            throw error;
        });
        if (one || kind === 'file') {
            const sha256 = one?.metadata?.[_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .SHA256_METADATA */ .yn];
            const blobs = one
                ? [
                    {
                        name: trimmed,
                        path: trimmed.slice(cut + 1),
                        size: one.contentLength ?? 0,
                        ...(sha256 && { sha256 }),
                    },
                ]
                : [];
            return { blobs, folder: false, prefix: trimmed.slice(0, Math.max(cut, 0)) };
        }
    }
    const blobs = [];
    for await (const b of container.listBlobsFlat({ prefix: `${trimmed}/`, includeMetadata: true })) {
        const sha256 = b.metadata?.[_model_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .SHA256_METADATA */ .yn];
        blobs.push({
            name: b.name,
            path: b.name.slice(trimmed.length + 1),
            size: b.properties.contentLength ?? 0,
            ...(sha256 && { sha256 }),
        });
    }
    return { blobs, folder: true, prefix: trimmed };
}


/***/ }),

/***/ 22787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ modelVersionAsset),
/* harmony export */   f: () => (/* binding */ ensureStoredFiles)
/* harmony export */ });
/* harmony import */ var _model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99688);
// Before a registered asset is reused for these files (a model version, a code version): are its files all there?
// An asset can outlive its blobs (a storage account restored from a backup, a container cleaned up, a kill between
// upload and commit on a disk-less Azurite); reusing it as is would hand a deployment a model the storage
// initializer cannot download, or a job code that is not there.

/**
 * Whether the version's modelUri names a folder or one blob, from the URI itself (the same digest can be a folder
 * holding one file or that file alone): a trailing slash is a folder; a URI ending in the name of the one file
 * the digest covers is that file; else the listing decides (a blob there, or a folder).
 */
function layoutOf(modelUri, source) {
    if (modelUri.endsWith('/'))
        return 'folder';
    const last = modelUri.slice(modelUri.lastIndexOf('/') + 1);
    return source.files.length === 1 && source.files[0].path === last ? 'file' : undefined;
}
/** A model version as a StoredAsset. */
function modelVersionAsset(version, source) {
    const label = `${version.name} version ${version.version}`;
    if (!version.modelUri)
        throw new Error(`${label} has no modelUri: its files cannot be checked.`);
    return {
        label,
        uri: version.modelUri,
        layout: layoutOf(version.modelUri, source),
        whenExtra: `a deployment would get them too. Delete them from the datastore, or archive version ${version.version} and run again.`,
    };
}
/**
 * Checks that every local file is stored for the asset (same path, size and sha256 metadata: what the digest is
 * computed over, model/digest.ts) and uploads the missing or different ones again from the local files, which have
 * the same digest. The sha256 metadata is the proof, not Content-MD5: blob-upload sets sha256 on every blob, while
 * Content-MD5 is computed by the service only for single-shot uploads, not for a block list, and the digest is
 * defined over SHA-256. Blobs below the asset's folder that its files do not have are refused: they would be served
 * with it, and deleting files a person put there is not ours to do.
 */
async function ensureStoredFiles(client, asset, source, io, log) {
    const label = asset.label;
    const stored = await io.listBlobs(client, asset.uri, asset.layout);
    const diff = (0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFiles */ .pm)(source.files, stored.files);
    if (diff.extra.length > 0) {
        throw new Error(`${label} holds these files (digest ${source.digest}), but its folder ${asset.uri} also has ` +
            `${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.extra)}, which they do not: ${asset.whenExtra}`);
    }
    if (!(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .filesDiffer */ .IR)(diff)) {
        log(`All ${source.files.length} files of ${label} are there (sizes and sha256 match).`);
        return { files: source.files.length, restored: 0, restoredBytes: 0 };
    }
    const broken = new Set([...diff.missing, ...diff.changed]);
    log(`${label}: ${diff.missing.length} file(s) missing${diff.missing.length ? ` (${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.missing)})` : ''}, ` +
        `${diff.changed.length} different${diff.changed.length ? ` (${(0,_model_digest_check_js__WEBPACK_IMPORTED_MODULE_0__/* .someOf */ .yU)(diff.changed)})` : ''}: ` +
        `uploading them again from ${source.path} (same digest).`);
    const result = await io.upload(source.files.filter((f) => broken.has(f.path)), stored.target, { log });
    return { files: source.files.length, restored: result.uploadedFiles, restoredBytes: result.uploadedBytes };
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

/***/ 99688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   IR: () => (/* binding */ filesDiffer),
/* harmony export */   _e: () => (/* binding */ describeMismatch),
/* harmony export */   pm: () => (/* binding */ diffFiles),
/* harmony export */   yU: () => (/* binding */ someOf)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95305);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42710);
// Checks stored model files against what a digest was computed over (pure: the callers list or hash the files).
// Shared by register-model (reuse restores what is missing), deploy-endpoint (refuses a version whose files
// changed) and the emulator's provisioning (refuses to serve them), so the three agree on one rule.


const sorted = (paths) => [...paths].sort(_files_js__WEBPACK_IMPORTED_MODULE_1__/* .compareUtf8 */ .z);
/** Compares stored files with the expected ones (the local files whose digest the version carries). */
function diffFiles(expected, stored) {
    const byPath = new Map(stored.map((f) => [f.path, f]));
    const want = new Set(expected.map((f) => f.path));
    const missing = [];
    const changed = [];
    for (const f of expected) {
        const s = byPath.get(f.path);
        if (!s)
            missing.push(f.path);
        else if (s.size !== f.size || s.sha256 !== f.sha256)
            changed.push(f.path);
    }
    const extra = stored.filter((f) => !want.has(f.path)).map((f) => f.path);
    return { missing: sorted(missing), changed: sorted(changed), extra: sorted(extra) };
}
const filesDiffer = (d) => d.missing.length + d.changed.length + d.extra.length > 0;
function checkDigest(stored, digest) {
    const unhashed = sorted(stored.filter((f) => !f.sha256).map((f) => f.path));
    const computed = unhashed.length === 0
        ? (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .combineDigest */ .uN)(stored.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })))
        : undefined;
    return {
        ok: stored.length > 0 && computed === digest,
        ...(computed !== undefined && { computed }),
        unhashed,
        files: stored.length,
        bytes: stored.reduce((n, f) => n + f.size, 0),
    };
}
/** A few names of a list, and how many more. */
function someOf(paths, max = 5) {
    const shown = paths.slice(0, max).join(', ');
    return paths.length > max ? `${shown} and ${paths.length - max} more` : shown;
}
/**
 * What differs, for an error: "model m:3 (azureml://...): its files do not match its mlops.digest sha256:..:
 * 2 files (1234 bytes) there hash to sha256:..; model.pkl has no sha256 metadata (written by something else)".
 * Names files and sizes, never their content.
 */
function describeMismatch(label, digest, check) {
    const parts = [`${label}: its files do not match its digest ${digest}`];
    if (check.files === 0)
        parts.push('no file is there');
    else {
        parts.push(`the ${check.files} file(s) there (${check.bytes} bytes) ` +
            (check.computed ? `have digest ${check.computed}` : 'cannot make up that digest'));
    }
    if (check.unhashed.length > 0) {
        parts.push(`${someOf(check.unhashed)} carry no sha256 metadata (written after registration by something other than register-model)`);
    }
    else if (check.files > 0) {
        parts.push('a file was changed, added or removed after registration');
    }
    return parts.join('; ');
}


/***/ })

};
