interface SourceValue {
  file?: { asset?: unknown } | null;
  url?: string | null;
}

const hasFile = (value: SourceValue) => Boolean(value.file?.asset);
const hasUrl = (value: SourceValue) => typeof value.url === 'string' && value.url.trim() !== '';

/** An episode's audio comes from exactly one place: an uploaded file or a web address. */
export function checkAudioSource(value: unknown): true | string {
  if (value === undefined || value === null) return true; // `required()` reports a missing audio block
  const audio = value as SourceValue;
  if (hasFile(audio) && hasUrl(audio)) return 'Use either the uploaded audio file or the audio web address, not both';
  if (!hasFile(audio) && !hasUrl(audio)) return 'Upload the audio file or paste the web address of the audio';
  return true;
}

/** A resource links to exactly one thing: a web address or an uploaded file. */
export function checkResourceSource(document: unknown): true | string {
  const resource = (document ?? {}) as SourceValue;
  if (hasFile(resource) && hasUrl(resource)) return 'Use either the web address or the uploaded file, not both';
  if (!hasFile(resource) && !hasUrl(resource)) return 'Add a web address or upload a file for this resource';
  return true;
}
