/*
 * An episode may publish without a known audio length (Apple and PSP-1 recommend
 * <itunes:duration>, they do not require it): the feed and the page leave the length out and the
 * build warns. The Studio shows the length read-only, so the fix is to have it read again.
 */
export const MISSING_AUDIO_LENGTH =
  'has no length: the feed leaves out <itunes:duration> and the episode page shows no length until it is filled in. In the Studio, open the episode and upload the audio file again, or click “Read from URL” under Audio';
