#!/usr/bin/env node
// The `mlops` command (npx mlops ...): the bundled CLI. It has no option that Node reads as its own (src/cli/args.ts).
import '../dist/cli/index.js';
