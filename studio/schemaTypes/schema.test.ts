// @vitest-environment jsdom
// (importing 'sanity' pulls in browser-only modules)
import podcastCategories from 'podcast-categories';
import { createSchema, defineField, defineType, type ObjectSchemaType } from 'sanity';
import { describe, expect, it } from 'vitest';
import { schemaTypes } from './index.ts';

const problems = (types: unknown[]) =>
  (createSchema({ name: 'test', types })._validation ?? []).flatMap((group) =>
    group.problems.map(
      (problem) => `${problem.severity}: ${group.path.map((p) => p.name).join('.')}: ${problem.message}`,
    ),
  );

const field = (typeName: string, fieldName: string) => {
  const type = createSchema({ name: 'frm', types: schemaTypes }).get(typeName) as ObjectSchemaType;
  return type.fields.find((f) => f.name === fieldName);
};

describe('compiled schema', () => {
  it('has no errors or warnings', () => {
    expect(problems(schemaTypes)).toEqual([]);
  });

  it('reports problems in a broken schema (so the check above can fail)', () => {
    const broken = defineType({
      name: 'broken',
      type: 'document',
      fields: [defineField({ name: 'x', type: 'doesNotExist' })],
    });
    expect(problems([...schemaTypes, broken]).some((p) => p.startsWith('error'))).toBe(true);
  });

  it('defines every document and object type from the content model', () => {
    const schema = createSchema({ name: 'frm', types: schemaTypes });
    const documents = [
      'post',
      'podcastEpisode',
      'podcast',
      'resource',
      'person',
      'topic',
      'page',
      'redirect',
      'siteSettings',
    ];
    const objects = [
      'seo',
      'podcastAudio',
      'chapter',
      'transcript',
      'podcastCategory',
      'fundingLink',
      'subscribeLink',
      'navLink',
      'socialLink',
      'newsletter',
      'blockContent',
      'scripture',
      'callout',
      'embed',
    ];
    for (const name of documents) expect(schema.get(name)?.type?.name, name).toBe('document');
    for (const name of objects) expect(schema.get(name), name).toBeDefined();
  });

  it('gives every field a short description for editors', () => {
    // Walk the raw definitions, including inline objects (image alt/caption, rich-text link fields).
    const missing: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${where}[${i}]`));
      if (!node || typeof node !== 'object') return;
      const def = node as { name?: string; fields?: { name: string; description?: string }[] };
      for (const f of def.fields ?? []) if (!f.description?.trim()) missing.push(`${where}.${f.name}`);
      for (const [key, value] of Object.entries(node))
        if (typeof value === 'object') walk(value, `${where}.${def.name ?? key}`);
    };
    schemaTypes.forEach((type) => walk(type, type.name));
    expect(missing).toEqual([]);
  });

  it('uses the field names and initial values from the content model', () => {
    const initial = (type: string, name: string) =>
      (field(type, name)?.type as { initialValue?: unknown } | undefined)?.initialValue;
    expect(initial('podcastEpisode', 'episodeType')).toBe('full');
    expect(initial('podcastEpisode', 'explicit')).toBe(false);
    expect(initial('podcast', 'language')).toBe('en-us');
    expect(initial('podcast', 'type')).toBe('episodic');
    expect(initial('podcast', 'locked')).toBe(false);
    expect(initial('resource', 'isFree')).toBe(false);
    const publishedAt = initial('post', 'publishedAt');
    expect(typeof publishedAt).toBe('function');
    const value = (publishedAt as () => string)();
    expect(Math.abs(Date.parse(value) - Date.now())).toBeLessThan(5000);
  });

  it('lists Apple categories in the category dropdown', () => {
    const options = (field('podcastCategory', 'category')?.type.options as { list: string[] }).list;
    expect(options).toContain('Religion & Spirituality');
    expect(options).toEqual(Object.keys(podcastCategories));
  });

  it('puts long documents into field groups', () => {
    const groups = (type: string) =>
      ((createSchema({ name: 'frm', types: schemaTypes }).get(type) as ObjectSchemaType).groups ?? []).map(
        (g) => g.name,
      );
    expect(groups('post')).toEqual(expect.arrayContaining(['content', 'media', 'seo']));
    expect(groups('podcastEpisode')).toEqual(expect.arrayContaining(['content', 'podcast', 'media']));
    expect(groups('podcast')).toEqual(expect.arrayContaining(['content', 'podcast', 'media']));
  });
});
