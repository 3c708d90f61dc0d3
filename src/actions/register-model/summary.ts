import { studioModelUrl, type WorkspaceAddress } from '../../azureml/workspace.js';
import { escapeHtml, htmlTable } from '../shared/html.js';
import { JOB_LINEAGE } from '../../azureml/job-output.js';
import type { ModelVersionAddress } from '../../azureml/model-reference.js';
import type { PromotionResult } from './promotion.js';
import type { RegisterResult } from '../../azureml/model-registration.js';

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The job summary: what was registered where, whether it was reused, what was uploaded, the tags, a studio link. */
export function renderSummary(result: RegisterResult, address: WorkspaceAddress, tenantId?: string): string {
  const v = result.version;
  const link = studioModelUrl(address, v.name, v.version, tenantId ?? result.workspace.tenantId);
  const rows: Array<[string, string]> = [
    [
      'Workspace',
      `${address.workspace} (resource group ${address.resourceGroup}, subscription ${address.subscriptionId})`,
    ],
    ['Model', `<code>${escapeHtml(result.uri)}</code>`],
    [
      'Version',
      `${escapeHtml(v.version)} (${result.reused ? 'reused: these files were already registered' : 'new'})`,
    ],
    ['Digest', `<code>${escapeHtml(result.digest)}</code>`],
    ['Type', escapeHtml(v.modelType ?? '')],
    ['Files', v.modelUri ? `<code>${escapeHtml(v.modelUri)}</code>` : ''],
  ];
  if (result.upload) {
    const u = result.upload;
    rows.push([
      'Upload',
      `${u.uploadedFiles} files (${mb(u.uploadedBytes)}) uploaded, ${u.skippedFiles} already there, in ${u.seconds.toFixed(1)} s`,
    ]);
  } else if (result.sharedFilesOf) {
    rows.push([
      'Upload',
      `nothing: version ${escapeHtml(result.sharedFilesOf)} holds the same files, this version points at its blobs`,
    ]);
  } else if (v.tags[JOB_LINEAGE.job]) {
    rows.push([
      'Upload',
      `nothing: the files are where job ${escapeHtml(v.tags[JOB_LINEAGE.job])} wrote them`,
    ]);
  } else {
    rows.push(['Upload', 'nothing (reused)']);
  }
  if (result.files) {
    const f = result.files;
    rows.push([
      'Files check',
      f.restored > 0
        ? `${f.restored} of ${f.files} files were missing or different and were uploaded again (${mb(f.restoredBytes)})`
        : `all ${f.files} files there`,
    ]);
  }
  if (result.deletedDuplicate !== undefined) {
    rows.push([
      'Concurrent run',
      `another run registered these files first: version ${escapeHtml(result.deletedDuplicate)}, created by this run, was deleted`,
    ]);
  }
  if (link)
    rows.push(['Studio', `<a href="${escapeHtml(link)}">${escapeHtml(v.name)}:${escapeHtml(v.version)}</a>`]);
  rows.push(['ARM id', `<code>${escapeHtml(result.id)}</code>`]);

  const table = (head: [string, string] | undefined, body: Array<[string, string]>): string =>
    htmlTable(head, body);
  const tags = Object.entries(v.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let md = `## ${result.reused ? 'Reused' : 'Registered'} model ${escapeHtml(v.name)} version ${escapeHtml(v.version)}\n\n`;
  md += table(undefined, rows) + '\n\n';
  if (v.description) md += `${escapeHtml(v.description)}\n\n`;
  if (tags.length > 0) {
    md +=
      `### Tags\n\n` +
      table(
        ['Tag', 'Value'],
        tags.map(([k, val]) => [escapeHtml(k), escapeHtml(val)]),
      ) +
      '\n';
  }
  return md;
}

/** The job summary of a promotion: from where, the digest check, the history. */
export function renderPromotionSummary(
  result: PromotionResult,
  ref: ModelVersionAddress,
  workspace: string,
): string {
  const rows: string[][] = [
    ['Model', `<code>${escapeHtml(result.uri)}</code>`],
    ['From', `workspace ${escapeHtml(ref.workspace)}`],
    [
      'To',
      `workspace ${escapeHtml(workspace)} (${result.reused ? 'already there: its files checked, nothing registered' : 'registered'})`,
    ],
    ['Digest', `<code>${escapeHtml(result.digest)}</code>${result.copy ? ' (verified in the target)' : ''}`],
  ];
  if (result.copy) {
    const c = result.copy;
    rows.push([
      'Copy',
      `${c.copied} files copied server-side, ${c.skipped} already there, ${mb(c.bytes)}, ${c.seconds.toFixed(1)} s`,
    ]);
  }
  const history = result.history.map((h) => [
    escapeHtml(h.at),
    `${escapeHtml(h.from)} → ${escapeHtml(h.to)}`,
    escapeHtml(h.actor ?? ''),
    escapeHtml(h.approver ?? ''),
    h.run ? `<a href="${escapeHtml(h.run)}">run</a>` : '',
  ]);
  return (
    `## Promoted ${escapeHtml(result.uri)} to ${escapeHtml(workspace)}\n\n${htmlTable(undefined, rows)}\n\n` +
    `### Promotion history\n\n${htmlTable(['When', 'Path', 'By', 'Approved by', 'Run'], history)}\n`
  );
}
