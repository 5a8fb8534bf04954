interface ImportMetaEnv {
  /** True in the preview server's build (astro.preview.config.mjs), false in the static build. */
  readonly FRM_PREVIEW: boolean;
}
