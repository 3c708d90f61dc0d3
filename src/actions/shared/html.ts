/** Escapes text for the job summary's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** An HTML table; cells are HTML already (escape text with escapeHtml). */
export function htmlTable(head: string[] | undefined, rows: string[][]): string {
  const cells = (tag: string, row: string[]): string =>
    `<tr>${row.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return `<table>${head ? cells('th', head) : ''}${rows.map((r) => cells('td', r)).join('')}</table>`;
}
