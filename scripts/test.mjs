#!/usr/bin/env node
// `npm test`: the jest suite (the unit and integration projects of jest.config.js) with the emulator recording every
// ARM exchange (MLOPS_CONTRACT_RECORD_DIR, see src/emulator/exchange-log.ts), then the contract project
// (__tests__/contract) over those recordings. Exits non-zero when either phase fails; the recordings' temporary
// folder is removed at the end. The suite runs with MLOPS_ARM_MAX_POLL_INTERVAL_MS=200 unless set (see below). `npm run test:unit` is `npm test -- --selectProjects=unit` (no emulator: the contract
// phase is skipped); `npm run test:integration` is `npm test -- --selectProjects=integration`.
//
// Arguments after `npm test --` go to both jest runs (--ci, --json, ...), except what selects tests (paths,
// --testPathPatterns, -t, --onlyChanged, ...), which selects the suite's tests only. With such a filter, the contract
// phase checks what the selected tests recorded and is skipped when they recorded nothing (a unit test, say);
// without one, an empty recording fails it. `--selectProjects=<unit|integration>` (one project each) selects the
// suite's projects the same way. Paths into __tests__/contract select the contract phase's tests. `--outputFile=<f>` of the contract phase is written to <f>.contract.json.
// Options that take a value are passed as `--name=value` (or, for the ones listed in VALUE_OPTIONS, `--name value`).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const JEST = join(root, 'node_modules', 'jest', 'bin', 'jest.js');
const CONTRACT_TESTS = '__tests__/contract/';
/** jest.config.js's projects: the suite's, and the one that checks what the suite recorded. */
const SUITE_PROJECTS = ['unit', 'integration'];
const CONTRACT_PROJECT = 'contract';

/** jest options whose value may follow as the next argument. */
const VALUE_OPTIONS = new Set([
  '-c',
  '--config',
  '-t',
  '--testNamePattern',
  '--testPathPatterns',
  '--testPathIgnorePatterns',
  '--outputFile',
  '-w',
  '--maxWorkers',
  '--shard',
  '--reporters',
  '--testTimeout',
  '--seed',
  '--selectProjects',
  '--changedSince',
  '--coverageDirectory',
  '--findRelatedTests',
]);
/** Options that select tests: they narrow the suite, and the contract test is not among what they select. */
const SELECTING = new Set([
  '-t',
  '--testNamePattern',
  '--testPathPatterns',
  '-o',
  '--onlyChanged',
  '--onlyFailures',
  '-f',
  '--lastCommit',
  '--changedSince',
  '--findRelatedTests',
  '--selectProjects',
]);

/**
 * Splits the arguments into test selectors (for the suite only), the suite's projects (each `--selectProjects`
 * names one; unit and integration when none does) and options (for both runs).
 */
function splitArguments(args) {
  const selectors = [];
  const options = [];
  const projects = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg.split('=')[0];
    const group = VALUE_OPTIONS.has(arg) && i + 1 < args.length ? [arg, args[++i]] : [arg];
    if (name === '--selectProjects') projects.push(group.length > 1 ? group[1] : arg.slice(name.length + 1));
    else if (!arg.startsWith('-') || SELECTING.has(name)) selectors.push(...group);
    else options.push(...group);
  }
  return { selectors, options, projects };
}

/** The contract phase's options: the same, its --outputFile renamed so it does not overwrite the suite's. */
function contractOptions(options) {
  return options.map((arg, i) => {
    if (arg.startsWith('--outputFile='))
      return `--outputFile=${contractFile(arg.slice('--outputFile='.length))}`;
    if (options[i - 1] === '--outputFile') return contractFile(arg);
    return arg;
  });
}
const contractFile = (file) => file.replace(/(\.json)?$/, '.contract.json');

let child;
function jest(args, env) {
  return new Promise((resolvePromise) => {
    child = spawn(process.execPath, ['--experimental-vm-modules', JEST, ...args], {
      cwd: root,
      env,
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => resolvePromise(signal ? 1 : (code ?? 1)));
  });
}

const folder = mkdtempSync(join(tmpdir(), 'mlops-contract-'));
// Node's compile cache (V8 code cache) for every node process of the run: the suite starts the bundled actions a few
// hundred times (3.5 MB each); with the cache each start compiles about half as much. It changes no behaviour.
const compileCache = mkdtempSync(join(tmpdir(), 'mlops-test-compile-cache-'));
const cleanUp = () => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(compileCache, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    child?.kill(signal);
    cleanUp();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

let exitCode = 1;
try {
  const { selectors, options, projects } = splitArguments(process.argv.slice(2));
  const partial = selectors.length > 0 || projects.length > 0;
  // The emulator answers in well under a second: the actions' long-running-operation waits poll at most every
  // 200 ms (MLOPS_ARM_MAX_POLL_INTERVAL_MS, src/azureml/retry-settings.ts) instead of 1-5 s, unless the caller set it.
  const suiteEnv = {
    MLOPS_ARM_MAX_POLL_INTERVAL_MS: '200',
    NODE_COMPILE_CACHE: compileCache,
    ...process.env,
    MLOPS_CONTRACT_RECORD_DIR: folder,
  };
  delete suiteEnv.MLOPS_CONTRACT_RECORDINGS;
  const suite = await jest(
    [
      ...options,
      ...selectors,
      // After the selectors: this array option takes the words after it (a path there would be read as a project).
      '--selectProjects',
      ...(projects.length > 0 ? projects : SUITE_PROJECTS),
      `--testPathIgnorePatterns=/${CONTRACT_TESTS}`,
      ...(partial ? ['--passWithNoTests'] : []),
    ],
    suiteEnv,
  );

  const recorded = existsSync(folder) && readdirSync(folder).some((name) => name.endsWith('.jsonl'));
  // Paths into __tests__/contract select contract tests (the suite run above has none of them).
  const contractPaths = selectors.filter(
    (arg) => !arg.startsWith('-') && /(^|\/)__tests__\/contract(\/|$)/.test(arg.replace(/\\/g, '/')),
  );
  const skipped = partial && !recorded && contractPaths.length === 0;
  let contract = 0;
  if (skipped) {
    console.log(`\nnpm test: contract phase skipped: the selected tests recorded no ARM exchange.`);
  } else {
    console.log(
      `\nnpm test: contract phase: the recorded ARM exchanges against the spec (${CONTRACT_TESTS})`,
    );
    const contractEnv = { ...process.env, MLOPS_CONTRACT_RECORDINGS: folder };
    delete contractEnv.MLOPS_CONTRACT_RECORD_DIR;
    contract = await jest(
      [
        ...contractOptions(options),
        `--selectProjects=${CONTRACT_PROJECT}`,
        ...(contractPaths.length > 0 ? contractPaths : [CONTRACT_TESTS]),
        // Nothing recorded in a selective run: the contract test's own tests only.
        ...(partial && !recorded ? ['--testPathIgnorePatterns=/recorded-exchanges\\.'] : []),
      ],
      contractEnv,
    );
  }
  console.log(
    `npm test: suite ${suite === 0 ? 'passed' : 'failed'}, contract ` +
      `${skipped ? 'skipped' : contract === 0 ? 'passed' : 'failed'}` +
      `${partial ? ` (tests selected: ${[...projects.map((p) => `--selectProjects=${p}`), ...selectors].join(' ')})` : ''}`,
  );
  exitCode = suite !== 0 ? suite : contract;
} finally {
  cleanUp();
}
process.exit(exitCode);
