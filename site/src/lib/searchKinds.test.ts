import { describe, expect, it } from 'vitest';
import { searchKindAttributes, searchKinds } from './searchKinds.ts';

describe('searchKindAttributes', () => {
  it('gives Pagefind the kind as a filter and as metadata, for every kind the search page offers', () => {
    for (const kind of Object.keys(searchKinds) as Array<keyof typeof searchKinds>) {
      expect(searchKindAttributes(kind)).toEqual({
        'data-pagefind-filter': `kind:${kind}`,
        'data-pagefind-meta': `kind:${kind}`,
      });
    }
  });
});
