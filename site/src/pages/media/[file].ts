import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from '../../lib/collections.ts';
import { routeProps } from '../../lib/routeProps.ts';

/** Audio, downloads, transcripts and original images of the embedded dataset, copied as-is. */
export const getStaticPaths = (async () =>
  (await getCollection('media')).map((entry) => ({
    params: { file: entry.id },
    props: { path: entry.data.path },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) => {
  // Preview server: no export files (assets come from Sanity's CDN), so this answers 404 there.
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  return new Response(await readFile((props as { path: string }).path));
};
