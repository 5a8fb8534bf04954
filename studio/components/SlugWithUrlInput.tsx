import { Stack, Text } from '@sanity/ui';
import { type SlugInputProps, useFormValue } from 'sanity';
import { studioEnv } from '@frm/content/studio-env';
import { isSlug } from '@frm/content/rules';
import { documentPath } from '@frm/content/urls';

/** What the site address line says: the page's address, or what to do to get one. */
export function siteAddressText(
  type: string | undefined,
  slug: string | undefined,
  origin: string,
  kind?: string,
): string {
  // A slug the site would refuse has no address yet (the field's own message says how to fix it).
  if (slug && !isSlug(slug)) return 'No web address yet: fix the web address above, or click “Generate”.';
  const path = type ? documentPath({ _type: type, slug, kind }) : undefined;
  return path === undefined
    ? 'Click “Generate” to make the web address from the title.'
    : `On the site: ${origin}${path}`;
}

/** The full address a slug gives on the site, under the slug field. */
export function SiteAddress({
  type,
  slug,
  kind,
  origin = studioEnv().siteUrl,
}: {
  type: string | undefined;
  slug: string | undefined;
  /** A resource's kind, which is part of its address. */
  kind?: string | undefined;
  origin?: string;
}) {
  return (
    <Text size={1} muted data-testid="site-address">
      {siteAddressText(type, slug, origin, kind)}
    </Text>
  );
}

/** Sanity's slug input plus the page address it will have. */
export function SlugWithUrlInput(props: SlugInputProps) {
  const type = useFormValue(['_type']) as string | undefined;
  const kind = useFormValue(['kind']) as string | undefined;
  return (
    <Stack gap={2}>
      {props.renderDefault(props)}
      <SiteAddress type={type} slug={props.value?.current} kind={kind} />
    </Stack>
  );
}
