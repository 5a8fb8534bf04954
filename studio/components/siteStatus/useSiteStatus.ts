import { SITE_STATUS_ID } from '@frm/content/siteStatus';
import { useEffect, useState } from 'react';
import { useClient } from 'sanity';
import type { SiteStatusValue } from './SiteStatusBanner.tsx';

const API_VERSION = '2025-02-19';

/** The `siteStatus` document, kept current while the Studio is open (the workflow may write it any time). */
export function useSiteStatus(): SiteStatusValue | null {
  const client = useClient({ apiVersion: API_VERSION });
  const [status, setStatus] = useState<SiteStatusValue | null>(null);
  useEffect(() => {
    let active = true;
    const params = { id: SITE_STATUS_ID };
    client
      .fetch<SiteStatusValue | null>('*[_id == $id][0]', params)
      .then((value) => active && setStatus(value))
      .catch(() => {}); // no status yet or offline: show nothing rather than break the Studio
    const subscription = client.listen<SiteStatusValue>('*[_id == $id]', params, { visibility: 'query' }).subscribe({
      next: (event) => {
        if (event.type === 'mutation') setStatus(event.result ?? null);
      },
      error: () => {},
    });
    return () => {
      active = false;
      subscription.unsubscribe();
    };
  }, [client]);
  return status;
}
