import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import sharp from 'sharp';
import { readEnv } from '@frm/content/env';
import { routeProps } from '../../lib/routeProps.ts';
import { renderShareCard } from '../../lib/shareImage/shareCard.ts';
import { cachedPng } from '../../lib/shareImage/shareImageCache.ts';
import { shareCards, type ShareCardContent } from '../../lib/shareImage/shareCards.ts';

/** Generated share cards (1200×630 PNG) of the pages whose editors set no image of their own. */
export const getStaticPaths = (async () => (await shareCards()).map(({ path, card }) => ({ params: { slug: path.replace(/^\/og\/|\.png$/g, '') }, props: { card } }))) satisfies GetStaticPaths;

// Bump when the card's design changes: every cached card is made again.
const DESIGN = 3;
// Astro's cache folder (ASTRO_CACHE_DIR or its default), which survives between builds.
const cacheFolder = () => join(resolve(readEnv().astro.cacheDir ?? 'node_modules/.astro'), 'share-images');

/** The artwork's bytes: the embedded export's file (served under /media/), or Sanity's CDN at card size. */
async function artBytes(asset: NonNullable<ShareCardContent['art']>): Promise<Buffer> {
  const file = asset.url!.startsWith('/media/') ? (await getEntry('media', basename(asset.url!)))?.data.path : undefined;
  const bytes = file ? await readFile(file) : Buffer.from(await (await fetch(`${asset.url}?w=360&h=360&fit=crop`)).arrayBuffer());
  return sharp(bytes).resize(360, 360, { fit: 'cover' }).png().toBuffer();
}

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  const { art, ...text } = (props as { card: ShareCardContent }).card;
  // Sanity asset ids name the file's content, so the id stands for the artwork's bytes.
  const png = await cachedPng(cacheFolder(), { DESIGN, ...text, art: art?._id ?? null }, async () => renderShareCard({ ...text, art: art?.url ? await artBytes(art) : undefined }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
