import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AZUREML_API_VERSION, AZUREML_PROVIDER } from '../../src/contract/azureml-api.js';

/**
 * Where the official Azure REST API specs live: `<repository>/../shared/azure-specs` (Microsoft's files, MIT, kept
 * outside the repository on purpose; its SOURCE.md says what they are). MLOPS_AZURE_SPECS points elsewhere.
 */
export function specsRoot(): string {
  const repository = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return process.env.MLOPS_AZURE_SPECS ?? resolve(repository, '..', 'shared', 'azure-specs');
}

/** The spec files of one provider and api-version, as listed in the folder's specsets.json. */
export interface SpecSet {
  /** The folder that holds `specification/` (what LiveValidator calls `directory`). */
  root: string;
  provider: string;
  apiVersion: string;
  /** Absolute paths of the set's input files. */
  files: string[];
}

interface SpecSetsFile {
  sets: { provider: string; apiVersion: string; files: string[] }[];
}

/**
 * The spec set of the Azure ML api-version we speak, or a sentence saying why it cannot be used (the folder or a
 * file is missing, or specsets.json has no set for that version).
 */
export function azureMlSpecSet(root = specsRoot()): SpecSet | string {
  const listing = join(root, 'specsets.json');
  if (!existsSync(listing)) {
    return (
      `The Azure REST API specs folder is missing: no ${listing}. The contract test reads ` +
      `${AZUREML_PROVIDER} ${AZUREML_API_VERSION} from it; put the folder at ${root} or set MLOPS_AZURE_SPECS.`
    );
  }
  const sets = (JSON.parse(readFileSync(listing, 'utf8')) as SpecSetsFile).sets;
  const set = sets.find(
    (s) =>
      s.provider.toLowerCase() === AZUREML_PROVIDER.toLowerCase() && s.apiVersion === AZUREML_API_VERSION,
  );
  if (!set) {
    return `${listing} lists no spec set for ${AZUREML_PROVIDER} ${AZUREML_API_VERSION}; add it (see SOURCE.md there).`;
  }
  const files = set.files.map((file) => join(root, 'specification', file));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) return `The spec set lists files that are missing: ${missing.join(', ')}.`;
  return { root, provider: set.provider, apiVersion: set.apiVersion, files };
}

/** One operation of a spec set: its operationId, HTTP method and path template. */
export interface SpecOperation {
  operationId: string;
  method: string;
  path: string;
}

const METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head'];

/** Every operation the set's files declare (`paths` and `x-ms-paths`). */
export function specOperations(set: SpecSet): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const file of set.files) {
    const spec = JSON.parse(readFileSync(file, 'utf8')) as {
      paths?: Record<string, Record<string, { operationId?: string }>>;
      'x-ms-paths'?: Record<string, Record<string, { operationId?: string }>>;
    };
    for (const [path, item] of Object.entries({ ...spec.paths, ...spec['x-ms-paths'] })) {
      for (const method of METHODS) {
        const operationId = item[method]?.operationId;
        if (operationId) operations.push({ operationId, method: method.toUpperCase(), path });
      }
    }
  }
  return operations;
}
