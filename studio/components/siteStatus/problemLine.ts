import type { SiteStatusProblem } from '@frm/content/siteStatus';
import type { Schema, SchemaType } from 'sanity';

/** The titles editors see in the form for a field path such as `audio.durationSeconds` or `body[3].markDefs[0].href`. */
export function fieldLabel(schema: Schema, documentType: string, path: string): string {
  const names = path.replace(/\[\d+\]/g, '').split('.').filter(Boolean);
  const labels: string[] = [];
  let type: SchemaType | undefined = schema.get(documentType);
  for (const name of names) {
    const objectType: SchemaType | undefined = type?.jsonType === 'array' && 'of' in type && type.of.length === 1 ? (type.of[0] as SchemaType) : type;
    const field = objectType && 'fields' in objectType ? objectType.fields.find((f) => f.name === name) : undefined;
    labels.push(field?.type.title ?? name);
    type = field?.type;
  }
  return labels.join(' › ');
}

/** One banner line: `Podcast episode “Dinner table questions”: Audio › Length (seconds) is missing: …` */
export function problemLine(schema: Schema, problem: SiteStatusProblem): string {
  const typeTitle = schema.get(problem.documentType)?.title;
  if (!typeTitle) return problem.message;
  const which = problem.documentTitle ? `${typeTitle} “${problem.documentTitle}”` : typeTitle;
  const field = problem.field ? `${fieldLabel(schema, problem.documentType, problem.field)} ` : '';
  return `${which}: ${field}${problem.message}`;
}
