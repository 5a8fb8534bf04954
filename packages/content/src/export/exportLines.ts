import { closeSync, openSync, readSync } from 'node:fs';
import { createHash, hash } from 'node:crypto';

/** One non-blank line of an export's data.ndjson: where it is, and a hash of its bytes. */
export interface ExportLine {
  /** 1-based line number, for problem reports. */
  readonly number: number;
  /** Byte offsets in the file. */
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

/** Bytes read at a time; a longer line grows the buffer. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads data.ndjson in chunks through one reused buffer (no copy of the whole file in memory, and
 * nothing decoded), splits it into lines and hashes each one: a rebuild compares these hashes with
 * the last build's to find the documents that changed, and the digest over them tells whether any
 * did. `onLine` sees each non-blank line's bytes, valid only during the call (the cold load parses
 * them there).
 */
export function scanExportFile(path: string, onLine?: (bytes: Buffer, line: ExportLine) => void, chunkBytes = CHUNK_BYTES): ExportLines {
  const lines: ExportLine[] = [];
  const digest = createHash('sha256');
  let buffer: Buffer = Buffer.allocUnsafe(chunkBytes);
  let filled = 0; // bytes of the file in buffer
  let offset = 0; // file offset of buffer[0]
  let number = 0;
  let eof = false;
  const fd = openSync(path, 'r');
  try {
    while (!eof) {
      if (filled === buffer.length) buffer = grown(buffer);
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) eof = true;
      filled += read;
      const view = buffer.subarray(0, filled);
      let start = 0;
      while (start <= filled) {
        let end = view.indexOf(10, start);
        if (end === -1) {
          if (!eof) break; // the rest of this line is in the next chunk
          end = filled;
        }
        number++;
        if (!isBlank(view, start, end)) {
          const bytes = view.subarray(start, end);
          const line: ExportLine = { number, start: offset + start, end: offset + end, hash: hash('sha1', bytes, 'base64') };
          lines.push(line);
          digest.update(line.hash);
          onLine?.(bytes, line);
        }
        start = end + 1;
      }
      if (eof) break;
      // The unfinished line moves to the front; the next read appends to it.
      buffer.copy(buffer, 0, start, filled);
      offset += start;
      filled -= start;
    }
  } finally {
    closeSync(fd);
  }
  return { lines, digest: digest.digest('hex') };
}

/** The SHA-256 (hex) of a file (an export archive), read in chunks. */
export function fileDigest(path: string): string {
  const digest = createHash('sha256');
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) digest.update(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return digest.digest('hex');
}

/** A line's bytes read again from the file, or undefined when they no longer have the line's hash (the file changed since it was scanned). */
export function readExportLine(fd: number, line: ExportLine): Buffer | undefined {
  const bytes = Buffer.allocUnsafe(line.end - line.start);
  const read = readSync(fd, bytes, 0, bytes.length, line.start);
  if (read !== bytes.length || hash('sha1', bytes, 'base64') !== line.hash) return undefined;
  return bytes;
}

/** A line's bytes, parsed (throws on invalid JSON). */
export function parseExportLine(bytes: Buffer): unknown {
  return JSON.parse(bytes.toString('utf8'));
}

function grown(buffer: Buffer): Buffer {
  const bigger = Buffer.allocUnsafe(buffer.length * 2);
  buffer.copy(bigger);
  return bigger;
}

function isBlank(buffer: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const byte = buffer[i]!;
    if (byte !== 32 && byte !== 9 && byte !== 13) return false;
  }
  return true;
}
