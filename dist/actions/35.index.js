export const id = 35;
export const ids = [35];
export const modules = {

/***/ 91035:
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
// EXTERNAL MODULE: ./src/model/files.ts
var files = __webpack_require__(42710);
// EXTERNAL MODULE: ./src/model/layout.ts + 2 modules
var layout = __webpack_require__(9480);
// EXTERNAL MODULE: ./src/model/lineage.ts
var model_lineage = __webpack_require__(57820);
// EXTERNAL MODULE: ./src/model/package.ts
var model_package = __webpack_require__(20929);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/bounded-read.ts
var bounded_read = __webpack_require__(32091);
// EXTERNAL MODULE: ./src/contract/jobs.ts
var jobs = __webpack_require__(74236);
// EXTERNAL MODULE: ./src/model/metrics.ts
var metrics = __webpack_require__(25500);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(81601);
// EXTERNAL MODULE: ./src/paths.ts
var paths = __webpack_require__(8431);
// EXTERNAL MODULE: ./src/actions/shared/path-inputs.ts
var path_inputs = __webpack_require__(55746);
// EXTERNAL MODULE: ./src/actions/shared/workspace-inputs.ts
var workspace_inputs = __webpack_require__(45940);
;// CONCATENATED MODULE: ./src/actions/package-model/inputs.ts












function optional(name) {
    const v = core/* getInput */.V4(name);
    return v === '' ? undefined : v;
}
function required(name, value, example) {
    if (value === '')
        throw new errors/* ConfigurationError */.j(`Input '${name}' is required: set it, for example ${name}: ${example}.`, name);
    return value;
}
/** Parses and validates the inputs; every mistake is a ConfigurationError naming its input and the fix. */
async function getInputs() {
    const name = (0,names/* validateModelName */.H)(required('name', core/* getInput */.V4('name').trim(), 'diabetes-classifier'));
    core/* debug */.Yz(`name = ${name}`);
    const modelPathValue = required('model-path', core/* getInput */.V4('model-path').trim(), 'outputs/model');
    const jobOutput = (0,jobs/* parseJobOutputUri */.EL)(modelPathValue);
    if (!jobOutput && /^azureml:/i.test(modelPathValue)) {
        throw new errors/* ConfigurationError */.j(`Input 'model-path': '${modelPathValue}' is neither a folder nor a job output. Give a folder, or ` +
            `azureml://jobs/<job>/outputs/<output>[/paths/<path>] (run-job's outputs output lists them).`, 'model-path');
    }
    const runnerTemp = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const downloadRoot = (0,external_node_path_.join)(runnerTemp, 'mlops-job-outputs');
    let modelPath;
    if (jobOutput) {
        // Downloaded after every check: its folder is known now (downloadJobOutput's layout), for the overlap check.
        modelPath = (0,external_node_path_.join)(downloadRoot, jobOutput.job, jobOutput.output);
    }
    else {
        modelPath = await (0,path_inputs/* existingDir */.Tc)('model-path', modelPathValue);
        await (0,path_inputs/* requireInsideRoots */.n5)('model-path', modelPath, [process.env.GITHUB_WORKSPACE], 'Package models from the workspace: write or download the model below $GITHUB_WORKSPACE and point model-path there.');
    }
    core/* debug */.Yz(`model-path = ${jobOutput ? modelPathValue : modelPath}`);
    const modelType = (0,layout/* parseModelType */.P$)(core/* getInput */.V4('model-type'), 'model-type');
    core/* debug */.Yz(`model-type = ${modelType ?? 'auto'}`);
    const settings = { modelPath, name, outputPath: '' };
    if (jobOutput) {
        settings.jobOutput = jobOutput;
        settings.downloadRoot = downloadRoot;
        settings.workspace = (0,workspace_inputs/* getWorkspaceInputs */.tS)();
    }
    if (modelType)
        settings.modelType = modelType;
    const metricsValue = optional('metrics-file');
    if (metricsValue !== undefined) {
        settings.metricsFile = await (0,path_inputs/* insideFile */.no)('metrics-file', metricsValue.trim());
        settings.metrics = (0,metrics/* parseMetrics */.B)(await (0,bounded_read/* readBoundedText */.Ht)(settings.metricsFile, 'metrics-file', bounded_read/* MAX_JSON_INPUT_BYTES */.lj), settings.metricsFile, 'metrics-file');
        core/* debug */.Yz(`metrics-file = ${settings.metricsFile} (${Object.keys(settings.metrics).length} metrics)`);
    }
    const codeValue = optional('code-path');
    if (codeValue !== undefined) {
        settings.codePath = await (0,path_inputs/* insideDir */.m0)('code-path', codeValue.trim(), 'Package scoring code from the repository.');
        core/* debug */.Yz(`code-path = ${settings.codePath}`);
    }
    const environmentValue = optional('environment-file');
    if (environmentValue !== undefined) {
        settings.environmentFile = await (0,path_inputs/* insideFile */.no)('environment-file', environmentValue.trim(), 'Package the conda.yaml or requirements.txt from the repository.');
        core/* debug */.Yz(`environment-file = ${settings.environmentFile}`);
    }
    const outputValue = optional('output-path');
    settings.outputPath =
        outputValue !== undefined
            ? await (0,path_inputs/* insideOutputPath */.h$)('output-path', outputValue.trim(), 'Write the package below $GITHUB_WORKSPACE or $RUNNER_TEMP (the default, RUNNER_TEMP/mlops-packages/<name>).')
            : (0,external_node_path_.join)(runnerTemp, 'mlops-packages', name);
    for (const [input, path] of [
        ['model-path', settings.modelPath],
        ['code-path', settings.codePath],
    ]) {
        if (path && ((0,paths/* isInside */.F)(path, settings.outputPath) || (0,paths/* isInside */.F)(settings.outputPath, path))) {
            throw new errors/* ConfigurationError */.j(`Input 'output-path': ${settings.outputPath} overlaps ${input} ${path}. Write the package to a folder outside the model and code folders.`, 'output-path');
        }
    }
    core/* debug */.Yz(`output-path = ${settings.outputPath}`);
    return settings;
}

// EXTERNAL MODULE: ./src/actions/shared/sign-in.ts + 1 modules
var sign_in = __webpack_require__(53681);
;// CONCATENATED MODULE: ./src/actions/package-model/summary.ts

const TOP_FILES = 10;
function summary_escape(text) {
    return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** 1 -> "1 file", 2 -> "2 files". */
function countFiles(n) {
    return `${n} ${n === 1 ? 'file' : 'files'}`;
}
/** 1536 -> "1.5 KiB". */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
function table(head, rows) {
    const th = head.map((h) => `<th>${h}</th>`).join('');
    const trs = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
    return `<table>\n<tr>${th}</tr>\n${trs}\n</table>\n`;
}
function formatMetric(value) {
    if (typeof value === 'string')
        return summary_escape(value);
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(6)));
}
/**
 * The job summary of package-model, as a small model card (Markdown with HTML tables):
 * name, type and layout, digest, the largest files, metrics and lineage links.
 */
