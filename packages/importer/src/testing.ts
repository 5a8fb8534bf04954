import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { seedDatasetPath } from '@frm/dataset-tools/seedDatasetPath';
import type { FeedText } from './feed/readFeed.ts';

/** Test helpers: the fixture folder and fixture feeds read the way the CLI reads them. */
export const fixturesDir = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
// Through the package, not a relative path: the tests also run from a copy (Stryker's sandbox).
export const seedExportDir = seedDatasetPath;

export async function fixtureFeed(name: string): Promise<FeedText> {
  const source = `${fixturesDir}${name}`;
  return { xml: await readFile(source, 'utf8'), source, localDir: fixturesDir.replace(/\/$/, '') };
}

/** A feed of `count` episodes (newest first, as hosts write them), for volume tests. */
export function generatedFeed(count: number): string {
  const items: string[] = [];
  for (let i = count; i >= 1; i--) {
    const date = new Date(Date.UTC(2005, 0, 1) + i * 86_400_000 * 3);
    const h = Math.floor((i * 37) / 60);
    const duration =
      i % 3 === 0
        ? String(600 + i)
        : i % 3 === 1
          ? `${String(h).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:05`
          : `${10 + (i % 50)}:${String(i % 60).padStart(2, '0')}`;
    items.push(`<item>
  <title>Episode ${i}: Notes &amp; Questions</title>
  <guid isPermaLink="false">gen-${i}</guid>
  <pubDate>${date.toUTCString()}</pubDate>
  <description><![CDATA[<p>Episode <b>${i}</b> show notes with <a href="https://example.org/${i}">a link</a>.</p>]]></description>
  <enclosure url="https://cdn.example.org/episodes/${i}.mp3" length="${1_000_000 + i}" type="audio/mpeg"/>
  <itunes:duration>${duration}</itunes:duration>
  <itunes:episode>${i}</itunes:episode>
</item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel>
<title>Generated Show</title>
<description>A generated feed.</description>
<language>en-us</language>
<itunes:author>Generator</itunes:author>
<itunes:owner><itunes:name>Generator</itunes:name><itunes:email>gen@example.org</itunes:email></itunes:owner>
<itunes:category text="Religion &amp; Spirituality"><itunes:category text="Christianity"/></itunes:category>
${items.join('\n')}
</channel>
</rss>`;
}

// Whole-import scenarios the mutation run leaves out (see stryker.config.mjs).
export { scenarioIt } from '@frm/content/testing/scenario';
