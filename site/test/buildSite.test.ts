import { describe, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('buildSite', () => {
  it('kills a build that overruns its time, so no astro process is left running', async () => {
    const build = await buildSite({}, { timeoutMs: 500 });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('[buildSite] killed after 0.5 s');
    expect(build.pid).toBeTypeOf('number');
    expect(isRunning(build.pid!)).toBe(false);
  }, 60_000);
});
