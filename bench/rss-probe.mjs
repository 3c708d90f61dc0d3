// Loaded with `node --import bench/rss-probe.mjs dist/<name>/index.js`: at exit, writes the process's
// peak resident set size (KiB, from getrusage) to the file named by MLOPS_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.MLOPS_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
