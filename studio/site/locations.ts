import type { DocumentLocationResolvers, DocumentLocationsState } from 'sanity/presentation';
import { documentPath, paths } from '@frm/content/urls';

interface Selected {
  title?: string | null;
  name?: string | null;
  slug?: string | null;
  kind?: string | null;
}

/** Presentation tool: the pages a document appears on, so editors can jump to its draft preview. */
export function locationsFor(type: string, label: string) {
  return {
    select: { title: 'title', name: 'name', slug: 'slug.current', kind: 'kind' },
    resolve: (doc: Selected | null): DocumentLocationsState | null => {
      const href = documentPath({ _type: type, slug: doc?.slug, kind: doc?.kind });
      if (!href) return { message: 'Add a web address (slug) to preview this on the site.', tone: 'caution' };
      const title = doc?.title || doc?.name || label;
      const locations = [{ title, href }];
      if (type === 'post') locations.push({ title: 'Blog', href: paths.blog() });
      if (type === 'podcastEpisode') locations.push({ title: 'Podcast', href: paths.podcast() });
      return { locations };
    },
  };
}

export const locations: DocumentLocationResolvers = {
  post: locationsFor('post', 'Blog post'),
  podcastEpisode: locationsFor('podcastEpisode', 'Episode'),
  topic: locationsFor('topic', 'Topic'),
  page: locationsFor('page', 'Page'),
  person: locationsFor('person', 'Person'),
  resource: locationsFor('resource', 'Resources'),
  podcast: { locations: [{ title: 'Podcast', href: paths.podcast() }] },
  siteSettings: { locations: [{ title: 'Home page', href: paths.home() }] },
};
