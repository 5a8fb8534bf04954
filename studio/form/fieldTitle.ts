import type { Path, SchemaType } from 'sanity';

interface Fields {
  fields?: { name: string; type: SchemaType }[];
  of?: SchemaType[];
}

/**
 * The field an editor sees for a path, by its titles: ["audio", "durationSeconds"] ->
 * "Audio › Length (seconds)"; array items are named by the array ("Chapters › Starts at").
 */
export function fieldTitle(documentType: SchemaType | undefined, path: Path): string {
  const titles: string[] = [];
  let type = documentType as (SchemaType & Fields) | undefined;
  for (const segment of path) {
    if (typeof segment !== 'string') {
      // An array item: continue in its (first) member type; the array's title already names it.
      type = type?.of?.[0] as (SchemaType & Fields) | undefined;
      continue;
    }
    const field = type?.fields?.find((candidate) => candidate.name === segment);
    titles.push(field?.type.title ?? segment);
    type = field?.type as (SchemaType & Fields) | undefined;
  }
  return titles.join(' › ');
}
