import { z } from 'zod';
import { checkRedirectFrom, checkRedirectUrl, redirectFromPath } from '../redirects/redirectRules.ts';
import { withCheck } from '../rules/fieldCheck.ts';
import { list } from './fields.ts';

/** A path on this site a document or redirect starts from, normalised as `_redirects` writes it. */
const redirectFromModel = withCheck(
  z.string({ error: 'is missing: type the old path, such as /2019/05/old-post/' }),
  checkRedirectFrom,
).transform((path) => redirectFromPath(path) ?? path);

/** A document's old addresses ("Old addresses" in the Studio): each one redirects (301) to its page. */
export const previousPathsModel = list(redirectFromModel);

/** What a redirect's target reference resolves to: enough to build the target's path. */
const redirectTargetModel = z.object({
  _id: z.string(),
  _type: z.string(),
  title: z.string().nullable(),
  slug: z.string().nullable(),
  kind: z.string().nullable(),
});

/** An editor's redirect: from a path on this site to a document (`target`) or a web address (`url`). */
export const redirectModel = z
  .object({
    _id: z.string(),
    from: redirectFromModel,
    /** The reference as written, so a target that is gone is told apart from no target. */
    targetRef: z.string().nullable(),
    target: redirectTargetModel.nullable(),
    url: withCheck(z.string().nullable(), checkRedirectUrl),
    permanent: z
      .boolean()
      .nullable()
      .transform((v) => v ?? true),
    note: z.string().nullable(),
  })
  .superRefine((redirect, ctx) => {
    if (redirect.targetRef && redirect.url)
      ctx.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'is set as well as the document to redirect to: keep one of the two',
      });
    if (!redirect.targetRef && !redirect.url)
      ctx.addIssue({
        code: 'custom',
        path: ['target'],
        message: 'is empty: choose the document to redirect to, or type a web address in "url"',
      });
  });

export type RedirectDocument = z.output<typeof redirectModel>;
