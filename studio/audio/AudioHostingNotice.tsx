import { Card, Stack, Text } from '@sanity/ui';
import { formatBytes } from './audioFormat.ts';
import type { AudioValue } from './AudioMetadataInput.tsx';

/** Download counts the notice prices in bandwidth. */
export const DOWNLOAD_COUNTS = [1_000, 10_000] as const;

/** The web address's host, or undefined when it is not a URL. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * Under the audio field: where listeners download the file from, and for an uploaded file what
 * that costs in the Sanity project's monthly bandwidth (a hard cap on the free plan) and what to
 * do instead. docs/editors.md "Where episode audio is served from" says the same at length.
 */
export function AudioHostingNotice({ value }: { value: AudioValue | undefined }) {
  const uploaded = Boolean(value?.file?.asset?._ref);
  const host = !uploaded && value?.url ? hostOf(value.url) : undefined;
  if (!uploaded && !host) return null;
  if (host) {
    return (
      <Card padding={3} radius={2} tone="positive" border data-testid="audio-hosting-notice">
        <Text size={1}>
          Listeners download this episode from {host}. It does not use the Sanity project&apos;s bandwidth.
        </Text>
      </Card>
    );
  }
  const size = formatBytes(value?.sizeBytes);
  return (
    <Card padding={3} radius={2} tone="caution" border data-testid="audio-hosting-notice">
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          Where this file is served from
        </Text>
        <Text size={1}>
          An uploaded file is served to every listener from Sanity&apos;s file service, unless the site has audio
          storage set up (then the site copies it there when it is published; ask whoever runs the site).
          {size
            ? ` This file is ${size}: ${DOWNLOAD_COUNTS.map((n) => `${n.toLocaleString('en-US')} downloads use ${formatBytes(n * value!.sizeBytes!)}`).join(', ')} of the project's monthly bandwidth.`
            : ''}
        </Text>
        <Text size={1}>
          On Sanity&apos;s free plan that bandwidth is a hard cap: once the month&apos;s is used up, Sanity stops
          serving the project&apos;s files (every episode&apos;s audio and the site&apos;s images) until the next month.
        </Text>
        <Text size={1}>
          Better: have the site&apos;s audio storage set up (a one-time job for whoever runs the site), or upload the
          episode to a podcast host and paste its web address here instead of uploading: &quot;Read from URL&quot; fills
          in the size, format and length.
        </Text>
      </Stack>
    </Card>
  );
}
