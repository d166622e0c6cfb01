#!/usr/bin/env node
// The `nong-thon-moi` executable: the CLI itself is built into dist/cli.js (see tsup.config.ts).
import '../dist/cli.js';
