import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AnalyticsNotice from './AnalyticsNotice.astro';

async function render(prefix: string | null): Promise<string> {
  const html = await (await AstroContainer.create()).renderToString(AnalyticsNotice, { props: { prefix } });
  // Dev-mode source annotations are noise for these assertions.
  return html.replace(/\s+data-astro-[a-z0-9-]+(="[^"]*")?/g, '');
}

describe('AnalyticsNotice (privacy page)', () => {
  it('says nothing while the analytics prefix is off', async () => {
    expect((await render(null)).trim()).toBe('');
  });

  it('names the statistics service and what it sees when the prefix is on', async () => {
    const html = await render('https://op3.dev/e/');
    expect(html).toContain('<strong>op3.dev</strong>');
    expect(html).toMatch(/IP address and app name of each download/);
  });
});
