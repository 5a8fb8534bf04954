/**
 * Lengths the Podcasting 2.0 namespace asks feeds to keep to (aggregators cut longer values).
 * The studio warns or stops at these and the models reject longer values.
 */
export const feedTextLimits = {
  /** podcast:person, podcast:location, podcast:soundbite, podcast:updateFrequency, podcast:trailer text; txt purpose */
  shortText: 128,
  /** podcast:txt text */
  txt: 4000,
  /** podcast:alternateEnclosure title */
  alternateTitle: 32,
} as const;

/** Characters, not UTF-16 units, as editors count them. */
export const characterCount = (text: string) => [...text].length;
