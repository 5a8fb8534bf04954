/**
 * Reads a Netlify / Cloudflare Pages `_headers` file: a path pattern on its own line, then
 * indented `Name: value` lines. Returns pattern -> header name -> value.
 */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else {
      if (!current) throw new Error(`_headers: "${line}" comes before any path`);
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

/** A Content-Security-Policy as directive -> sources, sources sorted (their order has no meaning). */
export function directives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const directive of policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    out[name!.toLowerCase()] = [...new Set([...(out[name!.toLowerCase()] ?? []), ...sources])].sort();
  }
  return out;
}
