import { safeHref, type Chapter } from '@frm/content';
import { xmlSafe } from './xmlText.ts';

/** A Podcasting 2.0 JSON chapters file (https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md). */
export interface ChaptersFile {
  version: '1.2.0';
  chapters: Array<{ startTime: number; title: string; url?: string }>;
}

/** The chapters file of an episode, chapters in start order. */
export function chaptersFile(chapters: readonly Chapter[]): ChaptersFile {
  return {
    version: '1.2.0',
    chapters: [...chapters]
      .sort((a, b) => a.startSeconds - b.startSeconds)
      .map((chapter) => {
        const url = safeHref(chapter.url);
        return {
          startTime: chapter.startSeconds,
          title: xmlSafe(chapter.title),
          ...(url && /^https?:/i.test(url) ? { url } : {}),
        };
      }),
  };
}

/** The chapters file as served (application/json+chapters). */
export function chaptersJson(chapters: readonly Chapter[]): string {
  return `${JSON.stringify(chaptersFile(chapters), null, 2)}\n`;
}

export const CHAPTERS_MIME_TYPE = 'application/json+chapters';
