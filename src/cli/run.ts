import type { Locale } from '../core/localized-text.js';
import { LIBRARY_VERSION } from '../version.js';
import { CliError, formatIssues } from './cli-error.js';
import { COMMON_OPTIONS, type Command, type CommonOptions, type OutputFormat } from './command.js';
import { checkReportCommand } from './commands/check-report.js';
import { evaluateCommand } from './commands/evaluate.js';
import { householdsCommand } from './commands/households.js';
import { ocopCommand } from './commands/ocop.js';
import type { CliIo } from './io.js';
import { parseArgs } from './parse-args.js';

/** The subcommands, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [evaluateCommand, ocopCommand, householdsCommand, checkReportCommand];

function mainHelp(locale: Locale): string {
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(13)} ${c.summary[locale]}`).join('\n');
  return locale === 'vi'
    ? `nong-thon-moi ${LIBRARY_VERSION} — bộ tiêu chí Nông thôn mới, OCOP, chuẩn nghèo đa chiều dưới dạng mã

Cách dùng: npx nong-thon-moi <lệnh> [tệp] [tùy chọn]

Lệnh:
${list}

"npx nong-thon-moi <lệnh> --help" cho hướng dẫn từng lệnh; thêm --lang en cho tiếng Anh.
Mã thoát: 0 thành công; 1 (check-report --fail-on-flagged) có số liệu sai; 2 dữ liệu vào hoặc tùy chọn không hợp lệ.
`
    : `nong-thon-moi ${LIBRARY_VERSION} — Vietnam's New Rural Development criteria, OCOP and poverty standards as code

Usage: npx nong-thon-moi <command> [file] [options]

Commands:
${list}

"npx nong-thon-moi <command> --help" for each command's help; --lang vi for Vietnamese.
Exit codes: 0 success; 1 (check-report --fail-on-flagged) figures flagged; 2 invalid input or options.
`;
}

/** The language asked for anywhere in argv (so even a usage error is reported in it). */
function langOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' && (argv[i + 1] === 'en' || argv[i + 1] === 'vi')) return argv[i + 1] as Locale;
    if (a === '--lang=en') return 'en';
    if (a === '--lang=vi') return 'vi';
  }
  return 'vi';
}

/**
 * Runs the CLI on `argv` (without `node` and the script) with the given streams and returns the exit
 * code: 0 on success, 2 on bad usage or bad input (every problem named with its row and field, in
 * Vietnamese and English, on stderr), 1 when `check-report --fail-on-flagged` flags a figure or on an
 * unexpected failure.
 *
 * @example
 * ```ts
 * const code = await run(['evaluate', 'communes.csv', '--date', '2024-06-30', '--region', 'BTB'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr,
 * });
 * process.exitCode = code;
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = langOf(argv);
  try {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help' || name.startsWith('--lang')) {
      const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      io.stdout.write(topic ? topic.help(lang) : mainHelp(lang));
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      io.stdout.write(`${LIBRARY_VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) {
      throw new CliError([{ code: 'unknown-command', message: { en: `unknown command "${name}" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`, vi: `không có lệnh "${name}" (các lệnh: ${COMMANDS.map((c) => c.name).join(', ')})` } }]);
    }
    const args = parseArgs(rest, { ...COMMON_OPTIONS, ...command.options });
    if (args.options.help === true) {
      io.stdout.write(command.help(lang));
      return 0;
    }
    const o = args.options;
    const common: CommonOptions = {
      format: (typeof o.format === 'string' ? o.format : 'table') as OutputFormat,
      lang,
      notation: o.notation === 'en' ? 'en' : 'vi',
      ...(typeof o['input-format'] === 'string' ? { inputFormat: o['input-format'] } : {}),
      ...(typeof o.delimiter === 'string' ? { delimiter: o.delimiter } : {}),
      progress: o.progress !== false,
    };
    return await command.run(args, io, common);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(formatIssues(error.issues, lang));
      return error.exitCode;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`nong-thon-moi: ${lang === 'vi' ? 'lỗi không mong đợi / unexpected error' : 'unexpected error / lỗi không mong đợi'}\n${message}\n`);
    return 1;
  }
}
