import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FundingLinks from './FundingLinks.astro';

async function render(links: { _key: string; url: string; label: string }[]): Promise<string> {
  const html = await (await AstroContainer.create()).renderToString(FundingLinks, { props: { links } });
  return html.replace(/\s+data-astro-[a-z0-9-]+(="[^"]*")?/g, '');
}

const show = { _key: 's', url: 'https://familyroommission.org/give', label: 'Support Family Room Mission' };
const episode = {
  _key: 'e',
  url: 'https://familyroommission.org/give/marriage-weekend',
  label: 'Send a couple to the marriage weekend',
};

describe('FundingLinks (podcast pages)', () => {
  it('shows the episode’s appeal before the show’s giving link, each address once', async () => {
    const html = await render([episode, show, { ...show, _key: 'again' }]);
    const links = [...html.matchAll(/<a class="button secondary" href="([^"]+)" rel="noopener">([^<]+)<\/a>/g)].map(
      (m) => [m[1], m[2]],
    );
    expect(links).toEqual([
      [episode.url, episode.label],
      [show.url, show.label],
    ]);
    expect(html).toContain('<h2 id="funding-heading">Support the ministry</h2>');
  });

  it('says nothing without giving links, and never links a script address', async () => {
    expect((await render([])).trim()).toBe('');
    expect((await render([{ _key: 'x', url: 'javascript:alert(1)', label: 'Give' }])).trim()).toBe('');
  });
});
