#!/usr/bin/env -S node --
// `node --` stops Node from reading our `--env-file` option as its own (Node scans the whole argv for it).
import '../dist/cli/index.js';
