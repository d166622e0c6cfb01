/**
 * The command-line interface (`npx nong-thon-moi …`), Node-only. {@link run} takes argv and the
 * streams, so it can be run in-process; the small RFC 4180 CSV reader/writer and the argument parser
 * are exported for scripts.
 * @module cli
 */
export { run, COMMANDS } from './run.js';
export type { CliIo, CliReadable, CliWritable } from './io.js';
export { CliError, cliError, formatIssues, whereText, type CliIssue, type Where } from './cli-error.js';
export { parseCsv, formatCsv, csvField, detectDelimiter, type CsvRecord, type CsvParseOptions } from './csv.js';
export { parseArgs, type OptionSpec, type ParsedArgs } from './parse-args.js';
export { renderTable, displayWidth, type TableColumn } from './table.js';
export { createProgress, PROGRESS_MIN_ITEMS, type Progress } from './progress.js';
export { readBooleanCell, readDecimalCell, readIntegerCell, readRatioCell, readDateCell, isNotApplicableCell, type CellResult } from './cells.js';
export type { Command, CommonOptions, OutputFormat } from './command.js';
