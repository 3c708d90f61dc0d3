// One growing job log read piece by piece: where the next read starts, bytes turned into whole lines (a line split
// across two reads, or a UTF-8 character split across two ranges, is printed once, whole), and the last lines kept
// for a failure's report. azure-ai-ml re-downloads the whole file each poll and prints the lines past those it
// printed (_job_ops_helper._incremental_print); reading only the new bytes (Range) is the same output for less.

/** How many of a log's last lines are kept for the failure report. */
export const TAIL_LINES = 40;

/** The logs azure-ai-ml streams: the common runtime's std_log.txt, or the primary process's one when distributed. */
// _job_ops_helper / JobLogPattern.COMMON_RUNTIME_STREAM_LOG_PATTERN (azure-ai-ml constants/_job/job.py).
const STREAMED_LOG = /^user_logs\/std_log[\D]*[0]*(?:_ps)?\.txt/;

/** The names of `logFiles` to stream, sorted (as azure-ai-ml filters and sorts them). */
export function streamedLogs(logFiles: Record<string, string> | undefined): string[] {
  return Object.keys(logFiles ?? {})
    .filter((name) => STREAMED_LOG.test(name))
    .sort();
}

export class LogStream {
  /** The byte offset of the next read. */
  offset = 0;
  private readonly decoder = new TextDecoder('utf-8');
  private partial = '';
  private readonly last: string[] = [];

  /** Takes the bytes read at `offset`; returns the lines they complete. */
  push(bytes: Uint8Array): string[] {
    if (bytes.length === 0) return [];
    this.offset += bytes.length;
    const text = this.partial + this.decoder.decode(bytes, { stream: true });
    const parts = text.split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    return this.keep(parts);
  }

  /** The last, unterminated line (when the job ended without a new line). */
  flush(): string[] {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return rest === '' ? [] : this.keep([rest]);
  }

  /** The log's last lines (TAIL_LINES at most). */
  tail(): string[] {
    return [...this.last];
  }

  private keep(lines: string[]): string[] {
    for (const line of lines) {
      this.last.push(line);
      if (this.last.length > TAIL_LINES) this.last.shift();
    }
    return lines;
  }
}
