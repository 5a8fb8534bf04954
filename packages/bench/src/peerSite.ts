import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SyntheticPost } from './syntheticDataset.ts';

/*
 * The peer: a plain Astro site of the `examples/blog` shape (Markdown files in a glob-loaded
 * collection, a list page and one page per post), holding the same posts and words as our dataset,
 * with a Pagefind search index of its post and episode pages built after the build.
 * It uses the site's own Astro install, so both builds run the same Astro and the same Node.
 */

const files: Record<string, string> = {
  'astro.config.mjs': `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

// Search as Starlight builds it: Pagefind indexes the built pages after the build.
const search = {
  name: 'peer-search-index',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { index } = await pagefind.createIndex({});
      const { page_count } = await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      await pagefind.close();
      logger.info(\`search index of \${page_count} pages in \${Math.round(performance.now() - started)} ms\`);
    },
  },
};

// Caches stay inside the peer's folder (its node_modules only links packages of the site).
export default defineConfig({ site: 'https://peer.example.org', trailingSlash: 'always', cacheDir: './.astro-cache', vite: { cacheDir: './.vite-cache' }, integrations: [search] });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});

const podcast = defineCollection({
  loader: glob({ base: './src/content/podcast', pattern: '**/*.md' }),
  schema: z.object({ title: z.string(), description: z.string(), pubDate: z.coerce.date() }),
});

export const collections = { blog, podcast };
`,
  'src/components/BaseHead.astro': `---
interface Props { title: string; description: string }
const { title, description } = Astro.props;
const canonical = new URL(Astro.url.pathname, Astro.site);
---
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width,initial-scale=1" />
<link rel="canonical" href={canonical} />
<title>{title}</title>
<meta name="description" content={description} />
<meta property="og:title" content={title} />
<meta property="og:description" content={description} />
`,
  'src/components/FormattedDate.astro': `---
interface Props { date: Date }
const { date } = Astro.props;
---
<time datetime={date.toISOString()}>{date.toLocaleDateString('en-us', { year: 'numeric', month: 'short', day: 'numeric' })}</time>
`,
  'src/layouts/BlogPost.astro': `---
import BaseHead from '../components/BaseHead.astro';
import FormattedDate from '../components/FormattedDate.astro';
interface Props { title: string; description: string; pubDate: Date }
const { title, description, pubDate } = Astro.props;
---
<html lang="en">
  <head><BaseHead title={title} description={description} /></head>
  <body>
    <header><nav><a href="/">Home</a> <a href="/blog/">Blog</a></nav></header>
    <main><article data-pagefind-body><h1 data-pagefind-meta="title">{title}</h1><FormattedDate date={pubDate} /><slot /></article></main>
    <footer>Peer blog</footer>
  </body>
</html>
<style>main { max-width: 720px; margin: auto; } h1 { font-size: 2rem; }</style>
`,
  'src/pages/index.astro': `---
import BaseHead from '../components/BaseHead.astro';
---
<html lang="en"><head><BaseHead title="Peer" description="A plain Astro blog" /></head><body><a href="/blog/">Blog</a></body></html>
`,
  'src/pages/blog/index.astro': `---
import { getCollection } from 'astro:content';
import BaseHead from '../../components/BaseHead.astro';
import FormattedDate from '../../components/FormattedDate.astro';
const posts = (await getCollection('blog')).sort((a, b) => b.data.pubDate.valueOf() - a.data.pubDate.valueOf());
---
<html lang="en">
  <head><BaseHead title="Blog" description="All posts" /></head>
  <body><main><ul>{posts.map((post) => <li><a href={\`/blog/\${post.id}/\`}>{post.data.title}</a> <FormattedDate date={post.data.pubDate} /></li>)}</ul></main></body>
</html>
`,
  'src/pages/blog/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';
export async function getStaticPaths() {
  const posts = await getCollection('blog');
  return posts.map((post) => ({ params: { slug: post.id }, props: post }));
}
const post = Astro.props;
const { Content } = await render(post);
---
<BlogPost {...post.data}><Content /></BlogPost>
`,
  'src/pages/podcast/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import BlogPost from '../../layouts/BlogPost.astro';
export async function getStaticPaths() {
  const episodes = await getCollection('podcast');
  return episodes.map((episode) => ({ params: { slug: episode.id }, props: episode }));
}
const episode = Astro.props;
const { Content } = await render(episode);
---
<BlogPost {...episode.data}><p>{episode.data.description}</p><Content /></BlogPost>
`,
};

function markdown(post: SyntheticPost): string {
  const body = post.paragraphs
    .map((part) =>
      part.kind === 'h2'
        ? `## ${part.text}`
        : part.kind === 'li'
          ? `- ${part.text}`
          : part.kind === 'quote'
            ? `> ${part.text}`
            : part.text,
    )
    .join('\n\n');
  return `---\ntitle: ${JSON.stringify(post.title)}\ndescription: ${JSON.stringify(post.excerpt)}\npubDate: ${post.publishedAt}\n---\n\n${body}\n`;
}

/**
 * Writes the peer site at `dir`. Its own `node_modules` links the packages it needs (astro,
 * sharp, pagefind) from `nodeModules`, the site's folder, so nothing of the peer's is written there.
 * Posts go to /blog/<slug>/, episodes (summary and show notes) to /podcast/<slug>/.
 */
export async function writePeerSite(
  dir: string,
  posts: SyntheticPost[],
  episodes: SyntheticPost[],
  nodeModules: string,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/content/blog'), { recursive: true });
  await mkdir(join(dir, 'src/content/podcast'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'peer-blog', private: true, type: 'module' }, null, 2),
  );
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  for (const name of ['astro', 'sharp', 'pagefind'])
    await symlink(join(nodeModules, name), join(dir, 'node_modules', name), 'dir');
  // In batches: 20,000 files at once would exhaust file descriptors.
  const all = [
    ...posts.map((post) => ['blog', post] as const),
    ...episodes.map((episode) => ['podcast', episode] as const),
  ];
  for (let i = 0; i < all.length; i += 200) {
    await Promise.all(
      all
        .slice(i, i + 200)
        .map(([folder, post]) => writeFile(join(dir, 'src/content', folder, `${post.slug}.md`), markdown(post))),
    );
  }
}
