import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../lib/search/searchRecords.ts';
import { writeSearchIndex } from './pagefindWriter.ts';

const record: SearchRecord = { url: '/blog/a-post/', content: 'A Post. Gratitude every evening.', language: 'en', meta: { title: 'A Post', kind: 'post' }, filters: { kind: ['post'] } };

describe('writeSearchIndex (Pagefind driven from a worker thread)', () => {
  it('writes the index and says how long indexing and writing took', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'frm-pagefind-')), 'pagefind');
    const timing = await writeSearchIndex([record], out);
    expect(timing.addMs).toBeGreaterThan(0);
    expect(timing.writeMs).toBeGreaterThan(0);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
  }, 60_000);

  it("fails, instead of waiting forever, when Pagefind's process ends without an answer", async () => {
    // The output folder cannot be made under a file: Pagefind panics (and prints why).
    const file = join(await mkdtemp(join(tmpdir(), 'frm-pagefind-')), 'a-file');
    await writeFile(file, '');
    await expect(writeSearchIndex([record], join(file, 'pagefind'))).rejects.toThrow('Search index: Pagefind stopped before the index was written (its own message is printed above');
  }, 60_000);

  it("reports an error Pagefind's API raises in the thread as a search index error", async () => {
    await expect(writeSearchIndex([{ ...record, url: 42 as unknown as string }], join(tmpdir(), 'frm-pagefind-unused'))).rejects.toThrow(/^Search index: Pagefind: /);
  }, 60_000);
});
