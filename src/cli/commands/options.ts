import type { CliIo } from '../io.js';
import type { ParsedArgs } from '../parse-args.js';
import { cliError } from '../cli-error.js';

/**
 * A string option's value, if given.
 *
 * @example
 * ```ts
 * stringOption(parseArgs(['--date', '2024-06-30'], { date: { type: 'string' } }).options, 'date'); // '2024-06-30'
 * ```
 */
export function stringOption(options: ParsedArgs['options'], name: string): string | undefined {
  const v = options[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * A list option's values (empty when not given).
 *
 * @example
 * ```ts
 * listOption({ fact: ['safeZone=true'] }, 'fact'); // ['safeZone=true']
 * ```
 */
export function listOption(options: ParsedArgs['options'], name: string): readonly string[] {
  const v = options[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/**
 * The local calendar date of `now` as `yyyy-MM-dd`.
 *
 * @example
 * ```ts
 * localToday(new Date(2024, 5, 30)); // '2024-06-30'
 * ```
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The `--date` option as `yyyy-MM-dd` (also accepts `dd/MM/yyyy`), or today.
 * @throws {@link CliError} naming `--date` when it is not a date.
 *
 * @example
 * ```ts
 * dateOption({ date: '30/06/2024' }, io); // '2024-06-30'
 * ```
 */
export function dateOption(options: ParsedArgs['options'], io: CliIo): string {
  const v = stringOption(options, 'date');
  if (v === undefined) return io.today ?? localToday();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) return `${m[3]}-${(m[2] as string).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  throw cliError('invalid-date', `"${v}" is not a date (yyyy-MM-dd or dd/MM/yyyy)`, `"${v}" không phải ngày (yyyy-MM-dd hoặc dd/MM/yyyy)`, { kind: 'option', option: '--date' });
}
