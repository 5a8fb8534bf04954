// Served by src/integrations/localImages.ts.
declare module 'virtual:frm/local-images' {
  const images: ReadonlyMap<string, import('astro').ImageMetadata>;
  export default images;
}
