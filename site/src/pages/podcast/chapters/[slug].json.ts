import type { APIRoute, GetStaticPaths } from 'astro';
import { routeProps } from '../../../lib/routeProps.ts';
import { getCollection } from '../../../lib/collections.ts';
import { chaptersJson } from '@frm/feeds';
import type { Chapter } from '@frm/content';

/** Podcasting 2.0 JSON chapters (podcast:chapters in the feed) for every episode with chapters. */
export const getStaticPaths = (async () =>
  (await getCollection('episodes'))
    .filter((entry) => entry.data.chapters.length > 0)
    .map((entry) => ({
      params: { slug: entry.data.slug },
      props: { chapters: entry.data.chapters },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  return new Response(chaptersJson((props as { chapters: Chapter[] }).chapters), {
    headers: { 'Content-Type': 'application/json+chapters; charset=utf-8' },
  });
};
