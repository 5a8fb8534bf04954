/*
 * The Sanity webhook that starts the content path of .github/workflows/deploy.yml, exactly as the
 * docs/deploy.md tells you to configure it at sanity.io/manage. A test evaluates these
 * with groq-js and checks them against the workflow and .github/sanity-webhook.example.json.
 */
import { SITE_DOCUMENT_TYPES } from './siteDocumentTypes.ts';

/** What the workflow's `repository_dispatch` listens for. */
export const WEBHOOK_EVENT_TYPE = 'sanity-publish';

/**
 * Published documents the site is built from (the webhook's "Drafts" and "Versions" boxes stay
 * off; the path checks repeat that). Not `siteStatus`: the workflow writes it, and a rebuild for
 * it would loop.
 */
export const WEBHOOK_FILTER = `_type in [${SITE_DOCUMENT_TYPES.map((t) => `"${t}"`).join(', ')}] && !(_id in path("drafts.**")) && !(_id in path("versions.**"))`;

/** GitHub's `POST /repos/{owner}/{repo}/dispatches` body (client_payload: at most 10 top-level keys). */
export const WEBHOOK_PROJECTION = `{
  "event_type": "${WEBHOOK_EVENT_TYPE}",
  "client_payload": {
    "id": _id,
    "type": _type,
    "operation": delta::operation(),
    "title": coalesce(title, name),
    "slug": slug.current
  }
}`;

export const WEBHOOK_HEADERS = {
  Authorization: 'Bearer <fine-grained token: this repository only, Contents: Read and write>',
  Accept: 'application/vnd.github+json',
  'X-GitHub-Api-Version': '2022-11-28',
} as const;
