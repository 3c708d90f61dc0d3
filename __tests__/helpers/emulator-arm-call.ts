// One raw ARM call to a running emulator over HTTPS (trusting its CA), for what a test must say exactly: bodies the
// client would never send, missing tokens or api-versions, a Location URL, a chosen keep-alive agent.
import { readFileSync } from 'node:fs';
import { request, type Agent } from 'node:https';
import { AZUREML_API_VERSION } from '../../src/contract/azureml-api.js';
import type { RunningEmulator } from '../../src/emulator/index.js';

export interface ArmAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The request went over a kept-alive socket. */
  reusedSocket: boolean;
}

export interface ArmCallOptions {
  /** A JSON value, or a string sent as is. */
  body?: unknown;
  /** Bearer token: the admin's by default; null sends no Authorization header. */
  token?: string | null;
  /** AZUREML_API_VERSION by default (unless the URL has one); null sends none. */
  apiVersion?: string | null;
  /** An https agent of the test's own (it must trust the emulator's CA). */
  agent?: Agent;
}

/** `path`: an ARM path, or a full URL (a Location header). */
export function armCall(
  emu: RunningEmulator,
  method: string,
  path: string,
  options: ArmCallOptions = {},
): Promise<ArmAnswer> {
  const url = new URL(path.startsWith('https:') ? path : `${emu.armEndpoint}${path}`);
  if (options.apiVersion === undefined) {
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', AZUREML_API_VERSION);
  } else if (options.apiVersion !== null) {
    url.searchParams.set('api-version', options.apiVersion);
  }
  const token = options.token === undefined ? emu.token : options.token;
  const { body } = options;
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        ...(options.agent ? { agent: options.agent } : { ca: readFileSync(emu.caCertPath) }),
        headers: {
          ...(token !== null ? { authorization: `Bearer ${token}` } : {}),
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        },
      },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => (out += d.toString()));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: out ? JSON.parse(out) : undefined,
            reusedSocket: req.reusedSocket,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}
