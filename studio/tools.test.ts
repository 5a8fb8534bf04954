// @vitest-environment jsdom
import { type CurrentUser, type Tool, createWorkspaceFromConfig } from 'sanity';
import { describe, expect, it } from 'vitest';
import config from './sanity.config.ts';
import { fakeClient } from './test/testWorkspace.ts';

const user = (roles: string[]): CurrentUser => ({
  id: 'u',
  name: 'U',
  email: 'u@example.org',
  role: roles[0] ?? '',
  roles: roles.map((name) => ({ name, title: name })),
});

async function toolNames(currentUser: CurrentUser) {
  const workspace = await createWorkspaceFromConfig({
    ...config,
    currentUser,
    getClient: () => fakeClient(() => null).client,
  });
  return workspace.tools.map((tool: Tool) => tool.name);
}

describe('top bar tools', () => {
  it('editors see the structure and the preview, not the developer tools', async () => {
    const names = await toolNames(user(['editor']));
    expect(names).toEqual(expect.arrayContaining(['structure', 'presentation']));
    expect(names).not.toContain('vision');
    expect(names).not.toContain('releases');
  }, 60_000);

  it('administrators also see Vision and Releases', async () => {
    expect(await toolNames(user(['administrator']))).toEqual(
      expect.arrayContaining(['structure', 'presentation', 'vision', 'releases']),
    );
  }, 60_000);
});
