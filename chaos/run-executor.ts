// Executes one run's plan against the emulator through the bundled actions, then checks the invariants, reruns
// what failed or was killed (no faults), checks again, and tidies the endpoint for the next run.
import { startAction, type ActionContext, type ActionResult } from './action.js';
import { Arm, props } from './arm.js';
import { startClientLoop } from './client-loop.js';
import type { EmulatorProcess } from './emulator-process.js';
import { liveDeployment, tidyEndpoint } from './endpoint-state.js';
import {
  checkCauses,
  checkClients,
  checkJobs,
  checkEndpoints,
  checkModels,
  checkPromoted,
  checkRerun,
  type Breakage,
} from './invariants.js';
import type { ActionStep, RunPlan } from './plan.js';
import type { Fixture } from './fixture.js';

/** The last lines of a log, on one line (for a failure that names no cause). */
const lastLines = (log: string): string => log.trim().split('\n').slice(-3).join(' | ');

export const WORKSPACE = 'prod';
export const ENDPOINT = 'chaos-ep';
const BASE_MODEL = 'chaos-base';

export interface RunOutcome {
  breakages: Breakage[];
  results: ActionResult[];
  clientSent: number;
  clientFailuresWhileDown: number;
  /** Model versions whose blobs a kill of Azurite took (a rerun must upload them again). */
  lostInKill: number;
  seconds: number;
}

export class Runner {
  constructor(
    private readonly emu: EmulatorProcess,
    private readonly fixture: Fixture,
    private readonly distDir: string,
    private readonly log: (line: string) => void,
  ) {}

  private ctx(): ActionContext {
    const e = this.emu.info!;
    return {
      distDir: this.distDir,
      workspace: this.fixture.dir,
      runnerTemp: this.fixture.runnerTemp,
      timeoutMs: 180_000,
      env: {
        AZUREML_ARM_ENDPOINT: e.armEndpoint,
        AZUREML_ACCESS_TOKEN: e.tokens.admin!,
        AZURE_SUBSCRIPTION_ID: e.subscriptionId,
        AZUREML_RESOURCE_GROUP: e.resourceGroup,
        AZUREML_WORKSPACE: WORKSPACE,
        NODE_EXTRA_CA_CERTS: e.caCertPath,
        // The client's back-off (not Retry-After) shortened to 300 ms (from 800): a few injected faults cost about a
        // second, and the five retries still span the few seconds an emulator restart takes.
        MLOPS_ARM_RETRY_DELAY_MS: '300',
        GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
        GITHUB_REPOSITORY: 'octo/chaos',
        GITHUB_RUN_ID: '1',
        GITHUB_SERVER_URL: 'https://github.com',
      },
    };
  }

  private arm(): Arm {
    return new Arm(this.emu.info!, WORKSPACE);
  }

  private async action(name: string, inputs: Record<string, string>): Promise<ActionResult> {
    const result = await startAction(this.ctx(), name, inputs).done;
    this.note(result);
    return result;
  }

  private note(r: ActionResult, label = ''): void {
    const how = r.killed ? 'killed' : `exit ${r.exitCode}`;
    const extra = r.outputs.decision
      ? ` decision=${r.outputs.decision}`
      : r.outputs['model-version']
        ? ` version=${r.outputs['model-version']}${r.outputs.reused ? ` reused=${r.outputs.reused}` : ''}`
        : '';
    const cause =
      r.exitCode !== 0 && !r.killed
        ? ` :: ${(/^::error[^:]*::(.*)$/m.exec(r.log)?.[1] ?? `(no ::error::) ${lastLines(r.log)}`).slice(0, 400)}`
        : '';
    this.log(
      `    ${label}${r.name} ${how} in ${((r.endedAt - r.startedAt) / 1000).toFixed(1)} s${extra}${cause}`,
    );
  }

  /** Runs one step (twice at once when concurrent), with its faults and its disruption. */
  private async step(step: ActionStep, inputs: Array<Record<string, string>>): Promise<ActionResult[]> {
    if (step.faults) await this.emu.setFaults(step.faults.rules);
    const running = inputs.map((i) => startAction(this.ctx(), step.action, i));
    let disruption: Promise<void> = Promise.resolve();
    const d = step.disruption;
    if (d) {
      disruption = new Promise<void>((resolve) => setTimeout(resolve, d.afterMs)).then(async () => {
        if (d.kind === 'kill-action') running[0]!.kill();
        else if (d.kind === 'kill-azurite')
          await this.emu.killAzurite().catch((e: Error) => this.log(`    (kill-azurite: ${e.message})`));
        else await this.emu.killAndRestart();
      });
    }
    const results = await Promise.all(running.map((r) => r.done));
    await disruption;
    await this.emu.settled();
    for (const r of results) this.note(r);
    if (step.faults) await this.emu.setFaults([]).catch(() => undefined);
    return results;
  }

