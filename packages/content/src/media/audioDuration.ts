import { isMp4, m4aDurationSeconds } from './m4aDuration.ts';
import { mp3DurationSeconds } from './mp3Duration.ts';

/**
 * The length in seconds of MP3 or MPEG-4 audio from its bytes (the whole file, or its start when
 * `totalBytes` says the file is longer), or undefined when the bytes do not tell.
 */
export function audioDurationSeconds(bytes: Uint8Array, totalBytes: number = bytes.length): number | undefined {
  return isMp4(bytes) ? m4aDurationSeconds(bytes) : mp3DurationSeconds(bytes, totalBytes);
}
