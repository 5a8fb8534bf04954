import { Stack, Text } from '@sanity/ui';
import { type SlugInputProps, useFormValue } from 'sanity';
import { studioEnv } from '@frm/content/studio-env';
import { documentPath } from '@frm/content/urls';

/** The full address a slug gives on the site, under the slug field. */
export function SiteAddress({ type, slug, origin = studioEnv().siteUrl }: { type: string | undefined; slug: string | undefined; origin?: string }) {
  const path = type ? documentPath({ _type: type, slug }) : undefined;
  const url = path === undefined ? undefined : `${origin}${path}`;
  return (
    <Text size={1} muted data-testid="site-address">
      {url ? `On the site: ${url}` : 'Click “Generate” to make the web address from the title.'}
    </Text>
  );
}

/** Sanity's slug input plus the page address it will have. */
export function SlugWithUrlInput(props: SlugInputProps) {
  const type = useFormValue(['_type']) as string | undefined;
  return (
    <Stack gap={2}>
      {props.renderDefault(props)}
      <SiteAddress type={type} slug={props.value?.current} />
    </Stack>
  );
}
