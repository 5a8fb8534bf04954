import { documentTypeInWords, problemInWords } from '@frm/content/report';
import { NOT_CONTENT_TYPE, type SiteStatusProblem } from '@frm/content/siteStatus';
import { Card, Stack, Text } from '@sanity/ui';
import { IntentLink } from 'sanity/router';

export interface SiteStatusValue {
  state?: 'ok' | 'failed';
  failedAt?: string;
  lastUpdatedAt?: string;
  runUrl?: string;
  problems?: SiteStatusProblem[];
}

/**
 * Shown above every Studio tool while the last publish did not reach the site: content to fix
 * (each line opens the document on the tab and field named), or a failure nobody in the Studio
 * can fix (with the run log for the developers). Nothing is shown when all is well.
 */
export function SiteStatusBanner({ status }: { status: SiteStatusValue | null | undefined }) {
  if (status?.state !== 'failed') return null;
  const problems = status.problems ?? [];
  const content = problems.filter((problem) => problem.documentType !== NOT_CONTENT_TYPE);
  const other = problems.filter((problem) => problem.documentType === NOT_CONTENT_TYPE);
  return (
    <Card tone="critical" padding={3} borderBottom={true} role="alert">
      <Stack gap={3}>
        {content.length > 0 ? (
          <Text size={1} weight="semibold">
            The site could not be updated: it still shows the version from before. Fix{' '}
            {content.length === 1 ? 'this' : 'these'} and publish again.
          </Text>
        ) : null}
        {content.map((problem) => (
          <Text key={problem._key} size={1}>
            {problemInWords(
              { type: problem.documentType, path: problem.field, message: problem.message },
              problem.documentTitle,
            )}
            .{' '}
            {documentTypeInWords(problem.documentType) ? (
              // `path` opens the form on the field's tab and focuses the field.
              <IntentLink
                intent="edit"
                params={{
                  id: problem.documentId,
                  type: problem.documentType,
                  ...(problem.field ? { path: problem.field } : {}),
                }}
              >
                Open it
              </IntentLink>
            ) : null}
          </Text>
        ))}
        {other.map((problem) => (
          <Text key={problem._key} size={1} weight="semibold">
            {problem.message}.{' '}
            {status.runUrl ? (
              <a href={status.runUrl} target="_blank" rel="noreferrer">
                Open the run log
              </a>
            ) : null}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
