/** The Sanity API version every client of ours asks for (SANITY_API_VERSION overrides it for the build). */
export const DEFAULT_API_VERSION = '2025-02-19';

/** The dataset when none is named. */
export const DEFAULT_DATASET = 'production';
