import { AZUREML_API_VERSION, AZUREML_PROVIDER } from '../../src/contract/azureml-api.js';
import { azureMlSpecSet, type SpecSet } from './spec-files.js';

/** The contract, as messages name it. */
export const CONTRACT = `${AZUREML_PROVIDER} ${AZUREML_API_VERSION}`;

/** Set by scripts/test.mjs for the contract phase: the folder the suite's emulators recorded into. */
export const RECORDINGS_ENV = 'MLOPS_CONTRACT_RECORDINGS';

const inCi = (): boolean => !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase());

/**
 * The spec set, or undefined when the tests of this file should skip: without the specs folder a clone skips with a
 * warning, and CI fails (the error is thrown by `required()` inside the test, so the failure names the fix).
 */
export function specSetOrSkip(): { set?: SpecSet; skip: boolean; required: () => SpecSet } {
  const found = azureMlSpecSet();
  if (typeof found !== 'string') return { set: found, skip: false, required: () => found };
  if (!inCi())
    console.warn(`${found}\nSkipping the contract test (CI runs it, and fails without the folder).`);
  return {
    skip: !inCi(),
    required: () => {
      throw new Error(`${found}\nCI must run the contract test: the specs folder is required.`);
    },
  };
}
