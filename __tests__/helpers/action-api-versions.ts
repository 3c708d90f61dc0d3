// Which api-versions the actions called the emulator with, read from the emulator's exchange recording
// (src/emulator/exchange-log.ts). `npm test` turns the recording on for the contract test; when a test file runs
// without it (plain jest), watchActionApiVersions turns it on for this process, in a folder of its own.
// The actions' requests are told apart from the test's own (its SDK client) by their user agent.
import { afterAll } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USER_AGENT_PREFIX as ACTIONS_USER_AGENT } from '../../src/azureml/user-agent.js';
import { RECORD_DIR_ENV, type RecordedExchange } from '../../src/emulator/exchange-log.js';

export interface ApiVersionWatch {
  /** `METHOD path?query` of every request of the actions since the watch began. */
  actionRequests(): { line: string; apiVersion: string | null }[];
}

function recordingFile(): string {
  return join(process.env[RECORD_DIR_ENV]!, `exchanges-${process.pid}.jsonl`);
}

function recordedLines(): string[] {
  const file = recordingFile();
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

/** Starts watching: only what is recorded after this call counts (one process may run several test files). */
export function watchActionApiVersions(): ApiVersionWatch {
  if (!process.env[RECORD_DIR_ENV]) {
    // A folder of this file's own, removed after its tests (npm test's folder is npm test's to remove).
    const own = mkdtempSync(join(tmpdir(), 'mlops-api-'));
    process.env[RECORD_DIR_ENV] = own;
    afterAll(() => {
      delete process.env[RECORD_DIR_ENV];
      rmSync(own, { recursive: true, force: true });
    });
  }
  const from = recordedLines().length;
  return {
    actionRequests: () =>
      recordedLines()
        .slice(from)
        .map((text) => JSON.parse(text) as RecordedExchange)
        .filter((e) => (e.request.headers['user-agent'] ?? '').startsWith(ACTIONS_USER_AGENT))
        .map((e) => {
          const url = new URL(e.request.url);
          return {
            line: `${e.request.method} ${url.pathname}${url.search}`,
            apiVersion: url.searchParams.get('api-version'),
          };
        }),
  };
}
