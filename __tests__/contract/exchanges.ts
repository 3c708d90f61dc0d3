import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedExchange } from '../../src/emulator/exchange-log.js';

/** A recorded exchange and where it came from (`exchanges-<pid>.jsonl:<line>`), for messages. */
export interface SourcedExchange {
  exchange: RecordedExchange;
  source: string;
}

/** Every exchange recorded in `folder` (all `exchanges-*.jsonl` files, in file and line order). */
export function readRecordings(folder: string): SourcedExchange[] {
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder)
    .filter((name) => /^exchanges-.*\.jsonl$/.test(name))
    .sort();
  const out: SourcedExchange[] = [];
  for (const name of files) {
    const lines = readFileSync(join(folder, name), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const source = `${name}:${index + 1}`;
      try {
        out.push({ exchange: JSON.parse(line) as RecordedExchange, source });
      } catch (error) {
        // A torn line would hide an exchange: say where, do not skip it silently.
        throw new Error(`${join(folder, source)} is not one JSON exchange: ${(error as Error).message}`);
      }
    });
  }
  return out;
}

/**
 * The URLs a long-running operation handed out for polling (`Azure-AsyncOperation`, `Location`), by path.
 * Azure ML's own status URLs (`.../locations/<l>/mfeOperationsStatus/<id>`) are not operations of the spec: a
 * recorded request to one of them is checked against ARM's async-operation contract instead (lro-polls.ts).
 */
export function pollingUrls(exchanges: SourcedExchange[]): Map<string, 'azure-asyncoperation' | 'location'> {
  const urls = new Map<string, 'azure-asyncoperation' | 'location'>();
  for (const { exchange } of exchanges) {
    for (const header of ['azure-asyncoperation', 'location'] as const) {
      const value = exchange.response.headers[header];
      if (value) urls.set(pathOf(value), header);
    }
  }
  return urls;
}

/** The path of a URL, lower-cased (ARM paths are case-insensitive). */
export function pathOf(url: string): string {
  return new URL(url, 'https://management.azure.com').pathname.toLowerCase();
}
