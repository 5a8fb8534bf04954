import type { ContentProblem } from './contentProblems.ts';
import formLabels from './formLabels.json' with { type: 'json' };

/*
 * One wording for content problems wherever editors read them (the Studio's site status banner,
 * the preview's "cannot be published yet" page): the document type, tab and field as the form
 * names them, never ids or field paths. formLabels.json comes from the Studio schema.
 */
export interface FormLabelsField {
  title: string;
  /** The form tab (field group) the field is on, for top-level fields. */
  group?: string;
  fields?: Record<string, FormLabelsField>;
}
export interface FormLabelsDocument {
  title: string;
  /** Tab name -> tab title. */
  groups?: Record<string, string>;
  fields: Record<string, FormLabelsField>;
}
export type FormLabels = Record<string, FormLabelsDocument>;

const labels: FormLabels = formLabels;

export interface FieldInWords {
  /** `Audio › Length (seconds)`. */
  label: string;
  /** The tab the field is on, as titled in the form (`Audio & feed`), when the document has tabs. */
  tab?: string;
}

/** The field at `path` (e.g. `audio.durationSeconds`, `chapters[2].title`) as the form names it. */
export function fieldInWords(documentType: string, path: string): FieldInWords | undefined {
  const document = labels[documentType];
  const names = path
    .replace(/\[[^\]]*\]/g, '')
    .split('.')
    .filter(Boolean);
  if (!document || names.length === 0) return undefined;
  const titles: string[] = [];
  let fields: Record<string, FormLabelsField> | undefined = document.fields;
  for (const name of names) {
    const field: FormLabelsField | undefined = fields?.[name];
    titles.push(field?.title ?? name);
    fields = field?.fields;
  }
  const group = document.fields[names[0]!]?.group;
  const tab = group ? document.groups?.[group] : undefined;
  return { label: titles.join(' › '), ...(tab ? { tab } : {}) };
}

export function documentTypeInWords(documentType: string): string | undefined {
  return labels[documentType]?.title;
}

/**
 * `Podcast episode “Dinner table questions”, Audio & feed tab: Audio › Length (seconds) is missing: …`
 * A problem that is not about a document (a failed build) is its message alone.
 */
export function problemInWords(
  problem: Pick<ContentProblem, 'type' | 'path' | 'message'>,
  documentTitle?: string,
): string {
  const typeTitle = documentTypeInWords(problem.type);
  if (!typeTitle) return problem.message;
  const field = fieldInWords(problem.type, problem.path);
  const which = documentTitle ? `${typeTitle} “${documentTitle}”` : typeTitle;
  return `${which}${field?.tab ? `, ${field.tab} tab` : ''}: ${field ? `${field.label} ` : ''}${problem.message}`;
}
