// Browser-safe (the studio bundles it): no Node imports here.
export {
  AUDIO_MIME_TYPE_BY_EXTENSION,
  audioMimeTypeFromName,
  detectAudioMimeType,
  normalizeAudioMimeType,
  type AudioMimeType,
} from './audioMimeTypes.ts';
export { audioDurationSeconds } from './audioDuration.ts';
export { mp3DurationSeconds } from './mp3Duration.ts';
export {
  HEAD_BYTES,
  readAtMost,
  readRemoteAudio,
  totalFromContentRange,
  type RangeFetch,
  type RemoteAudio,
} from './remoteAudio.ts';
