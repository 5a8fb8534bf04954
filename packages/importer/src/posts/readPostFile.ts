import { basename, extname } from 'node:path';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { parseFeedDate } from '../dates.ts';
import { slugify } from '../slugs.ts';
import { splitFrontMatter } from './frontMatter.ts';

/** What an old post file says, before conversion to a document. */
export interface PostSource {
  file: string;
  /** From front matter `slug`, else the file name without a leading date and extension. */
  sourceSlug: string;
  title: string | null;
  /** ISO date-time, or null when no date was found; `rawDate` is what was found. */
  publishedAt: string | null;
  rawDate: string | null;
  excerpt: string | null;
  /** Where the post was published before: front matter `url` / `canonical`, else the page's canonical link or og:url. */
  address: string | null;
  bodyHtml: string;
}

export const POST_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm']);

const FILE_DATE = /^(\d{4}-\d{2}-\d{2})[-_]/;
const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

function dateValue(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  return str(value) ?? (typeof value === 'number' ? String(value) : null);
}

/** Reads a Markdown or HTML post: title, date, excerpt and body HTML (Markdown via `marked`). */
export function readPostFile(path: string, text: string): PostSource {
  const file = basename(path);
  const extension = extname(file).toLowerCase();
  const { data, body } = splitFrontMatter(text);
  const stem = file.slice(0, file.length - extension.length);
  const sourceSlug = slugify(str(data.slug) ?? stem.replace(FILE_DATE, '')) || slugify(stem) || 'post';
  const frontDate = dateValue(data.date ?? data.published ?? data.publishedAt ?? data.pubDate);
  const fileDate = FILE_DATE.exec(file)?.[1] ?? null;
  const excerpt = str(data.excerpt) ?? str(data.description) ?? str(data.summary);
  const html =
    extension === '.md' || extension === '.markdown'
      ? (marked.parse(body, { async: false, gfm: true }) as string)
      : body;
  const {
    title: docTitle,
    date: docDate,
    address: docAddress,
    bodyHtml,
  } = readHtml(html, extension === '.html' || extension === '.htm');
  const title = str(data.title) ?? docTitle;
  const rawDate = frontDate ?? docDate ?? (fileDate ? `${fileDate}T00:00:00Z` : null);
  return {
    file,
    sourceSlug,
    title,
    publishedAt: rawDate ? parseFeedDate(rawDate) : null,
    rawDate,
    excerpt,
    address: str(data.url) ?? str(data.canonical) ?? docAddress,
    bodyHtml: removeTitleHeading(bodyHtml, title),
  };
}

/** Title (<title>, og:title or the first h1), date (<time>, article meta), address (canonical, og:url) and the article's HTML. */
function readHtml(
  html: string,
  fullPage: boolean,
): { title: string | null; date: string | null; address: string | null; bodyHtml: string } {
  const document = new JSDOM(html).window.document;
  const meta = (selector: string) => str(document.querySelector(selector)?.getAttribute('content'));
  const h1 = str(document.querySelector('h1')?.textContent);
  const title =
    (fullPage ? (meta('meta[property="og:title"]') ?? str(document.querySelector('title')?.textContent)) : null) ?? h1;
  const time =
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    str(document.querySelector('time')?.textContent);
  const date =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="dc.date"]') ??
    str(time);
  const address = fullPage
    ? (str(document.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? meta('meta[property="og:url"]'))
    : null;
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  // Datelines, bylines and site chrome are not part of the post.
  for (const element of [...root.querySelectorAll('header, nav, footer, aside, .post-meta, .entry-meta, .byline')])
    element.remove();
  for (const element of [...root.querySelectorAll(':scope > time, :scope > p > time:only-child')])
    (element.parentElement === root ? element : element.parentElement)?.remove();
  return { title: title ? title.replace(/\s+/g, ' ') : null, date, address, bodyHtml: root.innerHTML };
}

/** Drops a leading h1 that repeats the title (the page template shows the title already). */
function removeTitleHeading(html: string, title: string | null): string {
  if (!title) return html;
  const document = new JSDOM(`<body>${html}</body>`).window.document;
  const h1 = document.querySelector('h1');
  if (h1 && h1.textContent?.replace(/\s+/g, ' ').trim() === title.replace(/\s+/g, ' ').trim()) h1.remove();
  return document.body.innerHTML;
}
