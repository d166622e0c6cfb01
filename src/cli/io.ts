/** A writable stream as the CLI uses it (Node's `process.stdout` fits). */
export interface CliWritable {
  write(chunk: string): unknown;
  /** `true` when the stream is a terminal. */
  readonly isTTY?: boolean;
}

/** A readable stream of text or bytes (Node's `process.stdin` fits). */
export type CliReadable = AsyncIterable<string | Uint8Array>;

/**
 * The streams and environment {@link run} works with, so tests can run the CLI in-process.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
 * ```
 */
export interface CliIo {
  readonly stdin: CliReadable;
  readonly stdout: CliWritable;
  readonly stderr: CliWritable;
  /** Directory relative file names are read from (default: the process's). */
  readonly cwd?: string;
  /** Today's date (`yyyy-MM-dd`) when `--date` is not given; default: the local date. */
  readonly today?: string;
}
