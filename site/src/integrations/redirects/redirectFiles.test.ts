import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redirect } from '@frm/content';
import { describe, expect, it } from 'vitest';
import { writeRedirectFiles } from './redirectFiles.ts';

const rule = (from: string, to: string, id = 'post-a'): Redirect => ({
  from,
  to,
  status: 301,
  source: { id, type: 'post', title: 'A', field: 'previousPaths' },
});

async function builtSite(files: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'frm-redirect-files-'));
  for (const file of files) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), 'built');
  }
  return dir;
}

describe('writeRedirectFiles', () => {
  it('writes _redirects and a page at each old path', async () => {
    const dir = await builtSite(['blog/new/index.html']);
    await writeRedirectFiles(
      dir,
      [rule('/blog/old/', '/blog/new/'), rule('/2019/05/a.html', '/blog/new/')],
      'https://x.org',
    );
    expect(await readFile(join(dir, '_redirects'), 'utf8')).toBe(
      '/blog/old/ /blog/new/ 301\n/2019/05/a.html /blog/new/ 301\n',
    );
    expect(await readFile(join(dir, 'blog/old/index.html'), 'utf8')).toContain('url=/blog/new/');
    expect(await readFile(join(dir, '2019/05/a.html'), 'utf8')).toContain('url=/blog/new/');
  });

  it('stops before writing anything when a redirect starts at a page or file the build wrote', async () => {
    const dir = await builtSite(['blog/2/index.html', 'rss.xml', 'blog/new/index.html']);
    await expect(
      writeRedirectFiles(
        dir,
        [
          rule('/blog/2/', '/blog/new/', 'post-b'),
          rule('/rss.xml', '/blog/new/', 'post-c'),
          rule('/fine/', '/blog/new/'),
        ],
        'https://x.org',
      ),
    ).rejects.toThrow(
      /post "post-b" field "previousPaths": \/blog\/2\/ is on the site\. Remove it there\.\n {2}- post "post-c" field "previousPaths": \/rss\.xml is on the site/,
    );
    expect(await readFile(join(dir, 'blog/2/index.html'), 'utf8')).toBe('built');
    expect((await readdir(dir)).sort()).toEqual(['blog', 'rss.xml']);
  });
});
