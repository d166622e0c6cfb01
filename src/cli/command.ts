import type { Locale, LocalizedText } from '../core/localized-text.js';
import type { NumberNotation } from '../format/parse-number.js';
import type { CliIo } from './io.js';
import type { OptionSpec, ParsedArgs } from './parse-args.js';

/** Output format of every command. */
export type OutputFormat = 'table' | 'json' | 'csv';

/** Options every command takes. */
export interface CommonOptions {
  readonly format: OutputFormat;
  readonly lang: Locale;
  readonly notation: NumberNotation;
  readonly inputFormat?: string;
  readonly delimiter?: string;
  readonly progress: boolean;
}

/** One subcommand: its option spec, its help text and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: LocalizedText;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** The `--help` text in a language. */
  help(locale: Locale): string;
  run(args: ParsedArgs, io: CliIo, common: CommonOptions): Promise<number>;
}

/** The options shared by every command. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: 'boolean', short: 'h' },
  format: { type: 'string', short: 'f', choices: ['table', 'json', 'csv'] },
  lang: { type: 'string', choices: ['vi', 'en'] },
  'input-format': { type: 'string', choices: ['json', 'csv', 'text'] },
  delimiter: { type: 'string' },
  notation: { type: 'string', choices: ['vi', 'en'] },
  progress: { type: 'boolean' },
};

/**
 * Help lines for the common options.
 *
 * @example
 * ```ts
 * commonHelp('en').startsWith('Common options:'); // true
 * ```
 */
export function commonHelp(locale: Locale): string {
  return locale === 'vi'
    ? `Tùy chọn chung:
  -f, --format table|json|csv   định dạng kết quả (mặc định: table)
  --lang vi|en                  ngôn ngữ của bảng và giải thích (mặc định: vi)
  --input-format json|csv|text  định dạng tệp vào (mặc định: theo phần mở rộng, hoặc đoán)
  --delimiter ","|";"|tab       dấu phân cách CSV (mặc định: tự nhận từ dòng tiêu đề)
  --notation vi|en              cách viết số trong ô CSV: vi = 1.485 và 59,3 (mặc định); en = 1,485 và 59.3
  --no-progress                 không hiện thanh tiến độ (chỉ hiện khi stderr là terminal)
  -h, --help                    hướng dẫn này`
    : `Common options:
  -f, --format table|json|csv   output format (default: table)
  --lang vi|en                  language of tables and explanations (default: vi)
  --input-format json|csv|text  input format (default: from the file extension, or guessed)
  --delimiter ","|";"|tab       CSV delimiter (default: detected from the header line)
  --notation vi|en              numbers in CSV cells: vi = 1.485 and 59,3 (default); en = 1,485 and 59.3
  --no-progress                 no progress bar (drawn only when stderr is a terminal)
  -h, --help                    this help`;
}
