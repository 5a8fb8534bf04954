import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { portableTextModel } from './portableText.ts';
import { reuseValid } from './reuseValid.ts';


const text = (extra: Record<string, unknown> = {}) => ({
  _key: 'b1',
  _type: 'block',
  style: 'normal',
  children: [{ _key: 's1', _type: 'span', text: 'Hello', marks: [] }],
  markDefs: [{ _key: 'l1', _type: 'link', href: 'https://example.org' }],
  ...extra,
});
const image = (alt: unknown) => ({ _key: 'i1', _type: 'image', alt, asset: { _id: 'image-a', url: null, width: 10, height: 20 } });

const reference = z
  .array(z.discriminatedUnion('_type', [z.object({ _key: z.string(), _type: z.literal('a'), n: z.number().int().positive().optional() }), z.object({ _key: z.string(), _type: z.literal('b'), t: z.string().trim().min(1, 'is empty') })]))
  .nullable()
  .transform((items) => items ?? []);
const reused = reuseValid(reference);

describe('reuseValid', () => {
  it('returns a valid body that zod would not change as the same object', () => {
    const body = [text(), image('A dog'), { _key: 'c1', _type: 'callout', tone: 'info', text: 'Note' }];
    expect(portableTextModel.parse(body)).toBe(body);
    const items = [{ _key: 'x', _type: 'a', n: 2 }, { _key: 'y', _type: 'b', t: 'ok' }];
    expect(reused.parse(items)).toBe(items);
  });

  it('returns what the schema returns when the schema would change the value', () => {
    for (const items of [null, [{ _key: 'x', _type: 'a', extra: 1 }], [{ _key: 'y', _type: 'b', t: ' padded ' }]]) {
      const out = reused.parse(items);
      expect(out).toEqual(reference.parse(items));
      expect(out).not.toBe(items);
    }
    expect(portableTextModel.parse([text({ markDefs: null, unknownField: 1 }), image('  A dog ')])).toEqual([
      { ...text(), markDefs: [] },
      image('A dog'),
    ]);
  });

  it('leaves a refine on a container to zod: a refined object or nullable is never taken as is', () => {
    const refined = reuseValid(z.array(z.object({ _key: z.string(), asset: z.string().nullable().refine((a) => a !== null, 'has no asset') })));
    expect(refined.safeParse([{ _key: 'x', asset: null }]).error?.issues.map((i) => i.message)).toEqual(['has no asset']);
    const whole = reuseValid(z.array(z.object({ _key: z.string() }).refine((o) => o._key !== 'bad', 'bad key')));
    expect(whole.safeParse([{ _key: 'bad' }]).success).toBe(false);
  });

  it("reports the schema's own issues, paths and messages, inside an object too", () => {
    const wrap = (schema: z.ZodType) => z.object({ body: schema });
    for (const items of [[{ _key: 'x', _type: 'a', n: -1 }, { _key: 'y', _type: 'b', t: ' ' }], [{ _type: 'c' }], 'not a list']) {
      const expected = wrap(reference).safeParse({ body: items }).error?.issues.map(({ path, message, code }) => ({ path, message, code }));
      const actual = wrap(reused).safeParse({ body: items }).error?.issues.map(({ path, message, code }) => ({ path, message, code }));
      expect(expected?.length).toBeGreaterThan(0);
      expect(actual).toEqual(expected);
    }
  });
});
