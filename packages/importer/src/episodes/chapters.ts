import { readFile } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative } from 'node:path';

/** A chapter as the schema stores it (the `_key` comes from withKeys). */
export interface ChapterValue {
  _type: 'chapter';
  startSeconds: number;
  title: string;
  url?: string;
}

/**
 * Podcasting 2.0 chapters JSON (`{"version": "1.2.0", "chapters": [{"startTime": 0, "title": "..."}]}`)
 * -> chapter values. Entries without a title or start time (e.g. image-only markers) are left out.
 */
export function parseChaptersJson(text: string): ChapterValue[] {
  const data = JSON.parse(text) as unknown;
  const list =
    data !== null && typeof data === 'object' && Array.isArray((data as { chapters?: unknown }).chapters)
      ? (data as { chapters: unknown[] }).chapters
      : null;
  if (!list) throw new Error('has no "chapters" array');
  const chapters: ChapterValue[] = [];
  for (const entry of list) {
    if (entry === null || typeof entry !== 'object') continue;
    const { startTime, title, url, toc } = entry as {
      startTime?: unknown;
      title?: unknown;
      url?: unknown;
      toc?: unknown;
    };
    if (toc === false) continue;
    if (typeof startTime !== 'number' || !Number.isFinite(startTime) || startTime < 0) continue;
    if (typeof title !== 'string' || title.trim() === '') continue;
    chapters.push({
      _type: 'chapter',
      startSeconds: Math.round(startTime * 1000) / 1000,
      title: title.trim(),
      ...(typeof url === 'string' && /^https?:\/\//i.test(url) ? { url } : {}),
    });
  }
  return chapters.sort((a, b) => a.startSeconds - b.startSeconds);
}

/**
 * Where a chapters file next to the feed may be: for a relative or file: URL that path; for an
 * http(s) URL its path mirrored under the feed's folder (…/1234/5678/chapters.json), then its file
 * name alone. Paths outside the feed's folder are never read.
 */
export function localChaptersCandidates(url: string, feedDir: string): string[] {
  let candidates: string[];
  if (/^file:\/\//i.test(url)) candidates = [new URL(url).pathname];
  else if (/^https?:\/\//i.test(url)) {
    const path = decodeURIComponent(new URL(url).pathname);
    candidates = [join(feedDir, path), join(feedDir, path.split('/').pop() ?? '')];
  } else candidates = [join(feedDir, url)];
  return candidates
    .map((candidate) => normalize(candidate))
    .filter((path) => {
      const rel = relative(feedDir, path);
      return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
    });
}

/** Reads a local chapters file; null when it does not exist. Throws on a file that is not chapters JSON. */
export async function readLocalChapters(path: string): Promise<ChapterValue[] | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null;
  }
  return parseChaptersJson(text);
}
