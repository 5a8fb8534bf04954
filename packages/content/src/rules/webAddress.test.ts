import { describe, expect, it } from 'vitest';
import { checkUrlScheme, LINK_SCHEMES, WEB_SCHEMES } from './webAddress.ts';

const WEB = 'Use a web address that starts with https://';
const LINK = 'Use a web address that starts with https:// (or mailto: for an email link)';

describe('checkUrlScheme: the one web-address check of the Studio and the build', () => {
  it('accepts an empty field (required is a separate rule)', () => {
    for (const empty of [undefined, null, '']) expect(checkUrlScheme(empty)).toBe(true);
  });

  it('accepts http and https addresses with a host', () => {
    expect(WEB_SCHEMES).toEqual(['http', 'https']);
    expect(checkUrlScheme('https://familyroommission.org/podcast')).toBe(true);
    expect(checkUrlScheme('http://familyroommission.org')).toBe(true);
    expect(checkUrlScheme('HTTPS://Example.org/A')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>x</script>',
    'ftp://example.org',
    'file:///etc/passwd',
    'mailto:hello@example.org',
    '/podcast/',
    'example.org',
    'https//example.org',
  ])('refuses %j in a web-address field', (value) => {
    expect(checkUrlScheme(value)).toBe(WEB);
  });

  it('refuses a value that is not text', () => {
    expect(checkUrlScheme(7)).toBe(WEB);
    expect(checkUrlScheme({ href: 'https://example.org' }, LINK_SCHEMES)).toBe(LINK);
  });

  it('asks to remove surrounding spaces rather than guessing', () => {
    expect(checkUrlScheme(' https://example.org')).toBe('Remove the spaces before or after the web address');
    expect(checkUrlScheme('https://example.org\n')).toBe('Remove the spaces before or after the web address');
  });

  it('refuses a user name or password in the address', () => {
    expect(checkUrlScheme('https://user:pw@example.org')).toBe('Remove the user name or password from the web address');
    expect(checkUrlScheme('https://user@example.org')).toBe('Remove the user name or password from the web address');
    expect(checkUrlScheme('https://:pw@example.org')).toBe('Remove the user name or password from the web address');
  });

  it('lets rich-text links also open an email, with an address after mailto:', () => {
    expect(LINK_SCHEMES).toEqual(['http', 'https', 'mailto']);
    expect(checkUrlScheme('mailto:hello@example.org', LINK_SCHEMES)).toBe(true);
    expect(checkUrlScheme('https://example.org', LINK_SCHEMES)).toBe(true);
    expect(checkUrlScheme('http://example.org', LINK_SCHEMES)).toBe(true);
    expect(checkUrlScheme('mailto:hello', LINK_SCHEMES)).toBe(
      'Add the email address after mailto:, e.g. mailto:hello@example.org',
    );
    expect(checkUrlScheme('javascript:alert(1)', LINK_SCHEMES)).toBe(LINK);
    expect(checkUrlScheme('not a url', LINK_SCHEMES)).toBe(LINK);
    expect(checkUrlScheme('tel:+15551234', LINK_SCHEMES)).toBe(LINK);
  });
});
