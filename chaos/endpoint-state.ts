// The campaign's endpoint between runs: which deployment serves it alone (the baseline of the next rollout), and
// the tidy-up after a run's checks (deployments that serve nothing are deleted, so processes stay bounded).
import { Arm, props } from './arm.js';

const weights = (map: unknown): Record<string, number> => (map as Record<string, number> | undefined) ?? {};

/** The endpoint's one Succeeded deployment at 100% with nothing mirrored, or why there is none. */
export async function liveDeployment(arm: Arm, endpoint: string): Promise<{ live?: string; state: string }> {
  const ep = await arm.get(`/onlineEndpoints/${endpoint}`);
  if (!ep) return { state: 'missing' };
  const traffic = weights(props(ep).traffic);
  const mirrored = Object.values(weights(props(ep).mirrorTraffic)).some((w) => w > 0);
  const state = `traffic ${JSON.stringify(traffic)}${mirrored ? `, mirror ${JSON.stringify(props(ep).mirrorTraffic)}` : ''}`;
  const live = Object.entries(traffic).find(([, w]) => w === 100)?.[0];
  if (!live || mirrored) return { state };
  const dep = await arm.get(`/onlineEndpoints/${endpoint}/deployments/${live}`);
  const provisioning = String(props(dep).provisioningState);
  return provisioning === 'Succeeded' ? { live, state } : { state: `${state}, ${live} ${provisioning}` };
}

/** Deletes the deployments that get neither traffic nor mirrored traffic. */
export async function tidyEndpoint(arm: Arm, endpoint: string, log: (line: string) => void): Promise<void> {
  const ep = await arm.get(`/onlineEndpoints/${endpoint}`);
  if (!ep) return;
  const traffic = weights(props(ep).traffic);
  const mirror = weights(props(ep).mirrorTraffic);
  for (const d of await arm.list(`/onlineEndpoints/${endpoint}/deployments`)) {
    const name = String(d.name);
    if ((traffic[name] ?? 0) > 0 || (mirror[name] ?? 0) > 0) continue;
    await arm
      .deleteAndWait(`/onlineEndpoints/${endpoint}/deployments/${name}`)
      .catch((e: Error) => log(`    tidy: ${e.message}`));
  }
}
