import { studioModelUrl, type WorkspaceAddress } from '../../azureml/workspace.js';
import { escapeHtml, htmlTable } from '../shared/html.js';
import type { RegisterResult } from './register.js';

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
  } else {
    rows.push(['Upload', 'nothing (reused)']);
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
