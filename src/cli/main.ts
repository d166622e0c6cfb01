/**
 * The `nong-thon-moi` executable: runs {@link run} on the process's arguments and streams.
 * Built by tsup into `dist/cli.js`, which `bin/nong-thon-moi.js` (the package's "bin") imports.
 * @module cli/main
 */
import { run } from './run.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `… | head` closes the pipe early: not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
