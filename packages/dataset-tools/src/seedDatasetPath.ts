import { fileURLToPath } from 'node:url';

/** The seed dataset that ships with the repo, in Sanity's export format. */
export const seedDatasetPath = fileURLToPath(new URL('../seed/', import.meta.url));
