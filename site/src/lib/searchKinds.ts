/** What a search result is, shown with each result and offered as a filter on the search page. */
export const searchKinds = { post: 'Post', episode: 'Episode', resource: 'Resource' } as const;

export type SearchKind = keyof typeof searchKinds;

/** Attributes for a page's data-pagefind-body element: Pagefind stores the kind as a filter and as metadata. */
export const searchKindAttributes = (kind: SearchKind) => ({
  'data-pagefind-filter': `kind:${kind}`,
  'data-pagefind-meta': `kind:${kind}`,
});
