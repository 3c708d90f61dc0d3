// The few ARM calls the campaign's checks make (reads, listKeys, deletes), over HTTPS with the emulator's CA. The
// checks read what a client of Azure ML would read, not the emulator's memory.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { AZUREML_API_VERSION } from '../src/contract/azureml-api.js';
import type { EmulatorInfo } from './emulator-process.js';

export interface ArmAnswer {
  status: number;
  body: Record<string, unknown>;
}

export class Arm {
  private readonly ca: Buffer;

  constructor(
    private readonly emu: EmulatorInfo,
    readonly workspace: string,
  ) {
    this.ca = readFileSync(emu.caCertPath);
  }

  private get base(): string {
    const e = this.emu;
    return `/subscriptions/${e.subscriptionId}/resourceGroups/${e.resourceGroup}/providers/Microsoft.MachineLearningServices/workspaces/${this.workspace}`;
  }

  call(method: string, path: string, body?: unknown): Promise<ArmAnswer> {
    const url = new URL(
      `${this.emu.armEndpoint}${path.startsWith('/subscriptions') ? path : this.base + path}`,
    );
    if (!url.searchParams.has('api-version')) url.searchParams.set('api-version', AZUREML_API_VERSION);
    const data = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          ca: this.ca,
          agent: false,
          timeout: 30_000,
          headers: {
            authorization: `Bearer ${this.emu.tokens.admin}`,
            'content-type': 'application/json',
            'content-length': data ? Buffer.byteLength(data) : 0,
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => {
            let parsed: Record<string, unknown> = {};
            try {
              parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
            } catch {
              parsed = { text };
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${method} ${url.pathname} timed out`)));
      req.on('error', reject);
      req.end(data);
    });
  }

  async get(path: string): Promise<Record<string, unknown> | undefined> {
    const answer = await this.call('GET', path);
    if (answer.status === 404) return undefined;
    if (answer.status >= 300) throw new Error(`GET ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** Every item of a list, following nextLink. */
  async list(path: string): Promise<Array<Record<string, unknown>>> {
    const out: Array<Record<string, unknown>> = [];
    let next: string | undefined = path;
    while (next) {
      const page = await this.get(
        next.startsWith('https://') ? next.slice(this.emu.armEndpoint.length) : next,
      );
      if (!page) return out;
      out.push(...((page.value as Array<Record<string, unknown>>) ?? []));
      next = page.nextLink as string | undefined;
    }
    return out;
  }

  /** DELETE, then waits until a GET says 404 (the emulator deletes in a long-running operation). */
  async deleteAndWait(path: string, timeoutMs = 60_000): Promise<void> {
    const answer = await this.call('DELETE', path);
    if (answer.status >= 300 && answer.status !== 404)
      throw new Error(`DELETE ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    const until = Date.now() + timeoutMs;
    while ((await this.call('GET', path)).status !== 404) {
      if (Date.now() > until) throw new Error(`DELETE ${path} did not finish in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export const props = (resource: Record<string, unknown> | undefined): Record<string, unknown> =>
  (resource?.properties as Record<string, unknown>) ?? {};
