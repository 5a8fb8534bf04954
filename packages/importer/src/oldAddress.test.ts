import { describe, expect, it } from 'vitest';
import { oldAddressPaths } from './oldAddress.ts';

const site = 'https://familyroommission.org';

describe('oldAddressPaths', () => {
  it.each([
    ['https://familyroommission.org/2019/05/hope.html', ['/2019/05/hope.html']],
    ['http://www.familyroommission.org/episodes/12-hope?utm_source=rss#top', ['/episodes/12-hope/']],
    ['https://FamilyRoomMission.org/blog/caf%C3%A9', ['/blog/café/']],
    // Not ours: another host, no address, not a web address, the home page.
    ['https://oldhost.example.com/familyroom/12-hope', []],
    ['https://shop.familyroommission.org/x', []],
    ['', []],
    [undefined, []],
    ['/2019/05/hope.html', []],
    ['mailto:hello@familyroommission.org', []],
    ['https://familyroommission.org/', []],
  ])('%s → %j', (address, expected) => {
    expect(oldAddressPaths(address, site, '/blog/hope/')).toEqual(expected);
  });

  it('records nothing when the old address is the new one', () => {
    expect(oldAddressPaths('https://familyroommission.org/blog/hope/', site, '/blog/hope/')).toEqual([]);
    expect(oldAddressPaths('https://familyroommission.org/blog/hope', site, '/blog/hope/')).toEqual([]);
  });
});
