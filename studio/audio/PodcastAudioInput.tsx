import { DEFAULT_API_VERSION } from '@frm/content/studio-env';
import { useMemo } from 'react';
import { useClient } from 'sanity';
import { AudioHostingNotice } from './AudioHostingNotice.tsx';
import { AudioMetadataInput, type AudioMetadataDeps, type PodcastAudioInputProps } from './AudioMetadataInput.tsx';
import type { AssetFacts } from './readAudioMetadata.ts';
import { browserDeps } from './readAudioMetadata.ts';

const ASSET_QUERY = '*[_id == $id][0]{url, size, mimeType, originalFilename}';

/** Studio input for `podcastAudio`: the default fields plus automatic size, format and length. */
export function PodcastAudioInput(props: PodcastAudioInputProps) {
  const client = useClient({ apiVersion: DEFAULT_API_VERSION });
  const deps = useMemo<AudioMetadataDeps>(
    () => ({
      ...browserDeps(),
      loadAsset: (id) => client.fetch<AssetFacts | null>(ASSET_QUERY, { id }),
      createObjectURL: (file) => URL.createObjectURL(file),
      revokeObjectURL: (url) => URL.revokeObjectURL(url),
    }),
    [client],
  );
  return (
    <AudioMetadataInput value={props.value} readOnly={props.readOnly} onChange={props.onChange} deps={deps}>
      {props.renderDefault(props)}
      <AudioHostingNotice value={props.value} />
    </AudioMetadataInput>
  );
}
