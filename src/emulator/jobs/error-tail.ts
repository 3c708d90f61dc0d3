// A failed job's error as Azure ML words it ("Execution failed. User process ... exited with status code N. Please
// check log file 'user_logs/std_log.txt' for error details. Error: <the traceback>"): the last Python traceback
// of its output, else its last lines.
const MAX_LINES = 30;

/** The last traceback in `output` (from "Traceback (most recent call last):" to the end), else the last lines. */
export function lastTraceback(output: string): string {
  const lines = output.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
  const start = lines.findLastIndex((l) => l.startsWith('Traceback (most recent call last):'));
  const tail = start >= 0 ? lines.slice(start) : lines.slice(-10);
  return tail.slice(-MAX_LINES).join('\n');
}

export function userErrorMessage(
  program: string,
  code: number | null,
  signal: string | null,
  log: string,
  output: string,
): string {
  const how =
    code !== null ? `exited with status code ${code}` : `was killed by signal ${signal ?? 'unknown'}`;
  const tail = lastTraceback(output);
  return (
    `Execution failed. User process '${program}' ${how}. Please check log file '${log}' for error details.` +
    (tail ? ` Error: ${tail}` : '')
  );
}
