import sharp from 'sharp';
import { m4aBytes } from '@frm/content/testing/m4aBytes';
import { FRAME_SECONDS, mp3Bytes } from '@frm/content/testing/mp3Bytes';
import type { ServedFile } from '@frm/content/testing/rangeServer';

/*
 * A show moving from another host, for tests against a local server (startRangeServer): real MP3
 * (Xing header) and M4A (moov at the end) bytes, artwork as real JPEGs, a WebVTT transcript, and a
 * feed shaped like the real ones that started issue 30: no <itunes:duration>, every item sharing
 * one image, a transcript link.
 */

/** An MP3 whose Xing header says it has `frames` frames (its bytes hold 50). */
export const xingMp3 = (frames: number) => mp3Bytes(50, { id3: 500, xingFrames: frames });

export const jpeg = (width: number, height: number, shade: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: shade, g: 90, b: 120 } } })
    .jpeg({ quality: 60 })
    .toBuffer()
    .then((b) => new Uint8Array(b));

export const TRANSCRIPT = 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nWelcome to the show.\n';

export interface ShowItem {
  guid: string;
  title: string;
  audioPath: string;
  type: string;
  /** Enclosure length attribute; '' leaves it out. */
  length: string;
  imagePath?: string;
  transcriptPath?: string;
}

/** The audio, artwork and transcript files of a show of `count` episodes, all measurable; `seconds`: each episode's true length. */
export async function movingShowFiles(
  count: number,
): Promise<{ files: Record<string, ServedFile>; items: ShowItem[]; seconds: Map<string, number> }> {
  const files: Record<string, ServedFile> = {
    '/art/show.jpg': { bytes: await jpeg(1400, 1400, 200), type: 'image/jpeg' },
    '/art/episode.jpg': { bytes: await jpeg(1400, 1400, 40), type: 'image/jpeg' },
    '/transcripts/1.vtt': { bytes: new TextEncoder().encode(TRANSCRIPT), type: 'text/vtt' },
  };
  const items: ShowItem[] = [];
  const seconds = new Map<string, number>();
  for (let i = 1; i <= count; i++) {
    const m4a = i % 3 === 0;
    const audioPath = `/audio/${i}.${m4a ? 'm4a' : 'mp3'}`;
    const frames = 20_000 + i * 1_500;
    const bytes = m4a ? m4aBytes(600 + i * 37, { moovAtEnd: true, audioBytes: 20_000 }) : xingMp3(frames);
    files[audioPath] = { bytes, type: m4a ? 'audio/x-m4a' : 'audio/mpeg' };
    seconds.set(`move-${i}`, m4a ? 600 + i * 37 : Math.round(frames * FRAME_SECONDS));
    items.push({
      guid: `move-${i}`,
      title: `Moving Day ${i}`,
      audioPath,
      type: m4a ? 'audio/x-m4a' : 'audio/mpeg',
      length: i % 2 === 0 ? '' : String(bytes.length),
      imagePath: '/art/episode.jpg',
      ...(i === 1 && { transcriptPath: '/transcripts/1.vtt' }),
    });
  }
  return { files, items, seconds };
}

/** An RSS feed of the items (newest first, as hosts write them), with addresses on `origin`. */
export function movingShowFeed(origin: string, items: readonly ShowItem[], showImagePath = '/art/show.jpg'): string {
  const entries = items.map((item, i) => {
    const date = new Date(Date.UTC(2024, 0, 1 + i)).toUTCString();
    return `<item>
  <title>${item.title}</title>
  <guid isPermaLink="false">${item.guid}</guid>
  <pubDate>${date}</pubDate>
  <description><![CDATA[<p>Notes for ${item.title}.</p>]]></description>
  <enclosure url="${origin}${item.audioPath}"${item.length ? ` length="${item.length}"` : ''} type="${item.type}"/>
  ${item.imagePath ? `<itunes:image href="${origin}${item.imagePath}"/>` : ''}
  ${item.transcriptPath ? `<podcast:transcript url="${origin}${item.transcriptPath}" type="${item.transcriptPath.endsWith('.vtt') ? 'text/vtt' : 'text/html'}" language="en"/>` : ''}
</item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel>
<title>Moving Day Show</title>
<description>A show moving to its own site.</description>
<language>en-us</language>
<itunes:author>Moving Day</itunes:author>
<itunes:owner><itunes:name>Moving Day</itunes:name><itunes:email>show@example.org</itunes:email></itunes:owner>
<itunes:image href="${origin}${showImagePath}"/>
<itunes:category text="Religion &amp; Spirituality"><itunes:category text="Christianity"/></itunes:category>
${entries.reverse().join('\n')}
</channel>
</rss>`;
}
