/**
 * How the emulator's gateway picks deployments, as Azure ML's endpoint router does: by the traffic weights,
 * unless the `azureml-model-deployment` header names one; and whether a request is also mirrored.
 * `random` is a number in [0, 1) (Math.random in the gateway, fixed values in tests).
 */

export type Pick = { deployment: string } | { error: 'unknown-deployment' | 'no-traffic'; message: string };

/** The deployment for one request. */
export function pickDeployment(
  traffic: Record<string, number>,
  deployments: string[],
  requested: string | undefined,
  random: number,
): Pick {
  if (requested !== undefined && requested !== '') {
    if (deployments.includes(requested)) return { deployment: requested };
    return {
      error: 'unknown-deployment',
      message: `The deployment '${requested}' named by the azureml-model-deployment header does not exist on this endpoint.`,
    };
  }
  const live = Object.entries(traffic).filter(([name, share]) => share > 0 && deployments.includes(name));
  const total = live.reduce((sum, [, share]) => sum + share, 0);
  if (total === 0) {
    return {
      error: 'no-traffic',
      message:
        'No deployment takes traffic on this endpoint: set its traffic, or name a deployment with the azureml-model-deployment header.',
    };
  }
  let point = random * total;
  for (const [name, share] of live) {
    if (point < share) return { deployment: name };
    point -= share;
  }
  return { deployment: live[live.length - 1]![0] };
}

/** The deployment a request is mirrored to, if any: each mirror share is a probability in percent. */
export function pickMirror(
  mirrorTraffic: Record<string, number>,
  servedBy: string,
  random: number,
): string | undefined {
  const [target] = Object.entries(mirrorTraffic).filter(([, share]) => share > 0);
  if (!target || target[0] === servedBy) return undefined;
  return random * 100 < target[1] ? target[0] : undefined;
}