function renderModelCard(manifest, detected, packagePath, env = process.env) {
    const total = manifest.files.reduce((sum, f) => sum + f.size, 0);
    const out = [];
    out.push(`## Model package: ${summary_escape(manifest.name)}\n`);
    const facts = [
        ['Model type', `<code>${manifest.modelType}</code>`],
        ['Layout', summary_escape(manifest.layout)],
    ];
    if (detected.flavors)
        facts.push(['MLflow flavors', detected.flavors.map((f) => `<code>${summary_escape(f)}</code>`).join(', ')]);
    if (detected.tritonModels)
        facts.push(['Triton models', detected.tritonModels.map(summary_escape).join(', ')]);
    if (detected.onnxFiles)
        facts.push(['ONNX files', detected.onnxFiles.map(summary_escape).join(', ')]);
    facts.push(['Digest', `<code>${manifest.digest}</code>`]);
    facts.push(['Files', `${countFiles(manifest.files.length)} (${formatBytes(total)})`]);
    if (manifest.code)
        facts.push([
            'Scoring code',
            `${countFiles(manifest.code.files.length)}, <code>${manifest.code.digest}</code>`,
        ]);
    if (manifest.environment)
        facts.push(['Environment', `<code>${summary_escape(manifest.environment.file)}</code>`]);
    facts.push(['Package', `<code>${summary_escape(packagePath)}</code>`]);
    facts.push(['Created', summary_escape(manifest.createdAt)]);
    out.push(table(['Model', summary_escape(manifest.name)], facts));
    if (detected.warnings.length > 0) {
        out.push(detected.warnings.map((w) => `> [!WARNING]\n> ${summary_escape(w)}\n`).join('\n'));
    }
    const largest = [...manifest.files]
        .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
        .slice(0, TOP_FILES);
    out.push(`### Files\n`);
    const shown = largest.length < manifest.files.length
        ? `The ${largest.length} largest of ${manifest.files.length} files.`
        : `${manifest.files.length} ${manifest.files.length === 1 ? 'file' : 'files'}.`;
    out.push(`${shown} Total ${formatBytes(total)}.\n`);
    out.push(table(['Path', 'Size', 'SHA-256'], largest.map((f) => [
        `<code>${summary_escape(f.path)}</code>`,
        formatBytes(f.size),
        `<code>${f.sha256.slice(0, 12)}</code>`,
    ])));
    if (manifest.metrics && Object.keys(manifest.metrics).length > 0) {
        out.push(`### Metrics\n`);
        out.push(table(['Metric', 'Value'], Object.entries(manifest.metrics).map(([k, v]) => [summary_escape(k), formatMetric(v)])));
    }
    const lineage = [];
    if (manifest.git) {
        const url = (0,model_lineage/* commitUrl */.B)(manifest.git, env);
        const sha = summary_escape(manifest.git.commit.slice(0, 12));
        lineage.push(`- Commit: ${url ? `<a href="${summary_escape(url)}">${sha}</a>` : `<code>${sha}</code>`}${manifest.git.ref ? ` on <code>${summary_escape(manifest.git.ref)}</code>` : ''}`);
        if (manifest.git.repository)
            lineage.push(`- Repository: ${summary_escape(manifest.git.repository)}`);
    }
    if (manifest.run) {
        const label = `${manifest.run.workflow ? `${summary_escape(manifest.run.workflow)} ` : ''}run ${summary_escape(manifest.run.id)}${manifest.run.attempt ? ` (attempt ${summary_escape(manifest.run.attempt)})` : ''}`;
        lineage.push(`- Workflow run: ${manifest.run.url ? `<a href="${summary_escape(manifest.run.url)}">${label}</a>` : label}`);
    }
    if (lineage.length > 0)
        out.push(`### Lineage\n\n${lineage.join('\n')}\n`);
    out.push(`<sub>${summary_escape(manifest.tool.name)} ${summary_escape(manifest.tool.version)}</sub>\n`);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/actions/package-model/main.ts









/** package-model: validates a model folder and writes a verified package with a manifest. */
async function run() {
    const inputs = await core/* group */.Os('Read inputs', getInputs);
    if (inputs.jobOutput)
        await downloadModel(inputs, inputs.jobOutput);
    const { modelFiles, detected, codeFiles } = await core/* group */.Os('Detect the model layout', async () => {
        const modelFiles = await (0,files/* listFiles */.C)(inputs.modelPath, 'model-path');
        const detected = await (0,layout/* detectLayout */.ey)(inputs.modelPath, modelFiles, inputs.modelType);
        const total = modelFiles.reduce((sum, f) => sum + f.size, 0);
        core/* info */.pq(`${inputs.modelPath}: ${countFiles(modelFiles.length)}, ${formatBytes(total)}`);
        core/* info */.pq(`model type ${detected.modelType}, layout ${detected.layout}${detected.flavors ? `, flavors ${detected.flavors.join(', ')}` : ''}`);
        for (const warning of detected.warnings)
            core/* warning */.$e(warning);
        let codeFiles;
        if (inputs.codePath) {
            codeFiles = await (0,files/* listFiles */.C)(inputs.codePath, 'code-path');
            if (codeFiles.length === 0) {
                throw new errors/* ConfigurationError */.j(`Input 'code-path': ${inputs.codePath} has no files. Point it at the folder holding score.py.`, 'code-path');
            }
            core/* info */.pq(`${inputs.codePath}: ${countFiles(codeFiles.length)} of scoring code`);
        }
        return { modelFiles, detected, codeFiles };
    });
    const lineage = (0,model_lineage/* lineageFromEnv */.p)();
    const { packagePath, manifest } = await core/* group */.Os('Write the package', async () => {
        const started = Date.now();
        const written = await (0,model_package/* writePackage */.E)({
            outputPath: inputs.outputPath,
            name: inputs.name,
            modelType: detected.modelType,
            layout: detected.layout,
            modelFiles,
            ...(codeFiles && { codeFiles }),
            ...(inputs.environmentFile && { environmentFile: inputs.environmentFile }),
            ...(inputs.metrics && { metrics: inputs.metrics }),
            ...lineage,
            ...(inputs.jobLineage && { job: inputs.jobLineage }),
        });
        core/* info */.pq(`wrote ${written.packagePath} in ${Date.now() - started} ms`);
        core/* info */.pq(`digest ${written.manifest.digest}`);
        return written;
    });
    core/* setOutput */.uH('package-path', packagePath);
    core/* setOutput */.uH('digest', manifest.digest);
    core/* setOutput */.uH('model-type', manifest.modelType);
    await core/* summary */.z.addRaw(renderModelCard(manifest, detected, packagePath)).write();
}
/** model-path is a job output: signs in, downloads it (once) below RUNNER_TEMP and packages that folder. */
async function downloadModel(inputs, ref) {
    const { client } = await (0,sign_in/* signIn */.J)(inputs.workspace);
    // Loaded only here: packaging a local folder never loads the storage client.
    const { downloadJobOutput, jobLineageOf } = await Promise.all(/* import() */[__webpack_require__.e(738), __webpack_require__.e(352), __webpack_require__.e(940), __webpack_require__.e(578), __webpack_require__.e(760), __webpack_require__.e(574)]).then(__webpack_require__.bind(__webpack_require__, 91760));
    const out = await core/* group */.Os(`Download output '${ref.output}' of job ${ref.job}`, () => downloadJobOutput(client, ref, {
        input: 'model-path',
        downloadRoot: inputs.downloadRoot,
        log: (line) => core/* info */.pq(line),
    }));
    if (!out.downloaded.folder) {
        throw new errors/* ConfigurationError */.j(`Input 'model-path': ${out.modelUri} is one file; package-model packages a model folder. ` +
            `Point model-path at the folder holding it (the output, or /paths/<folder>).`, 'model-path');
    }
    inputs.modelPath = out.localPath;
    inputs.jobLineage = await jobLineageOf(client, out.job, ref);
}

;// CONCATENATED MODULE: ./src/actions/package-model/index.ts
// The function the package-model action's step runs (src/actions/index.ts runs it).



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

/***/ 50384:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h1: () => (/* binding */ MANIFEST_FILE),
  Tf: () => (/* binding */ PACKAGE_CODE_DIR),
  bj: () => (/* binding */ PACKAGE_ENVIRONMENT_DIR),
  fP: () => (/* binding */ PACKAGE_MODEL_DIR),
  lH: () => (/* binding */ TOOL_NAME),
  wr: () => (/* binding */ TOOL_VERSION),
  Ng: () => (/* binding */ parseManifest),
  MZ: () => (/* binding */ serializeManifest)
});

