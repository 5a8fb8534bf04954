import { Box, Button, Card, Flex, Stack, Text } from '@sanity/ui';
import { type ReactNode, type SyntheticEvent, useCallback, useEffect, useRef, useState } from 'react';
import { type ObjectInputProps, type PatchEvent, type FormPatch, set, setIfMissing } from 'sanity';
import { clockTimeOf } from '@frm/content/duration';
import { formatBytes } from './audioFormat.ts';
import {
  type AssetFacts,
  type AudioMetadata,
  type AudioReaderDeps,
  readFileMetadata,
  readUrlMetadata,
} from './readAudioMetadata.ts';

export interface AudioValue {
  _type?: string;
  file?: { asset?: { _ref?: string } } | null;
  url?: string | null;
  mimeType?: string;
  sizeBytes?: number;
  durationSeconds?: number;
}

export interface AudioMetadataDeps extends AudioReaderDeps {
  /** The asset document of an uploaded file (url, size, mimeType, originalFilename). */
  loadAsset: (assetId: string) => Promise<AssetFacts | null>;
  createObjectURL: (file: Blob) => string;
  revokeObjectURL: (url: string) => void;
}

export interface AudioMetadataInputProps {
  value: AudioValue | undefined;
  readOnly?: boolean | undefined;
  onChange: (patch: FormPatch | FormPatch[] | PatchEvent) => void;
  /** The default object input (file, url and the read-only facts below it). */
  children: ReactNode;
  deps: AudioMetadataDeps;
}

type Status =
  | { state: 'idle' }
  | { state: 'reading'; what: string }
  | { state: 'done'; problems: string[] }
  | { state: 'failed'; problems: string[] };

/** Patches for the facts that were read; nothing already correct is patched again. */
export function metadataPatches(value: AudioValue | undefined, metadata: AudioMetadata): FormPatch[] {
  const patches: FormPatch[] = [];
  if (metadata.mimeType && metadata.mimeType !== value?.mimeType) patches.push(set(metadata.mimeType, ['mimeType']));
  if (metadata.sizeBytes !== undefined && metadata.sizeBytes !== value?.sizeBytes)
    patches.push(set(metadata.sizeBytes, ['sizeBytes']));
  if (metadata.durationSeconds !== undefined && metadata.durationSeconds !== value?.durationSeconds) {
    patches.push(set(metadata.durationSeconds, ['durationSeconds']));
  }
  return patches.length > 0 ? [setIfMissing({ _type: 'podcastAudio' }), ...patches] : [];
}

const hasUrl = (value: AudioValue | undefined) => typeof value?.url === 'string' && value.url.trim() !== '';

/**
 * Wraps the default audio object input: picking or dropping a file reads its size, format and
 * length in the browser; choosing an already uploaded asset reads them from the asset; a web
 * address is read with the “Read from URL” button. The size and length fields are read-only.
 */
