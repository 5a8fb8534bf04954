import { createHash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileDigest, readExportLine, scanExportFile } from './exportLines.ts';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64');

function fileWith(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'frm-export-lines-')), 'data.ndjson');
  writeFileSync(path, text);
  return path;
}

/** What the scan must find: every non-blank line, numbered from 1, with its byte offsets. */
function expectedLines(text: string) {
  const bytes = Buffer.from(text);
  const out: Array<{ number: number; start: number; end: number; hash: string; text: string }> = [];
  let start = 0;
  bytes
    .toString('latin1')
    .split('\n')
    .forEach((raw, i) => {
      const end = start + raw.length;
      const line = bytes.toString('utf8', start, end);
      if (line.trim() !== '') out.push({ number: i + 1, start, end, hash: sha1(line), text: line });
      start = end + 1;
    });
  return out;
}

const text = ['{"_id":"a","_type":"post","title":"Ünïcode ✓"}', '', '  \r', `{"_id":"b","_type":"post","body":"${'x'.repeat(300)}"}`, '{"_id":"c","_type":"topic"}\r', ''].join('\n');

describe('scanExportFile', () => {
  // Small chunks put line ends on every side of a chunk boundary, and a line longer than the buffer.
  it.each([1, 7, 16, 64, 1 << 20])('finds every line, its offsets and hash, whatever the chunk size (%i bytes)', (chunk) => {
    const path = fileWith(text);
    const seen: string[] = [];
    const { lines, digest } = scanExportFile(path, (bytes) => seen.push(bytes.toString('utf8')), chunk);
    const expected = expectedLines(text);
    expect(lines).toEqual(expected.map(({ text: _, ...line }) => line));
    expect(seen).toEqual(expected.map((line) => line.text));
    expect(digest).toBe(expected.reduce((hash, line) => hash.update(line.hash), createHash('sha256')).digest('hex'));
  });

  it('reads a last line without a newline, and an empty file', () => {
    expect(scanExportFile(fileWith('{"_id":"a"}\n{"_id":"b"}')).lines.map((line) => [line.number, line.hash])).toEqual([
      [1, sha1('{"_id":"a"}')],
      [2, sha1('{"_id":"b"}')],
    ]);
    expect(scanExportFile(fileWith('')).lines).toEqual([]);
  });
});

describe('the digest', () => {
  it('changes with any byte of a document, even at the same size, and with the order of the lines', () => {
    const path = fileWith(text);
    const before = scanExportFile(path).digest;
    writeFileSync(path, text.replace('"a"', '"z"'));
    expect(scanExportFile(path).digest).not.toBe(before);
    writeFileSync(path, text.split('\n').reverse().join('\n'));
    expect(scanExportFile(path).digest).not.toBe(before);
  });

  it('of a whole file (an archive) is its SHA-256', () => {
    expect(fileDigest(fileWith(text))).toBe(createHash('sha256').update(text).digest('hex'));
  });
});

describe('readExportLine', () => {
  it('reads a scanned line again, and refuses it once the file changed under it', () => {
    const path = fileWith(text);
    const [, second] = scanExportFile(path).lines;
    let fd = openSync(path, 'r');
    expect(readExportLine(fd, second!)?.toString()).toBe(expectedLines(text)[1]!.text);
    closeSync(fd);
    writeFileSync(path, text.replace('xxx', 'xyx'));
    fd = openSync(path, 'r');
    expect(readExportLine(fd, second!)).toBeUndefined();
    closeSync(fd);
  });
});
