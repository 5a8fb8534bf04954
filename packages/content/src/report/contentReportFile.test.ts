import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentReport, writeContentReport, type ContentReport } from './contentReportFile.ts';

const report: ContentReport = {
  failedAt: '2026-11-30T10:00:00.000Z',
  source: 'Content Lake abc123/production',
  problems: [{ id: 'episode-1', type: 'podcastEpisode', path: 'audio.sizeBytes', message: 'is missing' }],
};

describe('the content report file (CONTENT_REPORT_FILE)', () => {
  it('writes the report as indented JSON into a folder it creates, and reads it back', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'frm-report-')), 'nested', 'deeper', 'report.json');
    await writeContentReport(path, report);
    expect(await readFile(path, 'utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(await readContentReport(path)).toEqual(report);
  });

  it('reads "no report" when the build wrote none', async () => {
    expect(await readContentReport(join(await mkdtemp(join(tmpdir(), 'frm-report-')), 'missing.json'))).toBeUndefined();
  });

  it('does not hide a report it cannot read', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'frm-report-'));
    await expect(readContentReport(folder)).rejects.toMatchObject({ code: 'EISDIR' });
  });
});
