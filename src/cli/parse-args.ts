import { cliError } from './cli-error.js';

/** How one option is read. */
export interface OptionSpec {
  /** `string` takes a value, `boolean` is a flag (`--no-x` turns it off), `list` may repeat. */
  readonly type: 'string' | 'boolean' | 'list';
  /** One-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
  /** Allowed values of a string option. */
  readonly choices?: readonly string[];
}

/** Options and positional arguments read from the command line. */
export interface ParsedArgs {
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly positionals: readonly string[];
}

/**
 * Reads `argv` against `spec`: `--name value`, `--name=value`, `-h`, `--flag`, `--no-flag`,
 * repeated list options, and `--` to end the options. An unknown option or a missing or disallowed
 * value is a {@link CliError} naming it (in Vietnamese and English).
 *
 * @example
 * ```ts
 * parseArgs(['units.csv', '--date', '2024-06-30', '--format=json'], { date: { type: 'string' }, format: { type: 'string', choices: ['table', 'json', 'csv'] } });
 * // { options: { date: '2024-06-30', format: 'json' }, positionals: ['units.csv'] }
 * ```
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const options: Record<string, string | boolean | string[] | undefined> = {};
  const positionals: string[] = [];
  const shorts = new Map(Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = shorts.get(arg.slice(1));
      if (long === undefined || arg.length !== 2) throw unknownOption(arg, spec);
      name = long;
    }
    let s = spec[name];
    let negated = false;
    if (!s && name.startsWith('no-') && spec[name.slice(3)]?.type === 'boolean') {
      s = spec[name.slice(3)];
      name = name.slice(3);
      negated = true;
    }
    if (!s) throw unknownOption(arg, spec);
    if (s.type === 'boolean') {
      if (inline !== undefined) {
        throw cliError('unexpected-value', `--${name} takes no value`, `--${name} không nhận giá trị`, { kind: 'option', option: `--${name}` });
      }
      options[name] = !negated;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw cliError('missing-value', `--${name} needs a value`, `--${name} cần một giá trị`, { kind: 'option', option: `--${name}` });
    }
    if (s.choices && !s.choices.includes(value)) {
      throw cliError('invalid-choice', `"${value}" is not allowed (one of: ${s.choices.join(', ')})`, `"${value}" không hợp lệ (chọn một trong: ${s.choices.join(', ')})`, { kind: 'option', option: `--${name}` });
    }
    if (s.type === 'list') options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { options, positionals };
}

function unknownOption(arg: string, spec: Readonly<Record<string, OptionSpec>>) {
  const bare = arg.replace(/^-+/, '').split('=')[0] ?? '';
  const near = Object.keys(spec).find((k) => k.startsWith(bare.slice(0, 3)) && bare.length >= 3);
  const hint = near ? ` (--${near}?)` : '';
  return cliError('unknown-option', `unknown option ${arg}${hint}; see --help`, `tùy chọn không có: ${arg}${hint}; xem --help`, { kind: 'option', option: arg });
}
