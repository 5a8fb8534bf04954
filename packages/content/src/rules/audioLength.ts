/*
 * An episode may publish without a known audio length (Apple and PSP-1 recommend
 * <itunes:duration>, they do not require it): the feed and the page leave the length out and the
 * build warns. The Studio shows the length read-only, so the fix is to have it read again.
 */
/**
 * Format, size and length are read from the audio in the Studio (size and length cannot be typed),
 * so the fix for any of them is to have them read again.
 */
export const READ_AUDIO_AGAIN =
  'click “Read file again” under Audio (or “Read from URL” when the audio is hosted elsewhere), or upload the audio file again';

/** The build's warning for the field `audio.durationSeconds`. */
export const MISSING_AUDIO_LENGTH = `has no length: the feed leaves out <itunes:duration> and the episode page shows no length until it is filled in. In the Studio, open the episode and ${READ_AUDIO_AGAIN}`;

/** The Studio's warning on the Length field. */
export const MISSING_AUDIO_LENGTH_IN_STUDIO = `No length yet: the episode publishes, but the podcast feed and the episode page leave the length out. To fill it in, ${READ_AUDIO_AGAIN}.`;
