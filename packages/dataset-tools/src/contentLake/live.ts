import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { isRootPath } from './ids.ts';
import { openEventStream } from './eventStream.ts';
import type { Perspective } from './perspectives.ts';
import type { DocumentStore } from './store.ts';

/*
 * Sync tags, coarser than the real API's: one tag for everything published, one for everything a
 * draft or release perspective reads. A query answers the tag of its perspective; a change to a
 * published document sends both, a change to a draft or version only the drafts tag (and only to
 * `includeDrafts` connections). So a live query always refetches when its result may have changed,
 * and sometimes when it has not; the real API narrows tags to the documents a query read.
 */
export interface SyncTags {
  published: `s1:${string}`;
  drafts: `s1:${string}`;
}

export function syncTagsFor(projectId: string, dataset: string): SyncTags {
  const tag = (kind: string) =>
    `s1:${createHash('sha1').update(`${projectId}.${dataset}.${kind}`).digest('base64url').slice(0, 6)}` as const;
  return { published: tag('published'), drafts: tag('drafts') };
}

export const queryTags = (tags: SyncTags, perspective: Perspective) =>
  perspective.kind === 'stack' && perspective.layers.length === 0 ? [tags.published] : [tags.drafts];

/**
 * `GET /vX/data/live/events/<dataset>` (what `client.live.events()` opens): `welcome`, then a
 * `message` event with the changed tags after each committed transaction. Its `id` can be passed
 * back as `lastLiveEventId`; the stand-in always answers fresh content, so it only echoes.
 */
export function liveEvents(
  store: DocumentStore,
  tags: SyncTags,
  includeDrafts: boolean,
  response: ServerResponse,
): void {
  const stream = openEventStream(response);
  const unsubscribe = store.subscribe((transaction) => {
    const changed = new Set<string>();
    for (const change of transaction.changes) {
      if (isRootPath(change.documentId)) {
        changed.add(tags.published);
        changed.add(tags.drafts);
      } else if (includeDrafts) {
        changed.add(tags.drafts);
      }
    }
    if (changed.size > 0) stream.send('message', { tags: [...changed] }, transaction.transactionId);
  });
  stream.onClose(unsubscribe);
  stream.send('welcome', {});
}
