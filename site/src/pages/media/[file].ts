import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Audio, downloads, transcripts and original images of the embedded dataset, copied as-is. */
export const getStaticPaths = (async () => (await getCollection('media')).map((entry) => ({ params: { file: entry.id }, props: { path: entry.data.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile((props as { path: string }).path));
