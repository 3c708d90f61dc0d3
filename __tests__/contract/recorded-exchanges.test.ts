// The contract test: every request the actions sent and every answer the emulator gave while the suite ran
// (recorded by src/emulator/exchange-log.ts), checked against the official spec of the api-version we speak.
// `npm test` (scripts/test.mjs) runs the suite with recording on, then this file over the recordings.
import { describe, it } from '@jest/globals';
import { ContractCheck } from './contract-check.js';
import { CONTRACT, RECORDINGS_ENV, specSetOrSkip } from './environment.js';
import { pollingUrls, readRecordings } from './exchanges.js';
import { formatDeviations, formatSummary, type Checked } from './report.js';
import { specOperations } from './spec-files.js';

const specs = specSetOrSkip();
const folder = process.env[RECORDINGS_ENV];
if (!folder && !specs.skip) {
  console.warn(
    `${RECORDINGS_ENV} is not set: run \`npm test\`, which records the suite's exchanges and checks them.`,
  );
}

describe(`the exchanges recorded while the suite ran, against ${CONTRACT}`, () => {
  (specs.skip || !folder ? it.skip : it)(
    'all match the spec: requests the emulator accepted, and every answer',
    async () => {
      const set = specs.required();
      const recorded = readRecordings(folder!);
      if (recorded.length === 0) {
        throw new Error(
          `No exchange was recorded in ${folder}: the emulator records only with MLOPS_CONTRACT_RECORD_DIR set ` +
            `in its process (scripts/test.mjs sets it for the suite); check dist/cli is rebuilt with the hook.`,
        );
      }
      const loadStart = Date.now();
      const check = await ContractCheck.load(set);
      const checkStart = Date.now();
      const polls = pollingUrls(recorded);
      const checked: Checked[] = [];
      for (const { exchange, source } of recorded) {
        checked.push({ verdict: await check.check(exchange, polls), exchange, source });
      }
      const operations = specOperations(set);
      console.log(
        `${formatSummary(checked, operations, CONTRACT)}\n` +
          `(spec loaded in ${((checkStart - loadStart) / 1000).toFixed(1)} s, ` +
          `${checked.length} pairs checked in ${((Date.now() - checkStart) / 1000).toFixed(1)} s)`,
      );
      const report = formatDeviations(checked, operations, CONTRACT);
      if (report) throw new Error(report);
    },
    300_000,
  );
});
