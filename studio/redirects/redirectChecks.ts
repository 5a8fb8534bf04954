import {
  redirectCheckQuery,
  redirectsFromCheckQuery,
  type Redirect,
  type RedirectCheckResult,
} from '@frm/content/redirects';
import { DEFAULT_API_VERSION } from '@frm/content/studio-env';
import type { SanityDocument, ValidationContext, ValidationError } from 'sanity';
import { type AddressedDocument, previousPathsOnPublish, redirectablePath } from './previousPathsOnPublish.ts';

type CheckedDocument = NonNullable<RedirectCheckResult['documents']>[number];
type CheckedRedirect = NonNullable<RedirectCheckResult['redirects']>[number];

/** A document being edited, as the form holds it (a draft's `_id` starts with `drafts.`). */
type EditedDocument = SanityDocument &
  AddressedDocument & {
    title?: string;
    from?: string;
    target?: { _ref?: string };
    url?: string;
    permanent?: boolean;
    note?: string;
  };

const publishedId = (id: string) => id.replace(/^drafts\./, '');
const withoutId = <T extends { _id: string }>(list: readonly T[] | null, id: string) =>
  (list ?? []).filter((entry) => entry._id !== id);

/**
 * The check query's result as it will be once this document is published: its draft in place of
 * its published version (or added, if it was never published), with the old addresses publishing
 * will keep (previousPathsOnPublish), and the redirects to it following its new address.
 */
export function withDraftPublished(result: RedirectCheckResult | null, draft: EditedDocument): RedirectCheckResult {
  const id = publishedId(draft._id);
  const documents = withoutId(result?.documents ?? null, id);
  const redirects = withoutId(result?.redirects ?? null, id);
  if (draft._type === 'redirect') {
    const targetRef = draft.target?._ref ?? null;
    const asPublished: CheckedRedirect = {
      _id: id,
      from: draft.from ?? null,
      targetRef,
      target: documents.find((document) => document._id === targetRef) ?? null,
      url: draft.url ?? null,
      permanent: draft.permanent ?? null,
    };
    return { documents, redirects: [...redirects, asPublished] };
  }
  const published = result?.documents?.find((document) => document._id === id);
  const asPublished: CheckedDocument = {
    _id: id,
    _type: draft._type,
    title: draft.title ?? null,
    slug: draft.slug?.current ?? null,
    kind: draft.kind ?? null,
    previousPaths:
      previousPathsOnPublish(published && { ...published, slug: { current: published.slug } }, draft) ??
      draft.previousPaths ??
      null,
  };
  return {
    documents: [...documents, asPublished],
    redirects: redirects.map((redirect) =>
      redirect.targetRef === id ? { ...redirect, target: asPublished } : redirect,
    ),
  };
}

const whereSet = (redirect: Redirect) =>
  redirect.source.type === 'redirect'
    ? `the redirect from ${redirect.from}`
    : `the old addresses of “${redirect.source.title}”`;

/** The new address of a page is where another redirect starts: visitors would be sent away from it. */
function addressTakenProblems(draft: EditedDocument, redirects: readonly Redirect[]): ValidationError[] {
  const id = publishedId(draft._id);
  const path = redirectablePath(draft);
  return redirects
    .filter((redirect) => path && redirect.from === path && redirect.source.id !== id)
    .map((redirect) => ({
      message: `${path} redirects to ${redirect.to} (set in ${whereSet(redirect)}). Choose another web address, or remove ${path} there first.`,
      path: ['slug'],
    }));
}

/** The build's message starts after the document's name ("redirects /a/ to …"); alone under a field it is a sentence. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/**
 * The field to show a problem on. An old address publishing will add (the field is still empty,
 * so hidden) is there because the web address changed: the message goes on the web address.
 */
function fieldOf(path: string, draft: EditedDocument): string {
  const field = path.split(/[.[]/)[0]!;
  return field === 'previousPaths' && !draft.previousPaths?.length ? 'slug' : field;
}

/**
 * The build's redirect checks (a loop, a chain, a redirect from a live page, to a missing
 * document), run on the published site with this document as it will be once published. Each
 * problem of this document goes on its field, so Publish stays off until it is fixed.
 */
export async function redirectChecks(_value: unknown, context: ValidationContext): Promise<true | ValidationError[]> {
  const draft = context.document as EditedDocument | undefined;
  if (!draft) return true;
  const id = publishedId(draft._id);
  const result = await context
    .getClient({ apiVersion: DEFAULT_API_VERSION })
    .fetch<RedirectCheckResult | null>(redirectCheckQuery, {}, { perspective: 'published' });
  const { redirects, problems } = redirectsFromCheckQuery(withDraftPublished(result, draft));
  const errors: ValidationError[] = problems
    .filter((problem) => problem.id === id)
    .map((problem) => ({ message: sentence(problem.message), path: [fieldOf(problem.path, draft)] }));
  errors.push(...addressTakenProblems(draft, redirects));
  return errors.length ? errors : true;
}
