import type { NavbarProps } from 'sanity';
import { SiteStatusBanner } from './SiteStatusBanner.tsx';
import { useSiteStatus } from './useSiteStatus.ts';

/** The Studio's own navbar with the site status banner above it, where every editor looks. */
export function SiteStatusNavbar(props: NavbarProps) {
  const status = useSiteStatus();
  return (
    <>
      <SiteStatusBanner status={status} />
      {props.renderDefault(props)}
    </>
  );
}
