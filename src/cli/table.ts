/**
 * Display width of a text: code points after NFC (Vietnamese letters are precomposed).
 *
 * @example
 * ```ts
 * displayWidth('Hương Xuân'); // 10
 * ```
 */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0) ?? 0;
    // Combining marks take no column.
    if (cp >= 0x300 && cp <= 0x36f) continue;
    n++;
  }
  return n;
}

/** A table column: its header and whether to right-align it (numbers). */
export interface TableColumn {
  readonly header: string;
  readonly align?: 'left' | 'right';
}

/**
 * Renders rows as a plain-text table with a header rule, padding each column to its widest cell.
 *
 * @example
 * ```ts
 * renderTable([{ header: 'Đơn vị' }, { header: 'Tiêu chí', align: 'right' }], [['Hương Xuân', '19/19']]);
 * // 'Đơn vị      Tiêu chí\n----------  --------\nHương Xuân     19/19\n'
 * ```
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((c, i) => Math.max(displayWidth(c.header), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (text: string, i: number) => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(text)));
    return columns[i]?.align === 'right' ? gap + text : text + gap;
  };
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, i)).join('  ').trimEnd();
  const out = [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map((r) => line(columns.map((_, i) => r[i] ?? '')))];
  return `${out.join('\n')}\n`;
}
