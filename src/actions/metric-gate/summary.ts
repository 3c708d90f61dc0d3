import { escapeHtml, htmlTable } from '../shared/html.js';
import { comparator, type BaselineModel, type GateVerdict } from './compare.js';

/** The job summary: the candidate's value, each comparison, and where the baseline came from (or why none). */
export function renderSummary(
  verdict: GateVerdict,
  baseline: { found: BaselineModel } | { none: string } | undefined,
): string {
  const op = comparator(verdict.goal);
  let md = `## Metric gate ${verdict.passed ? 'passed' : 'FAILED'}: ${escapeHtml(verdict.metric)} = ${verdict.value} (${verdict.goal})\n\n`;
  const rows = verdict.checks.map((c) => [
    c.against === 'threshold'
      ? 'threshold'
      : baseline && 'found' in baseline
        ? `baseline: ${escapeHtml(baseline.found.modelId)} (deployment ${escapeHtml(baseline.found.deployment)} of ${escapeHtml(baseline.found.endpoint)}, ${baseline.found.traffic}% traffic) = ${baseline.found.value}`
        : 'baseline',
    `${escapeHtml(op)} ${c.needs}`,
    c.passed ? 'pass' : '<b>FAIL</b>',
  ]);
  md += htmlTable(['Against', 'Needs', 'Result'], rows);
  if (baseline === undefined) md += '\n\nNo baseline endpoint given: compared with the threshold only.\n';
  else if ('none' in baseline) md += `\n\nNo baseline: ${escapeHtml(baseline.none)}.\n`;
  return md;
}
