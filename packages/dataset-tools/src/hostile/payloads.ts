/** Strings that must reach the reader as text: never markup, never script, never a broken feed. */
export const payloads = {
  scriptTag: '<script>alert("frm-xss-1")</script>',
  attributeBreak: '"><img src=x onerror=alert("frm-xss-2")>',
  scriptClose: '</script><script>alert("frm-xss-3")</script>',
  cdataClose: ']]><frm-cdata-break/>',
  template: '{{ constructor.constructor("alert(4)")() }} ${alert(5)}',
  rtl: 'مرحبا بالعائلة \u202Eevil\u202C',
  emoji: '👨‍👩‍👧‍👦 ✝️ 🙏',
} as const;

/** All payloads in one string, as a hostile editor would paste them. */
export const allPayloads = Object.values(payloads).join(' ');

/** Link targets that must never become a link. */
export const unsafeHrefs = [
  'javascript:alert("frm-xss-href")',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'http//malformed',
] as const;

/** Marker the tests look for: it must appear in no page, feed or index. */
export const draftMarker = 'FRM-DRAFT-MUST-NOT-PUBLISH';
export const futureMarker = 'FRM-FUTURE-MUST-NOT-PUBLISH';
/** Slug prefix of every draft and release version: their own slugs, so a leak reaches a page (and the checks) of its own. */
export const unpublishedSlug = 'frm-unpublished';
