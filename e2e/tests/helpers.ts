import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Pages that stand for every template on the seed site. */
export const samplePages = {
  home: '/',
  blog: '/blog/',
  post: '/blog/rebuilding-intimacy-and-trust/',
  topic: '/blog/topics/marriage/',
  podcast: '/podcast/',
  episodes: '/podcast/episodes/',
  episode: '/podcast/rebuilding-intimacy-and-trust/',
  resources: '/resources/',
  resourceKind: '/resources/ebook/',
  resource: '/resources/ebook/gods-design-for-families-ebook/',
  page: '/about/',
  person: '/people/nate-holloway/',
  privacy: '/privacy/',
  search: '/search/',
} as const;

/** Records Content-Security-Policy violations the page reports, from the moment it loads. */
export async function watchCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? [])),
  ];
}

/** WCAG 2.2 A/AA rules from axe-core; returns readable violations (empty when the page passes). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