export function AudioMetadataInput({ value, readOnly, onChange, children, deps }: AudioMetadataInputProps) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const valueRef = useRef(value);
  valueRef.current = value;
  const assetRef = value?.file?.asset?._ref;
  const seenAsset = useRef(assetRef);

  const apply = useCallback(
    (metadata: AudioMetadata) => {
      const patches = metadataPatches(valueRef.current, metadata);
      if (patches.length > 0) onChange(patches);
      const complete =
        metadata.sizeBytes !== undefined && metadata.durationSeconds !== undefined && metadata.mimeType !== undefined;
      setStatus({ state: complete || metadata.problems.length === 0 ? 'done' : 'failed', problems: metadata.problems });
    },
    [onChange],
  );

  const run = useCallback(
    async (what: string, read: () => Promise<AudioMetadata>) => {
      setStatus({ state: 'reading', what });
      try {
        apply(await read());
      } catch (error) {
        setStatus({ state: 'failed', problems: [`Could not read the audio: ${(error as Error).message}`] });
      }
    },
    [apply],
  );

  const readFile = useCallback(
    (file: File) => run(`Reading “${file.name}”…`, () => readFileMetadata(file, deps)),
    [deps, run],
  );

  const readAsset = useCallback(
    (assetId: string) =>
      run('Reading the uploaded file…', async () => {
        const asset = await deps.loadAsset(assetId);
        if (!asset?.url) return { problems: ['The uploaded file could not be found. Try uploading it again.'] };
        return readUrlMetadata(asset.url, deps, asset);
      }),
    [deps, run],
  );

  const readUrl = useCallback(() => {
    const url = valueRef.current?.url?.trim();
    if (url) void run('Reading the audio web address…', () => readUrlMetadata(url, deps));
  }, [deps, run]);

  // A new asset (uploaded, or chosen from the media library): read it unless a picked file already filled the facts.
  useEffect(() => {
    if (assetRef === seenAsset.current) return;
    seenAsset.current = assetRef;
    if (!assetRef || readOnly) return;
    void (async () => {
      const asset = await deps.loadAsset(assetRef).catch(() => null);
      const current = valueRef.current;
      if (asset && asset.size === current?.sizeBytes && current?.durationSeconds && current.mimeType) return;
      await readAsset(assetRef);
    })();
  }, [assetRef, readOnly, deps, readAsset]);

  // The file picker and drag-and-drop of the default file input: read the File before it is uploaded.
  const onFileEvent = useCallback(
    (event: SyntheticEvent) => {
      if (readOnly) return;
      const target = event.target as HTMLInputElement;
      const files =
        event.type === 'drop'
          ? (event as unknown as DragEvent).dataTransfer?.files
          : target?.type === 'file'
            ? target.files
            : null;
      const file = files?.[0];
      if (file && (file.type.startsWith('audio/') || /\.(mp3|m4a|mp4|aac|ogg|opus|wav)$/i.test(file.name)))
        void readFile(file);
    },
    [readOnly, readFile],
  );

  const size = formatBytes(value?.sizeBytes);
  const length = clockTimeOf(value?.durationSeconds);
  const summary = [value?.mimeType, size, length].filter(Boolean).join(' · ');
  const busy = status.state === 'reading';

  return (
    <Stack gap={3}>
      <div onChangeCapture={onFileEvent} onDropCapture={onFileEvent} data-testid="audio-default-input">
        {children}
      </div>
      <Card
        padding={3}
        radius={2}
        tone={status.state === 'failed' ? 'critical' : 'transparent'}
        border
        data-testid="audio-metadata"
      >
        <Flex align="center" gap={3} wrap="wrap">
          <Box flex={1}>
            <Stack gap={2}>
              <Text size={1} weight="medium">
                {summary
                  ? `Audio: ${summary}`
                  : 'Size and length are filled in automatically when you upload a file or read a web address.'}
              </Text>
              {status.state === 'reading' && <Text size={1}>{status.what}</Text>}
              {status.state === 'done' && status.problems.length === 0 && (
                <Text size={1}>Size, format and length were read from the audio.</Text>
              )}
              {(status.state === 'done' || status.state === 'failed') &&
                status.problems.map((problem) => (
                  <Text key={problem} size={1}>
                    {problem}
                  </Text>
                ))}
            </Stack>
          </Box>
          {hasUrl(value) && (
            <Button text="Read from URL" mode="ghost" onClick={readUrl} disabled={readOnly || busy} loading={busy} />
          )}
          {assetRef && (
            <Button
              text="Read file again"
              mode="ghost"
              onClick={() => void readAsset(assetRef)}
              disabled={readOnly || busy}
            />
          )}
        </Flex>
      </Card>
    </Stack>
  );
}

/** The podcastAudio object input, as registered on the schema type. */
export type PodcastAudioInputProps = ObjectInputProps<AudioValue & Record<string, unknown>>;
