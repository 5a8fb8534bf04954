interface ImportMetaEnv {
  /** True in the preview server's build (astro.preview.config.mjs), false in the static build. */
  readonly FRM_PREVIEW: boolean;
  /** The share card worker's source file (src/lib/shareImage/shareCardWorker.ts), run by Node as it is. */
  readonly FRM_SHARE_CARD_WORKER: string;
}
