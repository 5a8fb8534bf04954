import { describe, expect, it } from 'vitest';
import { astroInternalsChanged } from './astroInternals.ts';

describe('Astro internals the site still relies on', () => {
  it('are unchanged in the installed Astro', async () => {
    const problems = await astroInternalsChanged();
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
