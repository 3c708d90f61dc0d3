import { badRequest } from '../arm-error.js';

/**
 * The traffic rules of the service: integer percents 0..100 summing to 0 or 100, naming existing deployments;
 * mirror traffic to at most one deployment, at most 50%, never one that takes live traffic
 * (how-to-safely-rollout-online-endpoints, "Test the deployment with mirrored traffic").
 */
export function checkTraffic(
  traffic: Record<string, number>,
  mirror: Record<string, number>,
  deployments: string[],
): void {
  const known = new Set(deployments.map((d) => d.toLowerCase()));
  for (const [map, target] of [
    [traffic, 'properties.traffic'],
    [mirror, 'properties.mirrorTraffic'],
  ] as const) {
    for (const [name, share] of Object.entries(map)) {
      if (typeof share !== 'number' || !Number.isInteger(share) || share < 0 || share > 100) {
        throw badRequest(
          `The share of '${name}' must be a whole percent from 0 to 100; got ${JSON.stringify(share)}.`,
          target,
        );
      }
      if (!known.has(name.toLowerCase())) {
        throw badRequest(
          `'${name}' in ${target.split('.')[1]} is not a deployment of this endpoint` +
            (deployments.length
              ? ` (deployments: ${deployments.join(', ')}).`
              : ' (it has no deployments yet).'),
          target,
        );
      }
    }
  }
  const sum = Object.values(traffic).reduce((a, b) => a + b, 0);
  if (sum !== 0 && sum !== 100) {
    throw badRequest(`The traffic shares sum to ${sum}; they must sum to 100 (or 0).`, 'properties.traffic');
  }
  const mirrored = Object.entries(mirror).filter(([, v]) => v > 0);
  if (mirrored.length > 1) {
    throw badRequest('Mirror traffic can go to one deployment only.', 'properties.mirrorTraffic');
  }
  const [m] = mirrored;
  if (m && m[1] > 50) {
    throw badRequest(
      `Mirror traffic to '${m[0]}' is ${m[1]}%; at most 50% can be mirrored.`,
      'properties.mirrorTraffic',
    );
  }
  if (m && Object.entries(traffic).some(([n, v]) => n.toLowerCase() === m[0].toLowerCase() && v > 0)) {
    throw badRequest(
      `Deployment '${m[0]}' takes live traffic; mirror traffic can only go to a deployment with 0% live traffic.`,
      'properties.mirrorTraffic',
    );
  }
}
