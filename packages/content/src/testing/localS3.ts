import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export interface LocalS3 {
  /** http://127.0.0.1:<port>, path-style like the storage services' endpoints. */
  endpoint: string;
  /** The one bucket it has. */
  bucket: string;
  /** The access key id and secret it knows. */
  accessKeyId: string;
  secretAccessKey: string;
  close(): Promise<void>;
}

/** s3rver, an S3-compatible server, on 127.0.0.1 with an empty bucket, storing in a temp folder. */
export async function startLocalS3(bucket = 'audio'): Promise<LocalS3> {
  const directory = await mkdtemp(join(tmpdir(), 'frm-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    close: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
