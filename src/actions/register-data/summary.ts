import type { RegisterDataResult } from '../../azureml/data-registration.js';
import type { WorkspaceAddress } from '../../azureml/workspace.js';
import { escapeHtml, htmlTable } from '../shared/html.js';

const mb = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The job summary: the data asset version, whether it was reused, where its data is, what was uploaded. */
export function renderDataSummary(result: RegisterDataResult, address: WorkspaceAddress): string {
  const v = result.version;
  const code = (text: string): string => `<code>${escapeHtml(text)}</code>`;
  const rows: string[][] = [
    ['Workspace', escapeHtml(`${address.workspace} (resource group ${address.resourceGroup})`)],
    ['Data asset', code(result.uri)],
    [
      'Version',
      `${escapeHtml(v.version)} (${result.reused ? 'reused: this data was already registered' : 'new'})`,
    ],
    ['Type', escapeHtml(v.dataType)],
    ['Data', code(v.dataUri)],
    ['Digest', code(result.digest)],
  ];
  const u = result.upload;
  rows.push([
    'Upload',
    u
      ? `${u.uploadedFiles} files (${mb(u.uploadedBytes)}) uploaded, ${u.skippedFiles} already there, in ${u.seconds.toFixed(1)} s`
      : 'nothing',
  ]);
  if (result.deletedDuplicate !== undefined) {
    rows.push([
      'Concurrent run',
      `another run registered this data first: version ${escapeHtml(result.deletedDuplicate)}, created by this run, was deleted`,
    ]);
  }
  rows.push(['ARM id', code(result.id)]);
  return `<h2>Data asset ${escapeHtml(v.name)}:${escapeHtml(v.version)}</h2>\n${htmlTable(undefined, rows)}\n`;
}
