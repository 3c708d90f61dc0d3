// The invariants of issue 10, item 5, checked after every run. Each check returns what broke, in words.
import { causeShape, namedCause, type ActionResult } from './action.js';
import { Arm, props } from './arm.js';
import type { ClientFailure } from './client-loop.js';
import { checkModelFiles } from './model-files.js';
import { isTerminalJobStatus } from '../src/contract/jobs.js';

export const INVARIANTS = {
  traffic: 'traffic sums to 0 or 100 on every endpoint',
  'failed-routing': 'prod never routes traffic to a Failed deployment',
  'model-files': 'no model version exists without its files',
  'one-digest': 'no two versions of one model share a digest',
  'named-cause': 'every failed action exits non-zero with a named cause',
  'rerun-converges': 'a rerun converges',
  'client-requests': 'no client request fails during a rollout or rollback',
  'promoted-holds': "a promote that reports 'promoted' leaves its deployment at 100%, nothing mirrored",
  'job-settles': 'every job ends (Completed, Failed or Canceled): none is left running by a kill',
  'job-agrees': 'a run-job that exits 0 reports its job Completed, and the job is Completed',
} as const;
export type Invariant = keyof typeof INVARIANTS;
export type Breakage = { invariant: Invariant; detail: string };

const weights = (map: unknown): Record<string, number> => (map as Record<string, number> | undefined) ?? {};
const sum = (map: Record<string, number>): number => Object.values(map).reduce((s, v) => s + v, 0);

/** Endpoint state: traffic sums and what the traffic (live or mirrored) reaches. `when` says which check it was. */
export async function checkEndpoints(arm: Arm, when: string): Promise<Breakage[]> {
  const out: Breakage[] = [];
  for (const ep of await arm.list('/onlineEndpoints')) {
    const name = String(ep.name);
    const traffic = weights(props(ep).traffic);
    const mirror = weights(props(ep).mirrorTraffic);
    const total = sum(traffic);
    if (total !== 0 && total !== 100)
      out.push({
        invariant: 'traffic',
        detail: `${when}: ${name} traffic ${JSON.stringify(traffic)} sums to ${total}`,
      });
    const deployments = await arm.list(`/onlineEndpoints/${name}/deployments`);
    const state = new Map(deployments.map((d) => [String(d.name), String(props(d).provisioningState)]));
    for (const [dep, w] of [...Object.entries(traffic), ...Object.entries(mirror)]) {
      if (w <= 0) continue;
      const s = state.get(dep);
      if (s === 'Failed' || s === undefined)
        out.push({
          invariant: 'failed-routing',
          detail: `${when}: ${name} sends ${w}% to ${dep}, which is ${s ?? 'missing'}`,
        });
    }
  }
  return out;
}

export async function checkModels(arm: Arm, models: string[], when: string): Promise<Breakage[]> {
  const out: Breakage[] = [];
  for (const model of models) {
    const found = await checkModelFiles(arm, model);
    for (const f of found.files) out.push({ invariant: 'model-files', detail: `${when}: ${f}` });
    for (const d of found.duplicates) out.push({ invariant: 'one-digest', detail: `${when}: ${d}` });
  }
  return out;
}

/** Every action that ended on its own with a non-zero code must say why, by name. */
export function checkCauses(results: ActionResult[]): Breakage[] {
  const hung = results
    .filter((r) => r.hung)
    .map((r) => ({
      invariant: 'named-cause' as const,
      detail: `${r.name} hung: killed after the campaign's timeout`,
    }));
  return hung.concat(
    results
      .filter((r) => !r.killed && r.exitCode !== 0)
      .map((r) => ({ r, c: namedCause(r) }))
      .filter(({ c }) => c.problem)
      .map(({ r, c }) => ({
        invariant: 'named-cause' as const,
        detail: `${r.name} exit ${r.exitCode}: ${c.problem}`,
      })),
  );
}

/**
 * A rerun (the same action, the same inputs, no faults) converges when it exits 0; or fails with the same cause; or
 * fails naming an input that the run made really bad (a rival promote won: the expected traffic is gone). After a
 * kill, a rerun that fails with a named cause converges when it left the endpoint settled (`settled`: one Succeeded
 * deployment at 100%, nothing mirrored), as a rollback of the interrupted rollout does.
 */
