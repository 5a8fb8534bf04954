import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { htmlToBlocks, type TextBlock } from '../html/htmlToPortableText.ts';
import { postIdFor } from '../ids.ts';
import { ImportReport } from '../report/report.ts';
import { SlugAllocator } from '../slugs.ts';
import { oldAddressPaths } from '../oldAddress.ts';
import { DEFAULT_SITE_URL, documentPath } from '@frm/content/urls';
import { POST_EXTENSIONS, readPostFile } from './readPostFile.ts';

/** A `post` document as the studio schema stores it (keys and system fields are added later). */
export interface PostDocument {
  _id: string;
  _type: 'post';
  title: string;
  slug: { _type: 'slug'; current: string };
  publishedAt: string;
  excerpt?: string;
  body: TextBlock[];
  [field: string]: unknown;
}

export interface PostsImport {
  posts: PostDocument[];
  report: ImportReport;
}

export class FolderError extends Error {
  override name = 'FolderError';
}

const EXCERPT_LIMIT = 200;

/** Every .md / .markdown / .html / .htm file in the folder (and its subfolders), in name order. */
export async function listPostFiles(folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { recursive: true, withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new FolderError(
      code === 'ENOENT'
        ? `Folder not found: ${folder}`
        : code === 'ENOTDIR'
          ? `${folder} is a file, not a folder of posts`
          : `Could not read ${folder}: ${(error as Error).message}`,
    );
  }
  return entries
    .filter((entry) => entry.isFile() && POST_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A folder of old posts -> `post` documents; the id comes from the slug, so a re-run replaces. */
export async function importPosts(
  folder: string,
  /** siteUrl: the site's origin (SITE_URL); a post's old address on it is kept as an old address. */
  options: { takenSlugs?: Iterable<string>; siteUrl?: string } = {},
): Promise<PostsImport> {
  const files = await listPostFiles(folder);
  if (files.length === 0) throw new FolderError(`${folder} has no .md or .html files`);
  const report = new ImportReport();
  const slugs = new SlugAllocator(options.takenSlugs);
  const ids = new Map<string, string>();
  const posts: PostDocument[] = [];
  for (const path of files) {
    const name = path.slice(folder.length).replace(/^[\\/]+/, '');
    let source;
    try {
      source = readPostFile(path, await readFile(path, 'utf8'));
    } catch (error) {
      report.skip(name, '', `could not be read: ${(error as Error).message}`);
      continue;
    }
    const title = source.title ?? '';
    if (title === '') {
      report.skip(name, '', 'has no title (no front matter title, <title> or h1): not imported');
      continue;
    }
    if (source.publishedAt === null) {
      report.skip(
        name,
        title,
        source.rawDate
          ? `date "${source.rawDate}" is not a date: not imported`
          : 'has no date (front matter date, <time>, article meta or a YYYY-MM-DD- file name): not imported',
      );
      continue;
    }
    const id = postIdFor(source.sourceSlug);
    const previous = ids.get(id);
    if (previous !== undefined) {
      report.skip(
        name,
        title,
        `has the same slug "${source.sourceSlug}" as ${previous}: not imported (give one a different slug in its front matter)`,
      );
      continue;
    }
    ids.set(id, name);
    const { blocks, dropped } = htmlToBlocks(source.bodyHtml);
    const droppedNames = Object.entries(dropped).map(([tag, count]) => `${count} <${tag}>`);
    if (droppedNames.length > 0)
      report.warn(
        name,
        title,
        `left out ${droppedNames.join(', ')} (scripts, embeds and images are not imported; upload images again in the studio)`,
      );
    if (blocks.length === 0) report.warn(name, title, 'has no body text');
    const excerpt = source.excerpt ?? '';
    if (excerpt.length > EXCERPT_LIMIT)
      report.warn(name, title, `excerpt is longer than ${EXCERPT_LIMIT} characters: shorten it in the studio`);
    const slug = slugs.allocate(source.sourceSlug, name);
    if (slug !== source.sourceSlug)
      report.warn(
        name,
        title,
        `slug "${source.sourceSlug}" is taken: imported as "${slug}" (add the old address under "Old addresses" if it was on this site)`,
      );
    const previousPaths = oldAddressPaths(
      source.address,
      options.siteUrl ?? DEFAULT_SITE_URL,
      documentPath({ _type: 'post', slug }),
    );
    posts.push({
      _id: id,
      _type: 'post',
      title,
      slug: { _type: 'slug', current: slug },
      publishedAt: source.publishedAt,
      ...(excerpt ? { excerpt } : {}),
      body: blocks,
      ...(previousPaths.length > 0 ? { previousPaths } : {}),
    });
    report.imported.push({ id: name, title, documentId: id });
  }
  return { posts, report };
}