  /** The endpoint with one Succeeded deployment at 100% and nothing mirrored; rebuilt when it is anything else. */
  private async prepare(run: number, setup: ActionResult[]): Promise<string | undefined> {
    const arm = this.arm();
    const { live, state } = await liveDeployment(arm, ENDPOINT);
    if (live) return live;
    if (state !== 'missing') {
      this.log(`    setup: ${ENDPOINT} has ${state}; deleting it for a fresh baseline`);
      await arm.deleteAndWait(`/onlineEndpoints/${ENDPOINT}`);
    }
    const reg = await this.action('register-model', {
      'model-path': this.fixture.baseModel,
      name: BASE_MODEL,
    });
    setup.push(reg);
    if (reg.exitCode !== 0) return undefined;
    const base = `base-${run}`;
    const dep = await this.action(
      'deploy-endpoint',
      this.fixture.deployInputs(base, BASE_MODEL, reg.outputs['model-version']!, 'all'),
    );
    setup.push(dep);
    return dep.exitCode === 0 ? base : undefined;
  }

  async execute(plan: RunPlan): Promise<RunOutcome> {
    const started = Date.now();
    const results: ActionResult[] = [];
    const setup: ActionResult[] = [];
    const breakages: Breakage[] = [];
    const reruns: Array<[ActionResult, ActionResult]> = [];
    const model = `chaos-m${plan.run}`;
    const modelPath = this.fixture.model(plan.run);
    let clientSent = 0;
    let whileDown = 0;
    let lostInKill = 0;

    let baseline: string | undefined;
    if (plan.rollout) {
      baseline = await this.prepare(plan.run, setup);
      if (!baseline) this.log('    setup failed: the run goes on without a rollout');
    }
    const key = baseline ? await this.endpointKey() : undefined;
    const clients = key
      ? startClientLoop(
          () => `${this.emu.info!.gatewayEndpoint}/${WORKSPACE}/${ENDPOINT}/score`,
          () => Promise.resolve(key),
          this.fixture.requestBody,
        )
      : undefined;
    const rerun = async (original: ActionResult): Promise<ActionResult> => {
      const again = await startAction(this.ctx(), original.name, original.inputs).done;
      this.note(again, 'rerun: ');
      reruns.push([original, again]);
      return again;
    };
    const first = (rs: ActionResult[]): ActionResult | undefined => rs.find((r) => r.exitCode !== 0);

    let version: string | undefined;
    const candidates = [`c${plan.run}a`, `c${plan.run}b`];
    const experiment = `chaos-run-${plan.run}`;
    try {
      for (const step of plan.steps) {
        if (step.action === 'run-job') {
          const rs = await this.step(step, [this.fixture.jobInputs(experiment, step.seconds!)]);
          results.push(...rs);
          // Killed or failed: rerun at once (the rerun submits a job of its own, and must see it Completed).
          const failed = first(rs);
          if (failed) await rerun(failed);
        } else if (step.action === 'register-model') {
          const inputs = { 'model-path': modelPath, name: model };
          const rs = await this.step(step, step.concurrent ? [inputs, inputs] : [inputs]);
          results.push(...rs);
          version = rs.find((r) => r.exitCode === 0)?.outputs['model-version'];
          const failed = first(rs);
          // A failed or killed registration is rerun at once (its rerun is checked), so the rollout has a version.
          if (failed) version = (await rerun(failed)).outputs['model-version'] ?? version;
        } else if (!baseline || !version) {
          break;
        } else if (step.action === 'deploy-endpoint') {
          const names = step.concurrent === 'rival' ? candidates : candidates.slice(0, 1);
          const rs = await this.step(
            step,
            names.map((n) => this.fixture.deployInputs(n, model, version!, '0')),
          );
          results.push(...rs);
          for (const r of rs.filter((r) => r.exitCode !== 0)) await rerun(r);
        } else if (step.action === 'smoke-test') {
          const rs = await this.step(step, [
            { endpoint: ENDPOINT, deployment: candidates[0]!, requests: 'requests.json', count: '10' },
          ]);
          results.push(...rs);
        } else {
          const traffic = props(await this.arm().get(`/onlineEndpoints/${ENDPOINT}`)).traffic;
          const inputs = (dep: string): Record<string, string> => ({
            endpoint: ENDPOINT,
            deployment: dep,
            steps: step.steps!,
            'step-interval-seconds': '1',
            // The campaign looks for broken invariants, not slow candidates: on a loaded 2-core machine the default
            // 1.5 rolls back on noise (18 ms vs 6 ms p50 measured), so only a gross slowdown rolls back here.
            'max-latency-ratio': '10',
            requests: 'requests.json',
            'expected-traffic': JSON.stringify(traffic ?? {}),
            'timeout-minutes': '2',
          });
          const deps =
            step.concurrent === 'rival'
              ? candidates
              : step.concurrent === 'same'
                ? [candidates[0]!, candidates[0]!]
                : [candidates[0]!];
          const rs = await this.step(step, deps.map(inputs));
          results.push(...rs);
          breakages.push(...(await checkPromoted(this.arm(), ENDPOINT, rs)));
          if (rs.some((r) => r.killed)) {
            // The state a killed promote left (a stranded 50/50 still sums to 100), then its rerun resumes or rolls back.
            breakages.push(...(await checkEndpoints(this.arm(), 'after the kill of promote')));
            for (const r of rs.filter((r) => r.killed)) await rerun(r);
          }
        }
      }
    } finally {
      if (clients) {
        const seen = await clients.stop();
        const checked = checkClients(seen.failures, (t) => this.emu.wasDown(t));
        breakages.push(...checked.breakages);
        clientSent = seen.sent;
        whileDown = checked.whileDown;
      }
    }
    const arm = this.arm();
    const models = [model, ...(setup.some((r) => r.name === 'register-model') ? [BASE_MODEL] : [])];
    breakages.push(...(await checkEndpoints(arm, 'after the run')));
    // A SIGKILL of Azurite can take blobs it had acknowledged seconds before (it saves its index on a timer), so a
    // version may lose its files in a kill: shown here, and counted as broken only if the rerun below does not
    // upload them again (the issue's fix: reuse by digest checks every blob). Without a kill this is the final check.
    const killedStorage = plan.steps.some((s) => s.disruption && s.disruption.kind !== 'kill-action');
    const atEnd = await checkModels(arm, models, 'after the run');
    if (killedStorage) {
      lostInKill = atEnd.filter((b) => b.invariant === 'model-files').length;
      for (const b of atEnd.filter((b) => b.invariant === 'model-files'))
        this.log(`    lost in the kill (the rerun must repair it): ${b.detail}`);
      breakages.push(...atEnd.filter((b) => b.invariant !== 'model-files'));
    } else breakages.push(...atEnd);
    // A registration that succeeded right before a kill of the emulator or Azurite: its rerun must find the files
    // there, or upload them again (never `reused` on blobs that are gone).
    // The last registration that succeeded (a rerun's too), rerun after any kill that came later.
    const registered = [...results, ...reruns.map(([, a]) => a)]
      .filter((r) => r.name === 'register-model' && r.exitCode === 0)
      .sort((a, b) => a.endedAt - b.endedAt);
    if (killedStorage && registered.length) await rerun(registered[registered.length - 1]!);
    // Reruns of what failed on its own (killed steps were rerun above), then the state again.
    for (const r of results.filter((r) => !r.killed && r.exitCode !== 0 && !reruns.some(([o]) => o === r)))
      await rerun(r);
    const settled = !!(await liveDeployment(arm, ENDPOINT)).live;
    for (const [o, a] of reruns) breakages.push(...checkRerun(o, a, settled));
    if (reruns.length) {
      breakages.push(
        ...(await checkEndpoints(arm, 'after the reruns')).map((b) => ({
          ...b,
          invariant: b.invariant === 'traffic' ? ('rerun-converges' as const) : b.invariant,
          detail: b.detail,
        })),
      );
      breakages.push(...(await checkModels(arm, models, 'after the reruns')));
    }
    const all = [...setup, ...results, ...reruns.map(([, a]) => a)];
    breakages.push(...checkCauses(all));
    if (plan.steps.some((s) => s.action === 'run-job'))
      breakages.push(...(await checkJobs(arm, experiment, all)));
    await tidyEndpoint(this.arm(), ENDPOINT, this.log);
    return {
      breakages,
      results: all,
      clientSent,
      clientFailuresWhileDown: whileDown,
      lostInKill,
      seconds: (Date.now() - started) / 1000,
    };
  }

  private async endpointKey(): Promise<string> {
    const keys = await this.arm().call('POST', `/onlineEndpoints/${ENDPOINT}/listKeys`);
    return String(keys.body.primaryKey);
  }
}
