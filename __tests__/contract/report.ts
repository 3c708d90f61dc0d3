import type { RecordedExchange } from '../../src/emulator/exchange-log.js';
import type { Issue, Verdict } from './contract-check.js';
import type { SpecOperation } from './spec-files.js';

/** A verdict with the exchange it is about. */
export interface Checked {
  verdict: Verdict;
  exchange: RecordedExchange;
  source: string;
}

/** Deviations that share operation, side, code and path. */
interface Group {
  operation: string;
  issue: Issue;
  count: number;
  /** The first exchange that showed it. */
  sample: string;
}

const sampleOf = ({ exchange, source }: Checked): string =>
  `${exchange.request.method} ${exchange.request.url} -> ${exchange.response.statusCode} (${source})`;

function groupIssues(checked: Checked[], pick: (verdict: Verdict) => Issue[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of checked) {
    for (const issue of pick(item.verdict)) {
      const key = [item.verdict.operation, issue.side, issue.code, issue.path].join('\u0000');
      const group = groups.get(key);
      if (group) group.count += 1;
      else groups.set(key, { operation: item.verdict.operation, issue, count: 1, sample: sampleOf(item) });
    }
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.operation.localeCompare(b.operation) ||
      a.issue.side.localeCompare(b.issue.side) ||
      a.issue.code.localeCompare(b.issue.code) ||
      a.issue.path.localeCompare(b.issue.path),
  );
}

/** Pairs per operation name. */
function countBy(checked: Checked[], keep: (item: Checked) => boolean = () => true): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of checked.filter(keep)) {
    counts.set(item.verdict.operation, (counts.get(item.verdict.operation) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}

function operationTitle(operation: string, operations: Map<string, SpecOperation>): string {
  const spec = operations.get(operation);
  return spec ? `${operation} (${spec.method} ${spec.path})` : operation;
}

/**
 * The deviations, per operation: side (request/response/operation), code, JSON path, how many pairs, oav's message,
 * and the first exchange that showed it. Empty when there are none.
 */
export function formatDeviations(
  checked: Checked[],
  specOperations: SpecOperation[],
  contract: string,
): string {
  const groups = groupIssues(checked, (v) => v.deviations);
  if (groups.length === 0) return '';
  const operations = new Map(specOperations.map((op) => [op.operationId, op]));
  const pairs = countBy(checked);
  const failing = countBy(checked, (item) => item.verdict.deviations.length > 0);
  const lines = [
    `Contract deviations from ${contract}: ${[...failing.values()].reduce((a, b) => a + b, 0)} of ` +
      `${checked.length} recorded pairs, in ${failing.size} operation(s).`,
  ];
  let current = '';
  for (const group of groups) {
    if (group.operation !== current) {
      current = group.operation;
      lines.push(
        '',
        `${operationTitle(current, operations)}: ${failing.get(current) ?? 0} of ${pairs.get(current) ?? 0} pair(s) deviate`,
      );
    }
    const { side, code, path, message } = group.issue;
    lines.push(`  ${side.padEnd(9)} ${code}  ${path}  x${group.count}  ${message}`);
    lines.push(`  ${''.padEnd(9)} e.g. ${group.sample}`);
  }
  return lines.join('\n');
}

/** Pairs checked, operations covered, refusals, and the operations of ours never exercised. */
export function formatSummary(checked: Checked[], specOperations: SpecOperation[], contract: string): string {
  const covered = countBy(checked, (item) => item.verdict.kind === 'operation');
  const polls = countBy(checked, (item) => item.verdict.kind === 'poll');
  const refusals = groupIssues(checked, (v) => v.refusedFor);
  const lines = [
    `Contract check against ${contract}: ${checked.length} recorded pairs, ` +
      `${covered.size} operation(s) of the spec covered.`,
    ...[...covered].map(([operation, count]) => `  ${operation}  ${count}`),
    ...[...polls].map(([operation, count]) => `  ${operation}  ${count}`),
  ];
  if (refusals.length > 0) {
    lines.push(
      'Requests the emulator refused (400, 413; any 4xx for no operation) that the spec finds wrong too (not failures):',
    );
    for (const group of refusals) {
      lines.push(
        `  ${group.operation}  ${group.issue.side} ${group.issue.code} ${group.issue.path}  x${group.count}`,
      );
    }
  }
  const unexercised = neverExercised(covered, specOperations);
  if (unexercised.length > 0) {
    lines.push(
      'Operations on the resources we use that no recorded request exercised: ' +
        unexercised.map((op) => op.operationId).join(', '),
    );
  }
  return lines.join('\n');
}

/**
 * The operations of ours the suite never exercised: other methods on the paths of covered operations, and actions
 * (POST) beside a covered action on the same resource (RegenerateKeys beside ListKeys; not every workspace action).
 */
export function neverExercised(
  covered: Map<string, number>,
  specOperations: SpecOperation[],
): SpecOperation[] {
  const parent = (op: SpecOperation): string => op.path.toLowerCase().slice(0, op.path.lastIndexOf('/'));
  const used = specOperations.filter((op) => covered.has(op.operationId));
  const paths = new Set(used.map((op) => op.path.toLowerCase()));
  const actionParents = new Set(used.filter((op) => op.method === 'POST').map(parent));
  return specOperations.filter(
    (op) =>
      !covered.has(op.operationId) &&
      (paths.has(op.path.toLowerCase()) || (op.method === 'POST' && actionParents.has(parent(op)))),
  );
}
