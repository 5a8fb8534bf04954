import { describe, expect, it } from 'vitest';
import { offerToSearch, openSearchChannel, type OfferedEntry } from './searchChannel.ts';

describe('searchChannel', () => {
  it('hands offered collections to the open sink, and to nothing once it is closed', () => {
    const offered: Array<[string, readonly OfferedEntry[]]> = [];
    const close = openSearchChannel((collection, entries) => offered.push([collection, entries()]));
    offerToSearch('posts', () => [{ id: 'a', data: { title: 'A' } }]);
    close();
    offerToSearch('episodes', () => {
      throw new Error('entries read with no sink open');
    });
    expect(offered).toEqual([['posts', [{ id: 'a', data: { title: 'A' } }]]]);
  });

  it('is one channel across module instances: the sink is found under a registered symbol', () => {
    const close = openSearchChannel(() => {});
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).toContain('Symbol(frm.search.sink)');
    close();
    expect(Object.getOwnPropertySymbols(globalThis).map(String)).not.toContain('Symbol(frm.search.sink)');
  });

  it('closing an older sink leaves a newer one open', () => {
    const seen: string[] = [];
    const closeOld = openSearchChannel(() => seen.push('old'));
    const closeNew = openSearchChannel(() => seen.push('new'));
    closeOld();
    offerToSearch('posts', () => []);
    closeNew();
    expect(seen).toEqual(['new']);
  });
});
