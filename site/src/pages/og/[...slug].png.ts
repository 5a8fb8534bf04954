import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { assetDownloadUrl } from '@frm/content';
import { readEnv } from '@frm/content/env';
import { routeProps } from '../../lib/routeProps.ts';
import { shareCardRenderer } from '../../lib/shareImage/shareCardRenderer.ts';
import { cachedPng, pruneCache } from '../../lib/shareImage/shareImageCache.ts';
import { shareCards, type ShareCardContent } from '../../lib/shareImage/shareCards.ts';

/** Generated share cards (1200×630 PNG) of the pages whose editors set no image of their own. */
export const getStaticPaths = (async () => {
  const cards = await shareCards();
  await pruneCache(
    cacheFolder(),
    cards.map(({ card }) => cacheInputs(card)),
  );
  return cards.map(({ path, card }) => ({ params: { slug: path.replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

const renderShareCard = shareCardRenderer(import.meta.env.FRM_SHARE_CARD_WORKER);

// Bump when the card's design changes: every cached card is made again.
const DESIGN = 4;
// Astro's cache folder (ASTRO_CACHE_DIR or its default), which survives between builds.
const cacheFolder = () => join(resolve(readEnv().astro.cacheDir ?? 'node_modules/.astro'), 'share-images');
// Sanity asset ids name the file's content, so the id stands for the artwork's bytes.
const cacheInputs = ({ art, ...text }: ShareCardContent) => ({ DESIGN, ...text, art: art?._id ?? null });

/**
 * The artwork's bytes: the embedded export's file (served under /media/), or Sanity's CDN
 * (SANITY_ASSET_BASE_URL in its place for a local stand-in). A card without the artwork is better
 * than no build: a failed download is logged and the card is made without it.
 */
async function readArt(asset: NonNullable<ShareCardContent['art']>, title: string): Promise<Buffer | undefined> {
  try {
    const file = asset.url!.startsWith('/media/')
      ? (await getEntry('media', basename(asset.url!)))?.data.path
      : undefined;
    return file ? await readFile(file) : await fetchArt(asset);
  } catch (error) {
    console.warn(
      `Share card of “${title}”: made without the show's artwork ${asset._id}, which could not be read: ${(error as Error).message}`,
    );
    return undefined;
  }
}

// Every episode card shows the same show artwork: it is read once, and again only after a failure.
const artwork = new Map<string, Promise<Buffer | undefined>>();
function artBytes(asset: NonNullable<ShareCardContent['art']>, title: string): Promise<Buffer | undefined> {
  let bytes = artwork.get(asset._id);
  if (!bytes) {
    artwork.set(asset._id, (bytes = readArt(asset, title)));
    void bytes.then((read) => read ?? artwork.delete(asset._id));
  }
  return bytes;
}

async function fetchArt(asset: NonNullable<ShareCardContent['art']>): Promise<Buffer> {
  const response = await fetch(`${assetDownloadUrl(asset.url!, process.env)}?w=360&h=360&fit=crop`);
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${asset.url}`);
  return Buffer.from(await response.arrayBuffer());
}

export const GET: APIRoute = async (context) => {
  const props = await routeProps(context, getStaticPaths);
  if (props instanceof Response) return props;
  const { card } = props as { card: ShareCardContent };
  const { art, ...text } = card;
  // A card whose artwork could not be read is not cached: the next build tries the artwork again.
  let withoutArt = false;
  const png = await cachedPng(cacheFolder(), cacheInputs(card), async () => {
    const artFile = art?.url ? await artBytes(art, text.title) : undefined;
    if (art?.url && !artFile) throw (withoutArt = true);
    return renderShareCard({ ...text, art: artFile });
  }).catch((error: unknown) => (withoutArt ? renderShareCard(text) : Promise.reject(error)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
