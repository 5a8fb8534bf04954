import { createHash, hash } from 'node:crypto';

/** One non-blank line of an export's data.ndjson: where it is, and a hash of its bytes. */
export interface ExportLine {
  /** 1-based line number, for problem reports. */
  readonly number: number;
  readonly start: number;
  readonly end: number;
  /** SHA-1 (base64) of the line's bytes: equal hashes, equal documents. */
  readonly hash: string;
}

export interface ExportLines {
  readonly lines: ExportLine[];
  /** SHA-256 (hex) over every line's hash: changes whenever any document does. */
  readonly digest: string;
}

/**
 * Splits data.ndjson into lines and hashes each one, without decoding or parsing anything: a
 * rebuild compares these hashes with the last build's to find the documents that changed.
 */
export function scanExportLines(bytes: Uint8Array): ExportLines {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lines: ExportLine[] = [];
  const digest = createHash('sha256');
  let start = 0;
  let number = 0;
  while (start <= buffer.length) {
    let end = buffer.indexOf(10, start);
    if (end === -1) end = buffer.length;
    number++;
    if (!isBlank(buffer, start, end)) {
      const lineHash = hash('sha1', buffer.subarray(start, end), 'base64');
      lines.push({ number, start, end, hash: lineHash });
      digest.update(lineHash);
    }
    start = end + 1;
  }
  return { lines, digest: digest.digest('hex') };
}

/** The line's text, parsed (throws on invalid JSON). */
export function parseExportLine(bytes: Uint8Array, line: ExportLine): unknown {
  return JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', line.start, line.end));
}

function isBlank(buffer: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = buffer[i]!;
    if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  }
  return true;
}
