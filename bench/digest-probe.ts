// Bundled on the fly by bench/run.js: prints the content digest of a directory and how long it took,
// using exactly the code package-model and register-model use.
import { combineDigest, hashFiles } from '../src/model/digest.js';
import { listFiles } from '../src/model/files.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: digest-probe DIR');
const started = process.hrtime.bigint();
const files = await listFiles(dir, 'dir');
const digest = combineDigest(await hashFiles(files));
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(JSON.stringify({ digest, seconds, bytes: files.reduce((n, f) => n + f.size, 0) }));
