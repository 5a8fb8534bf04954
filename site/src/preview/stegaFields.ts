import type { StegaConfig } from '@sanity/client';
import { contentRegistry, siteCollections } from '@frm/content';
import { z } from 'zod';

/*
 * Stega goes only into prose an editor writes: the fields the content models mark with `prose()`
 * (packages/content/src/models/fields.ts). Slugs, dates, URLs, enums, codes and feed-only text
 * stay clean, so the same zod models validate preview content exactly as they validate the build's.
 */

type JsonSchema = {
  type?: string;
  prose?: boolean;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** Where a schema marks prose: field paths without array indexes (`body.children.text`). */
function prosePaths(schema: JsonSchema, path: string[], out: Set<string>): Set<string> {
  if (schema.prose === true) out.add(path.join('.'));
  for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    prosePaths(option, path, out);
  for (const [key, value] of Object.entries(schema.properties ?? {})) prosePaths(value, [...path, key], out);
  if (schema.items) prosePaths(schema.items, path, out);
  return out;
}

/** Every prose field of every query result, by its path in the result. */
export const proseFields: ReadonlySet<string> = siteCollections.reduce(
  (out, name) =>
    prosePaths(
      z.toJSONSchema(contentRegistry[name].model, { io: 'input', unrepresentable: 'any' }) as JsonSchema,
      [],
      out,
    ),
  new Set<string>(),
);

export const stegaFilter: NonNullable<StegaConfig['filter']> = (props) => {
  const path = props.sourcePath.filter((segment) => typeof segment === 'string').join('.');
  return proseFields.has(path) && props.filterDefault(props);
};
