/** Where content comes from: both sources answer the same GROQ queries with the same shapes. */
export interface ContentSource {
  readonly kind: 'embedded' | 'contentLake';
  /** Human-readable origin for build logs (never includes a token). */
  readonly description: string;
  fetch(query: string, params: Record<string, unknown>): Promise<unknown>;
  /**
   * Absolute path of an asset's file when the source has it on disk (the embedded export),
   * so the site can copy or transform it instead of linking to the Sanity CDN.
   */
  assetFilePath(assetUrl: string): string | undefined;
}
