import type { Locale, LocalizedText } from '../core/localized-text.js';

/** Where in the input a problem is: a CSV row (line number, header = 1) and column, or a JSON path. */
export type Where =
  | { readonly kind: 'csv'; readonly row: number; readonly column?: string }
  | { readonly kind: 'json'; readonly index?: number; readonly path?: string }
  | { readonly kind: 'option'; readonly option: string }
  | { readonly kind: 'file'; readonly file: string };

/** One problem found in the input, with its place and a message in Vietnamese and English. */
export interface CliIssue {
  readonly where?: Where;
  readonly code: string;
  readonly message: LocalizedText;
}

/**
 * The error the CLI reports to the user: bilingual issues and the process exit code
 * (2 for bad usage or bad input).
 *
 * @example
 * ```ts
 * throw new CliError([{ where: { kind: 'csv', row: 7, column: '15.3' }, code: 'not-a-number', message: { vi: '…', en: '…' } }]);
 * ```
 */
export class CliError extends Error {
  readonly issues: readonly CliIssue[];
  readonly exitCode: number;
  constructor(issues: readonly CliIssue[], exitCode = 2) {
    super(issues.map((i) => `${whereText(i.where, 'en')}${i.message.en}`).join('\n'));
    this.name = 'CliError';
    this.issues = issues;
    this.exitCode = exitCode;
  }
}

/**
 * Shorthand for a {@link CliError} with one issue.
 *
 * @example
 * ```ts
 * throw cliError('not-a-date', '"x" is not a date', '"x" không phải ngày', { kind: 'option', option: '--date' });
 * ```
 */
export function cliError(code: string, en: string, vi: string, where?: Where): CliError {
  return new CliError([{ ...(where ? { where } : {}), code, message: { en, vi } }]);
}

/**
 * The place of an issue as a prefix, e.g. `row 7, column "15.3": ` / `dòng 7, cột "15.3": `.
 *
 * @example
 * ```ts
 * whereText({ kind: 'csv', row: 7, column: '15.3' }, 'vi'); // 'dòng 7, cột "15.3": '
 * ```
 */
export function whereText(where: Where | undefined, locale: Locale): string {
  if (!where) return '';
  const vi = locale === 'vi';
  switch (where.kind) {
    case 'csv':
      return `${vi ? 'dòng' : 'row'} ${where.row}${where.column !== undefined ? `, ${vi ? 'cột' : 'column'} "${where.column}"` : ''}: `;
    case 'json': {
      const index = where.index !== undefined ? `${vi ? 'phần tử' : 'item'} [${where.index}]` : '';
      const path = where.path ? `${vi ? 'trường' : 'field'} "${where.path}"` : '';
      const text = [index, path].filter((s) => s !== '').join(', ');
      return text === '' ? '' : `${text}: `;
    }
    case 'option':
      return `${vi ? 'tùy chọn' : 'option'} ${where.option}: `;
    case 'file':
      return `${vi ? 'tệp' : 'file'} ${where.file}: `;
  }
}

/**
 * Formats issues for stderr: a heading, then each issue in the chosen language first and the other
 * one below it, so every message is bilingual.
 *
 * @example
 * ```ts
 * process.stderr.write(formatIssues(error.issues, 'vi'));
 * // nong-thon-moi: dữ liệu vào không hợp lệ (1 lỗi) / invalid input (1 issue)
 * //   - dòng 7, cột "15.3": tử số (250) lớn hơn mẫu số (231) [numerator-above-denominator]
 * //     row 7, column "15.3": numerator (250) is above denominator (231)
 * ```
 */
export function formatIssues(issues: readonly CliIssue[], locale: Locale, max = 50): string {
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const heading =
    locale === 'vi'
      ? `nong-thon-moi: dữ liệu vào không hợp lệ (${issues.length} lỗi) / invalid input (${issues.length} issue${issues.length === 1 ? '' : 's'})`
      : `nong-thon-moi: invalid input (${issues.length} issue${issues.length === 1 ? '' : 's'}) / dữ liệu vào không hợp lệ (${issues.length} lỗi)`;
  const lines = [heading];
  for (const i of issues.slice(0, max)) {
    lines.push(`  - ${whereText(i.where, locale)}${i.message[locale]} [${i.code}]`);
    lines.push(`    ${whereText(i.where, other)}${i.message[other]}`);
  }
  if (issues.length > max) {
    lines.push(locale === 'vi' ? `  … và ${issues.length - max} lỗi khác / and ${issues.length - max} more` : `  … and ${issues.length - max} more / và ${issues.length - max} lỗi khác`);
  }
  return `${lines.join('\n')}\n`;
}
