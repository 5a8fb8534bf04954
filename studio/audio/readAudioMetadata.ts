/**
 * Reads an episode's audio facts in the browser, so editors never type bytes or seconds:
 * size and MIME type from the file, the uploaded asset or the server's headers; duration from an
 * <audio> element's `loadedmetadata` event, falling back to the project's audio parser (MP3 frames,
 * the M4A `moov` box) on the file's bytes or on what Range requests read of the address.
 * Every browser API comes in through `AudioReaderDeps`, so tests can run it without a network.
 */
import {
  audioDurationSeconds,
  detectAudioMimeType,
  HEAD_BYTES,
  readRemoteAudio,
  type AudioMimeType,
  type RemoteAudio,
} from '@frm/content/audio';

export interface AudioMetadata {
  mimeType?: AudioMimeType;
  sizeBytes?: number;
  durationSeconds?: number;
  /** Things that could not be read, in words for the editor. */
  problems: string[];
}

export interface AudioReaderDeps {
  fetch: typeof globalThis.fetch;
  /** Resolves with the duration in seconds of the audio at `src`, or undefined. */
  probeDuration: (src: string) => Promise<number | undefined>;
}

/** The duration the <audio> element reports once it has loaded the file's metadata. */
export function probeDurationWithAudioElement(src: string, timeoutMs = 20_000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const audio = document.createElement('audio');
    audio.preload = 'metadata';
    const finish = (seconds: number | undefined) => {
      clearTimeout(timer);
      audio.removeAttribute('src');
      resolve(seconds);
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    audio.addEventListener('loadedmetadata', () =>
      finish(Number.isFinite(audio.duration) && audio.duration > 0 ? audio.duration : undefined),
    );
    audio.addEventListener('error', () => finish(undefined));
    audio.src = src;
  });
}

export const browserDeps = (): AudioReaderDeps => ({
  fetch: (...args) => globalThis.fetch(...args),
  probeDuration: (src) => probeDurationWithAudioElement(src),
});

/** Whole seconds, at least 1: what the feed's <itunes:duration> carries. */
const wholeSeconds = (seconds: number | undefined) =>
  seconds && seconds > 0 ? Math.max(1, Math.round(seconds)) : undefined;

const durationProblem =
  'Could not read the length of the audio. Check that it is an MP3 or M4A file that plays in the browser.';

/** A file picked on the editor's computer. */
export async function readFileMetadata(
  file: Pick<File, 'name' | 'size' | 'type' | 'arrayBuffer' | 'slice'>,
  deps: AudioReaderDeps & { createObjectURL: (file: Blob) => string; revokeObjectURL: (url: string) => void },
): Promise<AudioMetadata> {
  const mimeType = detectAudioMimeType(file.type, file.name);
  const problems: string[] = [];
  if (!mimeType) problems.push(`“${file.name}” does not look like an audio file podcast apps accept (MP3 or M4A).`);
  const objectUrl = deps.createObjectURL(file as unknown as Blob);
  let duration: number | undefined;
  try {
    duration = await deps.probeDuration(objectUrl);
  } finally {
    deps.revokeObjectURL(objectUrl);
  }
  if (duration === undefined && mimeType) {
    const whole = file.size <= 400_000_000;
    const bytes = new Uint8Array(await (whole ? file : file.slice(0, HEAD_BYTES)).arrayBuffer());
    duration = audioDurationSeconds(bytes, file.size);
  }
  if (duration === undefined) problems.push(durationProblem);
  return { mimeType, sizeBytes: file.size, durationSeconds: wholeSeconds(duration), problems };
}

/** Known facts about an uploaded Sanity file asset (from its asset document). */
export interface AssetFacts {
  url?: string | null;
  size?: number | null;
  mimeType?: string | null;
  originalFilename?: string | null;
}

/**
 * Audio at a web address: an external host (the "Read from URL" button) or an uploaded asset on
 * Sanity's CDN (then `known` carries the asset's size and type). Size and type come from a HEAD
 * request, or a one-range GET when the server does not say; the duration from an <audio> element,
 * or from the audio parser on what Range requests read (MP3 frames, the M4A `moov` box).
 */
export async function readUrlMetadata(
  url: string,
  deps: AudioReaderDeps,
  known: AssetFacts = {},
): Promise<AudioMetadata> {
  const problems: string[] = [];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problems: ['This is not a complete web address; it must start with https://'] };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return { problems: ['The address must start with https://'] };

  let sizeBytes = typeof known.size === 'number' && known.size > 0 ? known.size : undefined;
  let contentType: string | null | undefined = known.mimeType;
  let remote: RemoteAudio | undefined;
  let blocked = false;

  const readRemote = async () => {
    remote = await readRemoteAudio(url, deps.fetch);
    contentType ??= remote.contentType;
    sizeBytes ??= remote.sizeBytes;
  };

  try {
    if (sizeBytes === undefined || !contentType) {
      const response = await deps.fetch(url, { method: 'HEAD' });
      if (response.ok) {
        const length = Number(response.headers.get('content-length'));
        if (Number.isInteger(length) && length > 0) sizeBytes ??= length;
        contentType ||= response.headers.get('content-type');
      }
      if (sizeBytes === undefined) await readRemote();
    }
  } catch (error) {
    blocked = error instanceof TypeError; // fetch rejects with TypeError on CORS and network failures
    problems.push(
      blocked
        ? 'The file size could not be read from this address: the website that holds the file does not let the Studio read it, or it is offline. Check that the address opens in your browser, then upload the file here instead of using an address (or ask whoever runs that website to let the Studio read it).'
        : `Could not read the file: ${(error as Error).message}.`,
    );
  }

  const mimeType = detectAudioMimeType(contentType, known.originalFilename ?? url);
  if (!mimeType) problems.push('The address does not point to an audio file podcast apps accept (MP3 or M4A).');
  if (sizeBytes === undefined && !blocked) problems.push('The server did not tell the file size.');

  let duration = await deps.probeDuration(url);
  if (duration === undefined && mimeType && !blocked) {
    try {
      if (!remote) await readRemote();
      duration = remote?.durationSeconds;
    } catch {
      // reported below
    }
  }
  if (duration === undefined) problems.push(durationProblem);
  return { mimeType, sizeBytes, durationSeconds: wholeSeconds(duration), problems };
}
