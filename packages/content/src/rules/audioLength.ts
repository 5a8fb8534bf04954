/*
 * An episode may publish without a known audio length (Apple and PSP-1 recommend
 * <itunes:duration>, they do not require it): the feed and the page leave the length out and the
 * build warns. The Studio shows the length read-only, so the fix is to have it read again.
 */
export const AUDIO_LENGTH_FIX = 'upload the audio file again, or click “Read from URL” under Audio';

/** The build's warning for the field `audio.durationSeconds`. */
export const MISSING_AUDIO_LENGTH = `has no length: the feed leaves out <itunes:duration> and the episode page shows no length until it is filled in. In the Studio, open the episode and ${AUDIO_LENGTH_FIX}`;

/** The Studio's warning on the Length field. */
export const MISSING_AUDIO_LENGTH_IN_STUDIO = `No length yet: the episode publishes, but the podcast feed and the episode page leave the length out. To fill it in, ${AUDIO_LENGTH_FIX}.`;
