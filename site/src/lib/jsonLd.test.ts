import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from './jsonLd.ts';

describe('serializeJsonLd', () => {
  it('cannot close the script element or start a comment, and still parses back to the same text', () => {
    const data = { '@type': 'BlogPosting', headline: '</script><script>alert(1)</script> <!-- & \u2028 ✝️ سلام' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<|>|&/);
    expect(JSON.parse(json)).toEqual(data);
  });
});
