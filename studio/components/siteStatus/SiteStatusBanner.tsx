import type { SiteStatusProblem } from '@frm/content/siteStatus';
import { Card, Stack, Text } from '@sanity/ui';
import type { Schema } from 'sanity';
import { IntentLink } from 'sanity/router';
import { problemLine } from './problemLine.ts';

export interface SiteStatusValue {
  state?: 'ok' | 'failed';
  failedAt?: string;
  lastUpdatedAt?: string;
  problems?: SiteStatusProblem[];
}

/**
 * Shown above every Studio tool while the last content build failed: the live site still shows
 * its previous version until these are fixed and published. Nothing is shown when all is well.
 */
export function SiteStatusBanner({ status, schema }: { status: SiteStatusValue | null | undefined; schema: Schema }) {
  if (status?.state !== 'failed') return null;
  const problems = status.problems ?? [];
  return (
    <Card tone="critical" padding={3} borderBottom={true} role="alert">
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          The site could not be updated: it still shows the version from before. Fix {problems.length === 1 ? 'this' : 'these'} and publish again.
        </Text>
        {problems.map((problem) => (
          <Text key={problem._key} size={1}>
            {problemLine(schema, problem)}.{' '}
            {schema.get(problem.documentType) ? (
              <IntentLink intent="edit" params={{ id: problem.documentId, type: problem.documentType }}>
                Open it
              </IntentLink>
            ) : null}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}
