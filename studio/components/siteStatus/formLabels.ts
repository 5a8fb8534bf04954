import type { FormLabels, FormLabelsField } from '@frm/content/report';
import type { ObjectField, Schema, SchemaType } from 'sanity';

/*
 * The titles editors see in the form (document types, fields, tabs), taken from the Studio schema
 * for packages/content/src/report/formLabels.json: the site's preview and the build report have no
 * Studio, yet must name fields the way the form does. formLabels.test.ts keeps the file current.
 */
const MAX_DEPTH = 4;
// Sanity's own parts of images, files, references and slugs: no problem is ever reported there.
const INTERNAL_FIELDS = new Set(['media', 'hotspot', 'crop', 'source']);
const OPAQUE_TYPES = new Set(['reference', 'slug']);

function isOpaque(type: SchemaType | undefined): boolean {
  for (let t = type; t; t = t.type) if (OPAQUE_TYPES.has(t.name)) return true;
  return false;
}

function memberType(type: SchemaType): SchemaType {
  // An array of one kind of item: its fields are what a path like `chapters[2].title` names.
  return type.jsonType === 'array' && 'of' in type && type.of.length === 1 ? (type.of[0] as SchemaType) : type;
}

function fieldsOf(type: SchemaType, depth: number): Record<string, FormLabelsField> | undefined {
  const objectType = memberType(type);
  if (depth > MAX_DEPTH || isOpaque(objectType) || !('fields' in objectType)) return undefined;
  const visible = (objectType.fields as ObjectField[]).filter(
    (field) => !field.name.startsWith('_') && !INTERNAL_FIELDS.has(field.name),
  );
  const entries = visible.map((field): [string, FormLabelsField] => {
    const group = Array.isArray(field.group) ? field.group[0] : field.group;
    const fields = fieldsOf(field.type, depth + 1);
    return [
      field.name,
      { title: field.type.title ?? field.name, ...(group ? { group } : {}), ...(fields ? { fields } : {}) },
    ];
  });
  return Object.fromEntries(entries);
}

export function formLabelsOf(schema: Schema): FormLabels {
  const documents = schema.getTypeNames().flatMap((name) => {
    const type = schema.get(name);
    if (
      !type ||
      name.startsWith('sanity.') ||
      type.jsonType !== 'object' ||
      !('type' in type) ||
      type.type?.name !== 'document'
    )
      return [];
    const groups =
      'groups' in type && Array.isArray(type.groups) ? (type.groups as { name: string; title?: string }[]) : [];
    return [
      [
        name,
        {
          title: type.title ?? name,
          ...(groups.length
            ? { groups: Object.fromEntries(groups.map((group) => [group.name, group.title ?? group.name])) }
            : {}),
          fields: fieldsOf(type, 1) ?? {},
        },
      ] as const,
    ];
  });
  return Object.fromEntries(documents.sort(([a], [b]) => a.localeCompare(b)));
}
