import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPostsCommand } from '../cli/postsCommand.ts';
import type { CliIo } from '../cli/io.ts';
import { postIdFor } from '../ids.ts';
import { fixturesDir } from '../testing.ts';
import { importPosts } from './importPosts.ts';

const postsDir = join(fixturesDir, 'posts');
const text = (block: { children: Array<{ text: string }> }) => block.children.map((c) => c.text).join('');

describe('importPosts', () => {
  it('reads Markdown with front matter, Markdown without, and a WordPress HTML page; reports the undated file', async () => {
    const { posts, report } = await importPosts(postsDir);
    expect(posts.map((p) => [p.title, p.slug.current, p.publishedAt])).toEqual([
      ['Thankful Kids', 'no-front-matter', '2018-11-03T00:00:00Z'],
      ['Date Night Ideas on a Budget', 'date-night-ideas', '2019-05-12T18:30:00Z'],
      ['Praying With Your Spouse', 'legacy-wordpress', '2019-02-14T09:00:00Z'],
    ]);
    const dateNight = posts[1]!;
    expect(dateNight._id).toBe(postIdFor('date-night-ideas'));
    expect(dateNight.excerpt).toBe('Ten evenings out (or in) that cost almost nothing.');
    expect(dateNight.body.map((b) => b.listItem ?? b.style)).toEqual([
      'normal',
      'number',
      'number',
      'bullet',
      'bullet',
      'blockquote',
    ]);
    expect(dateNight.body[3]?.markDefs[0]?.href).toBe('https://familyroom.example/planner');
    expect(JSON.stringify(dateNight.body)).not.toContain('tracking');
    const wp = posts[2]!;
    expect(wp.body.map(text)).toEqual([
      'It can feel awkward at first. Start small:',
      'One sentence each',
      'Same time every day',
      'Read more on prayer.',
    ]);
    expect(JSON.stringify(wp)).not.toMatch(/Home|Posted on|© Family/);
    expect(report.skipped).toEqual([
      { id: 'undated.html', title: 'A Draft Without a Date', message: expect.stringContaining('has no date') },
    ]);
    expect(report.warnings.map((w) => w.id)).toEqual(['2019-05-12-date-night-ideas.md', '2019/legacy-wordpress.html']);
  });

  it('keeps each post’s old address on the site’s own domain as an old address, and none elsewhere', async () => {
    const onSite = await importPosts(postsDir, { siteUrl: 'https://familyroom.example' });
    expect(onSite.posts.map((p) => [p.slug.current, p.previousPaths])).toEqual([
      ['no-front-matter', undefined],
      // Front matter url (on www.), and a WordPress page's canonical link.
      ['date-night-ideas', ['/2019/05/date-night-ideas/']],
      ['legacy-wordpress', ['/2019/02/praying-with-your-spouse.html']],
    ]);
    const elsewhere = await importPosts(postsDir, { siteUrl: 'https://familyroommission.org' });
    expect(elsewhere.posts.map((p) => p.previousPaths)).toEqual([undefined, undefined, undefined]);
  });

  it('reports a file whose slug repeats another one and a bad date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-posts-'));
    await writeFile(join(dir, 'a.md'), '---\ntitle: One\nslug: same\ndate: 2020-01-01\n---\nBody');
    await writeFile(join(dir, 'b.md'), '---\ntitle: Two\nslug: same\ndate: 2020-01-02\n---\nBody');
    await writeFile(join(dir, 'c.md'), '---\ntitle: Three\ndate: someday\n---\nBody');
    const { posts, report } = await importPosts(dir);
    expect(posts.map((p) => p.title)).toEqual(['One']);
    expect(report.skipped.map((s) => [s.id, s.message])).toEqual([
      ['b.md', expect.stringContaining('same slug "same" as a.md')],
      ['c.md', 'date "someday" is not a date: not imported'],
    ]);
  });
});

describe('import:posts command', () => {
  const io = (): CliIo & { text: () => string } => {
    const lines: string[] = [];
    return {
      cwd: fixturesDir,
      env: {},
      out: (l) => lines.push(l),
      err: (l) => lines.push(l),
      text: () => lines.join('\n'),
    };
  };

  it('writes the same export on every run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'frm-posts-'));
    expect(await runPostsCommand(['posts', '--out', join(dir, 'a')], io())).toBe(0);
    expect(await runPostsCommand(['posts', '--out', join(dir, 'b')], io())).toBe(0);
    expect(await readFile(join(dir, 'b', 'data.ndjson'), 'utf8')).toBe(
      await readFile(join(dir, 'a', 'data.ndjson'), 'utf8'),
    );
  });

  it('exits 1 for a missing or empty folder', async () => {
    const missing = io();
    expect(await runPostsCommand(['no-such-folder'], missing)).toBe(1);
    expect(missing.text()).toMatch(/cannot import: Folder not found: .*no-such-folder/);
    const empty = io();
    expect(await runPostsCommand([await mkdtemp(join(tmpdir(), 'frm-posts-'))], empty)).toBe(1);
    expect(empty.text()).toMatch(/has no \.md or \.html files/);
  });
});
