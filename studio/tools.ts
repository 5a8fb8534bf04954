import type { ConfigContext, CurrentUser, Tool } from 'sanity';

/** Tools for developers (Vision's GROQ console; Releases, which this project's publishing does not use). */
export const DEVELOPER_TOOLS: ReadonlySet<string> = new Set(['vision', 'releases']);

export function isAdministrator(user: CurrentUser | null | undefined): boolean {
  return user?.role === 'administrator' || (user?.roles ?? []).some((role) => role.name === 'administrator');
}

/** Editors' top bar: Structure and Preview; administrators also see the developer tools. */
export function resolveTools(prev: Tool[], context: Pick<ConfigContext, 'currentUser'>): Tool[] {
  return isAdministrator(context.currentUser) ? prev : prev.filter((tool) => !DEVELOPER_TOOLS.has(tool.name));
}
