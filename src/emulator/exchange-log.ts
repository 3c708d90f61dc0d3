import { appendFileSync, mkdirSync } from 'node:fs';
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { join } from 'node:path';

/**
 * The recording hook of the contract test (__tests__/contract): when this variable names a folder in the emulator's
 * process, every answer of the ARM server is appended, with its request, to `<folder>/exchanges-<pid>.jsonl`.
 * Unset (always, outside the test suite), logExchange returns at once.
 */
export const RECORD_DIR_ENV = 'MLOPS_CONTRACT_RECORD_DIR';

/** One line of `exchanges-<pid>.jsonl`: the shape oav's LiveValidator takes as `{liveRequest, liveResponse}`. */
export interface RecordedExchange {
  request: {
    method: string;
    /** Full URL with the query (`https://127.0.0.1:PORT/subscriptions/...?api-version=...`). */
    url: string;
    /** Lower-case names; `authorization` is never recorded. */
    headers: Record<string, string>;
    /** The parsed JSON body; absent when there was none or it was not JSON. */
    body?: unknown;
    /**
     * True when the server answered before reading the body (an injected throttling or 5xx fault): the request
     * had a body the recording does not know, so its absence is not a deviation.
     */
    bodyUnread?: true;
  };
  response: {
    /** As a string, as LiveValidator expects it. */
    statusCode: string;
    headers: Record<string, string>;
    body?: unknown;
  };
}

/** What the ARM server hands over where it sends an answer. */
export interface Exchange {
  method: string;
  url: URL;
  requestHeaders: IncomingHttpHeaders;
  /** The raw request body; undefined when the server answered without reading it. */
  requestText: string | undefined;
  status: number;
  responseHeaders: OutgoingHttpHeaders;
  responseBody: unknown;
}

/** Folders this process has created (once each: a folder removed later is not brought back). */
const createdFolders = new Set<string>();
let warned = false;

/**
 * Appends one exchange to this process's recording, when recording is on (see RECORD_DIR_ENV). Never throws: a
 * recording that cannot be written (its folder removed under a late emulator) is reported once on stderr, and the
 * contract test then finds the exchange missing rather than the emulator failing an answer.
 */
export function logExchange(exchange: Exchange): void {
  const folder = process.env[RECORD_DIR_ENV];
  if (!folder) return;
  try {
    if (!createdFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      createdFolders.add(folder);
    }
    // One appendFileSync per line: each process writes its own file, so emulators in several processes never
    // interleave, and those of one process write in turn.
    appendFileSync(join(folder, `exchanges-${process.pid}.jsonl`), `${JSON.stringify(toRecord(exchange))}\n`);
  } catch (error) {
    if (!warned)
      console.error(`emulator: cannot record exchanges in ${folder} (${RECORD_DIR_ENV}): ${String(error)}`);
    warned = true;
  }
}

/** The line for one exchange. */
function toRecord(exchange: Exchange): RecordedExchange {
  const requestHeaders = flatHeaders(exchange.requestHeaders);
  delete requestHeaders.authorization;
  const requestBody = parseJson(exchange.requestText);
  const responseBody = exchange.responseBody;
  return {
    request: {
      method: exchange.method,
      url: exchange.url.href,
      headers: requestHeaders,
      ...(requestBody !== undefined ? { body: requestBody } : {}),
      ...(exchange.requestText === undefined ? { bodyUnread: true as const } : {}),
    },
    response: {
      statusCode: String(exchange.status),
      headers: flatHeaders(exchange.responseHeaders),
      ...(responseBody !== undefined ? { body: responseBody } : {}),
    },
  };
}

function flatHeaders(headers: IncomingHttpHeaders | OutgoingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return flat;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
