// The curated environments the emulator serves with the local python, and how a deployment names an environment.
//
// Azure ML publishes its curated environments in the `azureml` registry (concept-environments, "Curated
// environments": `azureml://registries/azureml/environments/<name>/versions/<v>` or `.../labels/latest`), and older
// ones, named `AzureML-<framework>-<os>-<python>-<cpu|gpu>`, are visible in every workspace
// (`azureml:AzureML-sklearn-1.0-ubuntu20.04-py38-cpu@latest` in Azure/azureml-examples' YAMLs). A curated
// environment carries azureml-inference-server-http and its framework; the emulator runs the scoring script with the
// local python instead, and names the curated environment's packages that python lacks (python-packages.ts).

/** A curated environment the emulator knows: its distributions, as its conda file lists them. */
export interface CuratedEnvironment {
  name: string;
  packages: string[];
}

const SERVER = 'azureml-inference-server-http';
const SKLEARN = ['scikit-learn', 'numpy', 'pandas', 'scipy', 'joblib', 'mlflow', 'azureml-mlflow', SERVER];

/** Names compared case-insensitively, as Azure ML compares asset names within a workspace. */
const CURATED: CuratedEnvironment[] = [
  // The azureml registry (concept-environments; ml.azure.com "Environments > Curated").
  { name: 'sklearn-1.0', packages: SKLEARN },
  { name: 'sklearn-1.1', packages: SKLEARN },
  { name: 'sklearn-1.5', packages: SKLEARN },
  { name: 'minimal-py310-inference', packages: [SERVER] },
  { name: 'minimal-py311-inference', packages: [SERVER] },
  { name: 'minimal-py312-inference', packages: [SERVER] },
  { name: 'minimal-ubuntu20.04-py38-cpu-inference', packages: [SERVER] },
  { name: 'minimal-ubuntu22.04-py39-cpu-inference', packages: [SERVER] },
  { name: 'mlflow-py312-inference', packages: ['mlflow', SERVER] },
  { name: 'mlflow-ubuntu20.04-py38-cpu-inference', packages: ['mlflow', SERVER] },
  // The workspace-visible AzureML-* names (Azure/azureml-examples YAMLs and notebooks).
  { name: 'AzureML-Minimal', packages: ['azureml-defaults'] },
  { name: 'AzureML-minimal-ubuntu18.04-py37-cpu-inference', packages: [SERVER] },
  { name: 'AzureML-minimal-ubuntu20.04-py38-cpu-inference', packages: [SERVER] },
  { name: 'AzureML-sklearn-0.24-ubuntu18.04-py37-cpu', packages: SKLEARN },
  { name: 'AzureML-sklearn-0.24.1-ubuntu18.04-py37-cpu-inference', packages: SKLEARN },
  { name: 'AzureML-sklearn-1.0-ubuntu20.04-py38-cpu', packages: SKLEARN },
  { name: 'AzureML-sklearn-1.1-ubuntu20.04-py38-cpu', packages: SKLEARN },
  { name: 'AzureML-mlflow-ubuntu20.04-py38-cpu-inference', packages: ['mlflow', SERVER] },
];

/** The curated environment called `name`, or undefined. */
export function curatedEnvironment(name: string): CuratedEnvironment | undefined {
  return CURATED.find((c) => c.name.toLowerCase() === name.toLowerCase());
}

/** The names the emulator serves, for messages. */
export const CURATED_NAMES = CURATED.map((c) => c.name);

/** An `azureml://registries/<registry>/<models|environments>/<name>/(versions/<v>|labels/<label>)` reference. */
export interface RegistryReference {
  registry: string;
  kind: 'models' | 'environments';
  name: string;
  version?: string;
  label?: string;
}

const REGISTRY_REF =
  /^azureml:\/\/registries\/([^/]+)\/(models|environments)\/([^/]+)\/(?:versions\/([^/]+)|labels\/([^/]+))\/?$/i;

/** The registry reference `id` spells, or undefined when it is not one. */
export function parseRegistryReference(id: string): RegistryReference | undefined {
  const m = REGISTRY_REF.exec(id);
  if (!m) return undefined;
  const [, registry, kind, name, version, label] = m;
  return {
    registry: registry!,
    kind: kind!.toLowerCase() as RegistryReference['kind'],
    name: name!,
    ...(version !== undefined ? { version } : { label: label! }),
  };
}

/** Whether `id` looks like a registry reference at all (for a message about a malformed one). */
export const isRegistryUri = (id: string): boolean => /^azureml:\/\/registries\//i.test(id);
