// Starts, commands, kills (SIGKILL, with its Azurite) and restarts the emulator host process of the campaign.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { FaultRule } from '../src/emulator/faults.js';

/** What the actions need to reach the emulator, from the host's first line. */
export interface EmulatorInfo {
  armEndpoint: string;
  caCertPath: string;
  tokens: Record<string, string>;
  subscriptionId: string;
  resourceGroup: string;
  gatewayEndpoint: string;
  azuritePid: number;
}

export class EmulatorProcess {
  private child: ChildProcess | undefined;
  private waiting = new Map<number, (answer: Record<string, unknown>) => void>();
  private nextId = 1;
  info: EmulatorInfo | undefined;
  /** Times (ms since epoch) the emulator was down: [killed, serving again]. */
  readonly downtime: Array<[number, number]> = [];
  /** How often the emulator stopped on its own (loudly, naming the cause) and was started again. */
  loudStops = 0;
  private restarting: Promise<void> = Promise.resolve();

  /** Resolves once a restart after a loud stop (if any is under way) is done. */
  settled(): Promise<void> {
    return this.restarting;
  }

  /** `hostCommand`: node and its arguments that run chaos/emulator-host.ts (before DATA_DIR). */
  constructor(
    private readonly hostCommand: string[],
    private readonly dataDir: string,
  ) {}

  /** Starts the host on the data dir (and the gateway port it had, once known); resolves when it serves. */
  async start(timeoutMs = 60_000): Promise<EmulatorInfo> {
    const args = [...this.hostCommand, this.dataDir];
    // A restart keeps both ports: the gateway's (--gateway-port, as a user would pass it) and ARM's, so an action
    // that is retrying reaches the restarted emulator as it would reach Azure again.
    if (this.info) args.push(new URL(this.info.gatewayEndpoint).port, new URL(this.info.armEndpoint).port);
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const lines = createInterface({ input: child.stdout! });
    return new Promise<EmulatorInfo>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the emulator did not start in ${timeoutMs} ms: ${stderr}`)),
        timeoutMs,
      );
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the emulator exited (${code ?? signal}) while starting: ${stderr}`));
      });
      lines.on('line', (line) => {
        const message = JSON.parse(line) as Record<string, unknown>;
        if (message.ready) {
          clearTimeout(timer);
          this.info = message as unknown as EmulatorInfo;
          resolve(this.info);
        } else if (typeof message.id === 'number') {
          this.waiting.get(message.id)?.(message);
          this.waiting.delete(message.id);
        } else if (message.failure) {
          // The emulator stopped on its own, loudly, as it must when Azurite crash-loops (three deaths within
          // 30 s, which a run's kills can add up to). An operator starts it again: so does the campaign, counting it
          // and its downtime apart (the client loop's failures meanwhile are not the rollout's).
          process.stderr.write(`chaos: the emulator stopped: ${String(message.failure)}\n`);
          this.loudStops++;
          const stoppedAt = Date.now();
          this.restarting = this.hardStop()
            .then(() => this.start())
            .then(() => void this.downtime.push([stoppedAt, Date.now()]));
        }
      });
    });
  }

  private command(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the emulator host did not answer in 10 s')), 10_000);
      this.waiting.set(id, (answer) => {
        clearTimeout(timer);
        if (answer.ok) resolve(answer);
        else reject(new Error(String(answer.error)));
      });
      this.child!.stdin!.write(`${JSON.stringify({ id, ...body })}\n`);
    });
  }

  async setFaults(rules: FaultRule[]): Promise<void> {
    await this.command({ faults: rules });
  }

  async azuritePid(): Promise<number> {
    return (await this.command({ azuritePid: true })).azuritePid as number;
  }

  /**
   * SIGKILL of Azurite alone: the emulator's watch restarts it on the same data dir (or, on a crash loop, stops
   * loudly, and is started again). Resolves once either happened.
   */
  async killAzurite(): Promise<void> {
    const pid = await this.azuritePid();
    const stops = this.loudStops;
    process.kill(pid, 'SIGKILL');
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && this.loudStops === stops) {
      await new Promise((r) => setTimeout(r, 100));
      if (this.loudStops !== stops) break;
      const now = await this.azuritePid().catch(() => pid);
      if (now !== pid) return;
    }
    await this.restarting;
  }

  /** SIGKILL of Azurite and of the emulator (no chance to save anything), then a restart on the same data dir. */
  async killAndRestart(): Promise<void> {
    const killedAt = Date.now();
    const azurite = await this.azuritePid().catch(() => this.info?.azuritePid);
    if (azurite) {
      try {
        process.kill(azurite, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await this.hardStop();
    await this.start();
    this.downtime.push([killedAt, Date.now()]);
  }

  private async hardStop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  /** A clean stop: stdin closes, the host stops the emulator and Azurite. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.stdin!.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }

  /** Was the emulator down at `t` (ms since epoch), give or take `graceMs`? */
  wasDown(t: number, graceMs = 500): boolean {
    return this.downtime.some(([from, to]) => t >= from - graceMs && t <= to + graceMs);
  }
}
