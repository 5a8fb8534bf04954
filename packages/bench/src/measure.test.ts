import { describe, expect, it } from 'vitest';
import { timeReport } from './measure.ts';

// The lines GNU time -v prints after the command's own output.
const report = (user: string, system: string, rssKb: string) =>
  `built\n\tCommand being timed: "node astro.mjs build"\n\tUser time (seconds): ${user}\n\tSystem time (seconds): ${system}\n\tPercent of CPU this job got: 131%\n\tMaximum resident set size (kbytes): ${rssKb}\n\tExit status: 0\n`;

describe('timeReport', () => {
  it('adds user and system time, and reads the peak RSS in MB', () => {
    expect(timeReport(report('52.31', '4.09', '1818726'))).toEqual({ cpuMs: 56_400, peakRssMb: 1818726 / 1024 });
  });

  it('says NaN rather than a made-up figure when GNU time did not report', () => {
    const { cpuMs, peakRssMb } = timeReport('built\n');
    expect(cpuMs).toBeNaN();
    expect(peakRssMb).toBeNaN();
  });
});