// UNUSED EXPORTS: isSafeRelativePath

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/json-text.ts + 1 modules
var json_text = __webpack_require__(36641);
// EXTERNAL MODULE: ./src/model/layout.ts + 2 modules
var layout = __webpack_require__(9480);
;// CONCATENATED MODULE: ./src/model/manifest.ts




/** The manifest's file name at the root of a package. */
const MANIFEST_FILE = 'mlops-package.json';
/** Folders of a package: the model files, the scoring code, the environment file. */
const PACKAGE_MODEL_DIR = 'model';
const PACKAGE_CODE_DIR = 'code';
const PACKAGE_ENVIRONMENT_DIR = 'environment';
const TOOL_NAME = 'mlops-actions';
const TOOL_VERSION = package_namespaceObject.rE;
const LAYOUTS = ['custom', 'mlflow', 'onnx', 'triton'];
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const SHA256 = /^[0-9a-f]{64}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A relative POSIX path that stays inside its folder (no `..`, no absolute path, no empty segment). */
function isSafeRelativePath(path) {
    if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0'))
        return false;
    return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
function checkFiles(value, where, problems) {
    if (!Array.isArray(value)) {
        problems.push(`${where} is not a list`);
        return [];
    }
    const out = [];
    value.forEach((f, i) => {
        if (!isObject(f) ||
            typeof f.path !== 'string' ||
            !isSafeRelativePath(f.path) ||
            typeof f.size !== 'number' ||
            !Number.isSafeInteger(f.size) ||
            f.size < 0 ||
            typeof f.sha256 !== 'string' ||
            !SHA256.test(f.sha256)) {
            problems.push(`${where}[${i}] is not {path, size, sha256}`);
            return;
        }
        out.push({ path: f.path, size: f.size, sha256: f.sha256 });
    });
    return out;
}
function optionalString(obj, key, where, problems) {
    const v = obj[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        problems.push(`${where}.${key} is not a string`);
    return typeof v === 'string' ? v : undefined;
}
/**
 * Parses and validates a manifest's JSON text. `source` names the file in messages.
 * Throws a ConfigurationError naming `inputName` when it is not a manifest this version understands.
 */
function parseManifest(text, source, inputName) {
    const fail = (why) => {
        throw new errors/* ConfigurationError */.j(`Input '${inputName}': ${source} is not a valid package manifest (${why}). Re-run package-model to write the package again.`, inputName);
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return fail(`not JSON at ${(0,json_text/* jsonErrorWhere */.S)(text)}`);
    }
    if (!isObject(doc))
        return fail('not a JSON object');
    if (doc.schemaVersion !== 1) {
        return fail(`schemaVersion ${typeof doc.schemaVersion === 'number' ? doc.schemaVersion : `is not a number`}; this version of ${TOOL_NAME} reads schemaVersion 1`);
    }
    const problems = [];
    if (typeof doc.name !== 'string' || doc.name === '')
        problems.push('name is missing');
    if (!layout/* MODEL_TYPES */.me.includes(doc.modelType))
        problems.push(`modelType is not one of ${layout/* MODEL_TYPES */.me.join(', ')}`);
    if (!LAYOUTS.includes(doc.layout))
        problems.push(`layout is not one of ${LAYOUTS.join(', ')}`);
    if (typeof doc.digest !== 'string' || !DIGEST.test(doc.digest))
        problems.push('digest is not sha256:<64 hex>');
    const files = checkFiles(doc.files, 'files', problems);
    if (Array.isArray(doc.files) && doc.files.length === 0)
        problems.push('files is empty');
    if (typeof doc.createdAt !== 'string' || Number.isNaN(Date.parse(doc.createdAt)))
        problems.push('createdAt is not an ISO date');
    if (!isObject(doc.tool) || typeof doc.tool.name !== 'string' || typeof doc.tool.version !== 'string') {
        problems.push('tool is not {name, version}');
    }
    const manifest = {
        schemaVersion: 1,
        name: doc.name,
        modelType: doc.modelType,
        layout: doc.layout,
        digest: doc.digest,
        files,
        createdAt: doc.createdAt,
        tool: isObject(doc.tool)
            ? { name: String(doc.tool.name), version: String(doc.tool.version) }
            : { name: '', version: '' },
    };
    if (doc.code !== undefined) {
        if (!isObject(doc.code) || typeof doc.code.digest !== 'string' || !DIGEST.test(doc.code.digest)) {
            problems.push('code is not {digest, files}');
        }
        else {
            manifest.code = { digest: doc.code.digest, files: checkFiles(doc.code.files, 'code.files', problems) };
        }
    }
    if (doc.environment !== undefined) {
        const env = doc.environment;
        if (!isObject(env) ||
            typeof env.file !== 'string' ||
            !isSafeRelativePath(env.file) ||
            env.file.includes('/') ||
            typeof env.sha256 !== 'string' ||
            !SHA256.test(env.sha256)) {
            problems.push('environment is not {file, sha256}');
        }
        else {
            manifest.environment = { file: env.file, sha256: env.sha256 };
        }
    }
    if (doc.git !== undefined) {
        if (!isObject(doc.git) || typeof doc.git.commit !== 'string')
            problems.push('git is not {commit, ref, repository}');
        else {
            manifest.git = { commit: doc.git.commit };
            const ref = optionalString(doc.git, 'ref', 'git', problems);
            const repository = optionalString(doc.git, 'repository', 'git', problems);
            if (ref !== undefined)
                manifest.git.ref = ref;
            if (repository !== undefined)
                manifest.git.repository = repository;
        }
    }
    if (doc.run !== undefined) {
        if (!isObject(doc.run) || typeof doc.run.id !== 'string')
            problems.push('run is not {id, attempt, url, workflow}');
        else {
            manifest.run = { id: doc.run.id };
            for (const key of ['attempt', 'url', 'workflow']) {
                const v = optionalString(doc.run, key, 'run', problems);
                if (v !== undefined)
                    manifest.run[key] = v;
            }
        }
    }
    if (doc.job !== undefined) {
        const job = doc.job;
        if (!isObject(job) ||
            typeof job.name !== 'string' ||
            typeof job.output !== 'string' ||
            !Array.isArray(job.data) ||
            job.data.some((d) => typeof d !== 'string')) {
            problems.push('job is not {name, output, code, environment, data, step}');
        }
        else {
            manifest.job = { name: job.name, output: job.output, data: job.data };
            for (const key of ['code', 'environment', 'step']) {
                const v = optionalString(job, key, 'job', problems);
                if (v !== undefined)
                    manifest.job[key] = v;
            }
        }
    }
    if (doc.metrics !== undefined) {
        if (!isObject(doc.metrics) ||
            Object.values(doc.metrics).some((v) => typeof v !== 'number' && typeof v !== 'string')) {
            problems.push('metrics is not a map of numbers and strings');
        }
        else {
            manifest.metrics = doc.metrics;
        }
    }
    if (problems.length > 0)
        fail(problems.slice(0, 5).join('; '));
    return manifest;
}
/** The manifest as written to disk: stable key order, two-space indent, trailing newline. */
function serializeManifest(manifest) {
    const ordered = {
        schemaVersion: 1,
        name: manifest.name,
        modelType: manifest.modelType,
        layout: manifest.layout,
        digest: manifest.digest,
        files: manifest.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
        ...(manifest.code && { code: manifest.code }),
        ...(manifest.environment && { environment: manifest.environment }),
        ...(manifest.git && { git: manifest.git }),
        ...(manifest.run && { run: manifest.run }),
        ...(manifest.job && { job: manifest.job }),
        ...(manifest.metrics && { metrics: manifest.metrics }),
        createdAt: manifest.createdAt,
        tool: manifest.tool,
    };
    return `${JSON.stringify(ordered, null, 2)}\n`;
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
