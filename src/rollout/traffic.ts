import { ConfigurationError } from '../errors.js';

/** An endpoint's traffic (or mirror traffic) map: deployment name -> percent. */
export type TrafficMap = Record<string, number>;

/**
 * The `traffic` input: `0` (the default: the deployment takes no live traffic), a whole percentage
 * from 1 to 100 (`10` or `10%`), or `all` (100).
 */
export function parseTrafficShare(value: string | undefined, input = 'traffic'): number {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === '0' || text === '0%') return 0;
  if (text === 'all') return 100;
  const match = /^(\d{1,3})%?$/.exec(text);
  const share = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(share) || share < 0 || share > 100) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a traffic share. Use 0 (no live traffic, the default), a whole percentage from 1 to 100, or all.`,
      input,
    );
  }
  return share;
}

/** The `mirror` input: a whole percentage from 1 to 50 (Azure ML mirrors at most 50%), or nothing. */
export function parseMirrorShare(value: string | undefined, input = 'mirror'): number | undefined {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === '0%') return undefined;
  const match = /^(\d{1,3})%?$/.exec(text);
  const share = match ? Number(match[1]) : NaN;
  if (!Number.isInteger(share) || share < 1 || share > 50) {
    throw new ConfigurationError(
      `Input '${input}': '${value}' is not a mirror share. Azure ML mirrors from 1 to 50 percent of live traffic; use a whole number in that range.`,
      input,
    );
  }
  return share;
}

const total = (map: TrafficMap): number => Object.values(map).reduce((sum, v) => sum + v, 0);

/**
 * Checks a traffic map as Azure ML does: whole percentages from 0 to 100 that sum to 0 or 100, naming only
 * deployments that exist. Returns the first problem as a sentence, or undefined.
 */
export function trafficProblem(map: TrafficMap, deployments: string[]): string | undefined {
  for (const [name, share] of Object.entries(map)) {
    if (!deployments.includes(name)) return `deployment '${name}' does not exist on the endpoint`;
    if (!Number.isInteger(share) || share < 0 || share > 100)
      return `'${name}' has ${share}%, not a whole percentage from 0 to 100`;
  }
  const sum = total(map);
  if (sum !== 0 && sum !== 100) return `the shares sum to ${sum}%, not 0 or 100`;
  return undefined;
}

/**
 * The traffic map after giving `deployment` `share` percent: the other deployments keep their proportions of
 * the rest, rounded to whole percentages by largest remainder (ties to the name that sorts first), so the map
 * still sums to 100. A share of 0 leaves the map as it is (the deployment stays dark).
 */
export function planTraffic(current: TrafficMap, deployment: string, share: number): TrafficMap {
  if (share === 0) return { ...current };
  const others = Object.entries(current).filter(([name, v]) => name !== deployment && v > 0);
  const othersTotal = others.reduce((sum, [, v]) => sum + v, 0);
  const next: TrafficMap = {};
  for (const name of Object.keys(current)) next[name] = 0;
  next[deployment] = share;
  const rest = 100 - share;
  if (rest === 0) return next;
  if (othersTotal === 0) {
    throw new ConfigurationError(
      `Input 'traffic': the endpoint has no live traffic on another deployment to keep the other ${rest}%. ` +
        `Send all traffic to '${deployment}' (traffic: all) or deploy it at 0 first.`,
      'traffic',
    );
  }
  const exact = others.map(([name, v]) => ({ name, value: (v * rest) / othersTotal }));
  for (const e of exact) next[e.name] = Math.floor(e.value);
  let missing = rest - exact.reduce((sum, e) => sum + Math.floor(e.value), 0);
  const byRemainder = [...exact].sort(
    (a, b) => b.value - Math.floor(b.value) - (a.value - Math.floor(a.value)) || a.name.localeCompare(b.name),
  );
  for (const e of byRemainder) {
    if (missing === 0) break;
    next[e.name]! += 1;
    missing--;
  }
  return next;
}

/**
 * Mirror traffic after mirroring `share` percent to `deployment` (Azure ML: one mirror target, at most 50%,
 * never a deployment that takes live traffic). `share` undefined leaves the mirror map as it is.
 */
export function planMirror(
  current: TrafficMap,
  traffic: TrafficMap,
  deployment: string,
  share: number | undefined,
): TrafficMap {
  if (share === undefined) return { ...current };
  if ((traffic[deployment] ?? 0) > 0) {
    throw new ConfigurationError(
      `Input 'mirror': '${deployment}' takes ${traffic[deployment]}% of live traffic, and Azure ML mirrors only to a deployment without live traffic. Use traffic: 0 with mirror, or drop mirror.`,
      'mirror',
    );
  }
  return { [deployment]: share };
}

/** The deployments with a share above 0, by name: what a traffic map means, whatever zeros it lists. */
export function liveShares(map: TrafficMap): Array<[string, number]> {
  return Object.entries(map)
    .filter(([, v]) => v > 0)
    .sort(([a], [b]) => a.localeCompare(b));
}

/** Whether two traffic maps send the same shares to the same deployments (zero entries aside). */
export function sameTraffic(a: TrafficMap, b: TrafficMap): boolean {
  return JSON.stringify(liveShares(a)) === JSON.stringify(liveShares(b));
}

/** A traffic map as people read it: `blue 90%, green 10%` (or `none`). */
export function describeTraffic(map: TrafficMap): string {
  const entries = Object.entries(map).filter(([, v]) => v > 0);
  return entries.length === 0 ? 'none' : entries.map(([k, v]) => `${k} ${v}%`).join(', ');
}
