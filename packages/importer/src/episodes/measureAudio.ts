import { detectAudioMimeType, readRemoteAudio } from '@frm/content/audio';
import { READ_AUDIO_AGAIN } from '@frm/content/rules';
import type { ImportReport } from '../report/report.ts';
import type { Remote } from '../remote/remoteFetch.ts';
import type { EpisodeDocument } from './mapEpisode.ts';

/**
 * Fills in what the feed left out of an enclosure (the length in seconds, the size in bytes, the
 * format) by reading the start of the audio with Range requests: the same parser the Studio's
 * "Read from URL" uses. Returns, per episode, what is still missing and why.
 */
export interface AudioMeasurement {
  episode: EpisodeDocument;
  measured: Array<'durationSeconds' | 'sizeBytes' | 'mimeType'>;
  /** Why the audio could not be read, when it could not. */
  failure?: string;
}

export const needsMeasuring = (episode: EpisodeDocument) =>
  episode.audio.durationSeconds === undefined ||
  episode.audio.sizeBytes === undefined ||
  episode.audio.mimeType === undefined;

export async function measureAudio(episode: EpisodeDocument, net: Remote): Promise<AudioMeasurement> {
  const audio = episode.audio;
  const measured: AudioMeasurement['measured'] = [];
  try {
    const found = await net.run(() => readRemoteAudio(audio.url, net.fetch));
    if (audio.sizeBytes === undefined && found.sizeBytes) {
      audio.sizeBytes = found.sizeBytes;
      measured.push('sizeBytes');
    }
    const mimeType = audio.mimeType ?? detectAudioMimeType(found.contentType, audio.url);
    if (audio.mimeType === undefined && mimeType) {
      audio.mimeType = mimeType;
      measured.push('mimeType');
    }
    // Whole seconds, at least 1, as the Studio stores them.
    if (audio.durationSeconds === undefined && found.durationSeconds) {
      audio.durationSeconds = Math.max(1, Math.round(found.durationSeconds));
      measured.push('durationSeconds');
    }
    const failure =
      audio.durationSeconds === undefined
        ? found.rangeHonoured
          ? 'the start of the file does not tell its length'
          : 'the host does not answer Range requests and the length is not in the start of the file'
        : undefined;
    return { episode, measured, ...(failure && { failure }) };
  } catch (error) {
    return { episode, measured, failure: (error as Error).message };
  }
}

const STUDIO_FIX = `in the Studio, ${READ_AUDIO_AGAIN}`;

/**
 * Reports what an episode's audio still lacks after the feed and the measurement: a missing length
 * is a warning (the episode publishes without it), a missing size stops the site build.
 */
export function reportMissingAudio(
  episode: EpisodeDocument,
  item: { duration: string; enclosureLength: string; enclosureType: string },
  measurement: AudioMeasurement | null,
  report: ImportReport,
): void {
  const warn = (message: string, detail?: string) => report.warn(episode.guid, episode.title, message, detail);
  const { audio } = episode;
  const why = measurement === null ? 'not measured: --offline' : `its audio could not be measured`;
  const detail = measurement?.failure;
  if (audio.durationSeconds === undefined) {
    const given =
      item.duration === '' ? 'has no <itunes:duration>' : `has an unreadable <itunes:duration> ("${item.duration}")`;
    warn(
      `${given} (${why}): it publishes without a length. To add it, import again${measurement === null ? ' without --offline' : ''} when the audio can be reached, or ${STUDIO_FIX}`,
      detail,
    );
  }
  if (audio.sizeBytes === undefined)
    warn(
      `enclosure length "${item.enclosureLength}" is not a file size (${why}): the site build needs the size; ${STUDIO_FIX}`,
      detail,
    );
  if (audio.mimeType === undefined)
    warn(`audio format "${item.enclosureType || 'none'}" is not one podcast apps accept: set the format in the Studio`);
}
