// Which packages of an environment the local python must import: the distributions of a conda file (the environment
// asset's condaFile, a conda environment.yml as content) mapped to the module names python imports them by. The
// emulator installs nothing: it names what is missing in the deployment's log before init() runs.
import { parse } from 'yaml';

/** Conda and pip names that are not python modules (the interpreter, the installers, compilers, system libraries). */
const NOT_MODULES = new Set([
  'python',
  'pip',
  'setuptools',
  'wheel',
  'conda',
  'libgcc-ng',
  'libstdcxx-ng',
  'openssl',
  'ca-certificates',
  'cudatoolkit',
  'cudnn',
  'nccl',
  'mkl',
  'openmpi',
  'gxx_linux-64',
]);

/**
 * Distributions the emulator itself stands in for: it runs the scoring script with its own inference server
 * (azureml-inference-server-http's contract), and azureml-defaults is the metapackage that pulls that server in
 * (how-to-inference-server-http; the conda files of Azure/azureml-examples list one or the other).
 */
export const PROVIDED_BY_EMULATOR = new Set(['azureml-inference-server-http', 'azureml-defaults']);

/** Distributions whose module has another name (PyPI name -> import name). */
const IMPORT_NAMES: Record<string, string> = {
  'scikit-learn': 'sklearn',
  sklearn: 'sklearn',
  'scikit-image': 'skimage',
  'opencv-python': 'cv2',
  'opencv-python-headless': 'cv2',
  pillow: 'PIL',
  pyyaml: 'yaml',
  'python-dateutil': 'dateutil',
  beautifulsoup4: 'bs4',
  protobuf: 'google.protobuf',
  pytorch: 'torch',
  'pytorch-cpu': 'torch',
  'tensorflow-cpu': 'tensorflow',
  'tensorflow-gpu': 'tensorflow',
  'onnxruntime-gpu': 'onnxruntime',
  'azureml-mlflow': 'azureml.mlflow',
  'azureml-core': 'azureml.core',
  'azure-ai-ml': 'azure.ai.ml',
  'azure-identity': 'azure.identity',
  'azure-storage-blob': 'azure.storage.blob',
  'inference-schema': 'inference_schema',
  'py-xgboost': 'xgboost',
  lightgbm: 'lightgbm',
  'msgpack-python': 'msgpack',
  attrs: 'attr',
};

/** One distribution and the module that shows it is importable. */
export interface PythonPackage {
  distribution: string;
  module: string;
}

/** The bare distribution name of a conda or pip requirement (`scikit-learn=1.0.2`, `numpy>=1.21`, `x[extra]`). */
export function distributionName(spec: string): string | undefined {
  const text = spec.trim();
  // Options (-r, --extra-index-url), URLs and paths name no distribution we could check.
  if (text === '' || text.startsWith('-') || /^[a-z+]+:\/\//i.test(text) || /^[./~]/.test(text))
    return undefined;
  const withoutChannel = text.includes('::') ? text.split('::').pop()! : text;
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(withoutChannel);
  return m ? m[1]!.toLowerCase() : undefined;
}

/** The module name python imports a distribution by. */
export function importName(distribution: string): string {
  const name = distribution.toLowerCase();
  return IMPORT_NAMES[name] ?? name.replace(/-/g, '_');
}

/**
 * The requirements a conda file lists: its conda dependencies and its `pip:` list, as written. Throws when the
 * content is not YAML.
 */
export function condaRequirements(content: string): string[] {
  const doc = parse(content) as { dependencies?: unknown } | null;
  const deps = doc && typeof doc === 'object' && Array.isArray(doc.dependencies) ? doc.dependencies : [];
  const specs: string[] = [];
  for (const dep of deps) {
    if (typeof dep === 'string') specs.push(dep);
    else if (dep && typeof dep === 'object' && Array.isArray((dep as { pip?: unknown }).pip)) {
      for (const p of (dep as { pip: unknown[] }).pip) if (typeof p === 'string') specs.push(p);
    }
  }
  return specs;
}

/** The distributions to check, each once, with their module names: not the interpreter, installers, or ours. */
export function packagesToCheck(specs: string[]): PythonPackage[] {
  const seen = new Set<string>();
  const out: PythonPackage[] = [];
  for (const spec of specs) {
    const distribution = distributionName(spec);
    if (!distribution || NOT_MODULES.has(distribution) || PROVIDED_BY_EMULATOR.has(distribution)) continue;
    if (seen.has(distribution)) continue;
    seen.add(distribution);
    out.push({ distribution, module: importName(distribution) });
  }
  return out;
}

/**
 * A python program that prints, as one JSON line, its interpreter and version and the modules of argv[1] (a JSON
 * list) that it cannot find. find_spec of a top-level name runs no package code; a dotted name imports its parent packages.
 */
export const IMPORT_CHECK_PY = [
  'import importlib.util, json, sys',
  'missing = []',
  'for name in json.loads(sys.argv[1]):',
  '    try:',
  '        found = importlib.util.find_spec(name) is not None',
  '    except Exception:',
  '        found = False',
  '    if not found:',
  '        missing.append(name)',
  'print(json.dumps({"python": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3], "missing": missing}))',
].join('\n');