export function checkRerun(original: ActionResult, rerun: ActionResult, settled = false): Breakage[] {
  if (rerun.exitCode === 0) return [];
  const before = original.killed ? undefined : namedCause(original).cause;
  const after = namedCause(rerun).cause;
  if (rerun.killed) return [{ invariant: 'rerun-converges', detail: `${rerun.name} rerun did not finish` }];
  if (after && before && causeShape(after) === causeShape(before)) return [];
  if (after && /Input '[^']+'/.test(after)) return [];
  if (after && original.killed && settled) return [];
  return [
    {
      invariant: 'rerun-converges',
      detail: `${rerun.name} rerun exit ${rerun.exitCode} (${after?.slice(0, 200) ?? 'no ::error:: line'}) after ${original.killed ? 'a kill' : `exit ${original.exitCode} (${before?.slice(0, 120) ?? '-'})`}${settled ? '' : ', endpoint not settled'}`,
    },
  ];
}

export function checkClients(
  failures: ClientFailure[],
  wasDown: (t: number) => boolean,
): { breakages: Breakage[]; whileDown: number } {
  const during = failures.filter((f) => !wasDown(f.at));
  const shown = during.slice(0, 3).map((f) => f.what);
  return {
    breakages: during.length
      ? [{ invariant: 'client-requests', detail: `${during.length} failed: ${shown.join(' | ')}` }]
      : [],
    whileDown: failures.length - during.length,
  };
}

/** A promote that said `promoted` left its deployment at 100% with nothing mirrored (read once the run ended). */
export async function checkPromoted(
  arm: Arm,
  endpoint: string,
  promotes: ActionResult[],
): Promise<Breakage[]> {
  const claimed = promotes.filter((p) => p.exitCode === 0 && p.outputs.decision === 'promoted');
  if (claimed.length === 0) return [];
  const ep = props(await arm.get(`/onlineEndpoints/${endpoint}`));
  const traffic = weights(ep.traffic);
  const mirror = Object.entries(weights(ep.mirrorTraffic)).filter(([, w]) => w > 0);
  return claimed
    .filter((p) => traffic[p.inputs.deployment!] !== 100 || mirror.length > 0)
    .map((p) => ({
      invariant: 'promoted-holds' as const,
      detail: `promote of ${p.inputs.deployment} said promoted; the endpoint is ${JSON.stringify(traffic)} mirror ${JSON.stringify(Object.fromEntries(mirror))}`,
    }));
}

/**
 * The jobs of one experiment, once the run is over: each ends within `settleMs` (a job whose run-job was killed goes
 * on by itself; one that a killed emulator ran ends Failed when it comes back), and each run-job that exited 0 named a
 * job that is Completed.
 */
export async function checkJobs(
  arm: Arm,
  experiment: string,
  results: ActionResult[],
  settleMs = 60_000,
): Promise<Breakage[]> {
  const out: Breakage[] = [];
  const until = Date.now() + settleMs;
  let jobs: Array<Record<string, unknown>> = [];
  for (;;) {
    jobs = (await arm.list('/jobs')).filter((j) => props(j).experimentName === experiment);
    const running = jobs.filter((j) => !isTerminalJobStatus(String(props(j).status)));
    if (running.length === 0) break;
    if (Date.now() > until) {
      for (const j of running)
        out.push({
          invariant: 'job-settles',
          detail: `${String(j.name)} still ${String(props(j).status)} ${settleMs / 1000} s after the run`,
        });
      break;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  const status = new Map(jobs.map((j) => [String(j.name), String(props(j).status)]));
  for (const r of results.filter((r) => r.name === 'run-job' && r.exitCode === 0)) {
    const name = r.outputs['job-name'];
    const onArm = name ? status.get(name) : undefined;
    if (r.outputs.status !== 'Completed' || onArm !== 'Completed')
      out.push({
        invariant: 'job-agrees',
        detail: `run-job exit 0 with status=${r.outputs.status ?? '-'} for job ${name ?? '-'}, which is ${onArm ?? 'missing'}`,
      });
  }
  return out;
}
