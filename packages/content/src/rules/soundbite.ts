/**
 * A soundbite's length: podcast apps play 15 to 120 seconds (the Podcasting 2.0 recommendation).
 * The studio shows this as a warning; the models only need a positive length.
 */
export const SOUNDBITE_SECONDS = { min: 15, max: 120 } as const;

export function checkSoundbiteLength(value: unknown): true | string {
  if (typeof value !== 'number') return true;
  return value >= SOUNDBITE_SECONDS.min && value <= SOUNDBITE_SECONDS.max
    ? true
    : `Podcast apps work best with soundbites of ${SOUNDBITE_SECONDS.min} to ${SOUNDBITE_SECONDS.max} seconds`;
}
