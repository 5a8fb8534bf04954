import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const studioDir = dirname(fileURLToPath(import.meta.url));
const sanityBin = join(dirname(createRequire(import.meta.url).resolve('sanity/package.json')), 'bin', 'sanity');

// Typegen in packages/content reads the committed schema.json, so it must match the schema code.
it('committed schema.json matches `sanity schema extract` (run `pnpm schema:extract` after schema changes)', async () => {
  // The CLI joins --path onto the studio folder even when it is absolute, so use a relative,
  // git-ignored path (.sanity/).
  const out = join('.sanity', `schema-check-${process.pid}.json`);
  await mkdir(join(studioDir, '.sanity'), { recursive: true });
  try {
    await promisify(execFile)(process.execPath, [sanityBin, 'schema', 'extract', '--path', out], {
      cwd: studioDir,
      env: { ...process.env, DO_NOT_TRACK: '1' },
    });
    const extracted = JSON.parse(await readFile(join(studioDir, out), 'utf8'));
    const committed = JSON.parse(await readFile(join(studioDir, 'schema.json'), 'utf8'));
    expect(committed).toEqual(extracted);
  } finally {
    await rm(join(studioDir, out), { force: true });
  }
}, 300_000); // a `sanity` CLI process that loads the whole schema: a minute or more on a loaded 2-core machine
