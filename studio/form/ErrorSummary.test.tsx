// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { useEffect } from 'react';
import type { FieldProps, ValidationMarker, Workspace } from 'sanity';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { createTestWorkspace } from '../test/testWorkspace.ts';
import { ErrorList } from './ErrorSummary.tsx';
import { FieldWithMessages } from './FieldWithMessages.tsx';

let workspace: Workspace;
beforeAll(async () => {
  ({ workspace } = await createTestWorkspace());
}, 60_000);
afterEach(cleanup);

const marker = (
  level: ValidationMarker['level'],
  path: ValidationMarker['path'],
  message: string,
): ValidationMarker => ({ level, path, message });

describe('error summary above the document', () => {
  it('lists every error by the field’s titles and opens the field on click', () => {
    const onOpen = vi.fn();
    const markers = [
      marker('error', ['title'], 'Required'),
      marker('warning', ['summary'], 'Add a short summary'),
      marker('error', ['chapters', { _key: 'b' }, 'startSeconds'], '“2030” is not a time'),
      marker('error', ['audio', 'durationSeconds'], 'Must be greater than 0'),
    ];
    renderInTheme(<ErrorList markers={markers} schemaType={workspace.schema.get('podcastEpisode')} onOpen={onOpen} />);
    const summary = screen.getByTestId('error-summary');
    expect(summary.textContent).toContain('Fix these 3 things before publishing:');
    expect([...summary.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Title: Required',
      'Chapters › Starts at: “2030” is not a time',
      'Audio › Length (seconds): Must be greater than 0',
    ]);
    fireEvent.click(screen.getByText('Chapters › Starts at'));
    expect(onOpen).toHaveBeenCalledWith(['chapters', { _key: 'b' }, 'startSeconds']);
  });

  it('shows nothing when there are only warnings', () => {
    renderInTheme(
      <ErrorList
        markers={[marker('warning', ['summary'], 'Add a short summary')]}
        schemaType={workspace.schema.get('podcastEpisode')}
        onOpen={() => {}}
      />,
    );
    expect(screen.queryByTestId('error-summary')).toBeNull();
  });
});

describe('messages under each field', () => {
  const fieldProps = (validation: FieldProps['validation']) =>
    ({ path: ['slug'], validation, renderDefault: () => <input aria-label="Web address" /> }) as unknown as FieldProps;

  it('writes the field’s own error and warning under it, not those of nested fields', () => {
    renderInTheme(
      <FieldWithMessages
        {...fieldProps([
          { level: 'error', path: ['slug'], message: 'Use only lowercase letters, numbers and single hyphens' },
          { level: 'warning', path: ['slug'], message: 'Long addresses are hard to share' },
          { level: 'error', path: ['slug', 'current'], message: 'nested' },
        ])}
      />,
    );
    expect(screen.getByLabelText('Web address')).toBeTruthy();
    expect(screen.getAllByTestId('field-message').map((node) => node.textContent)).toEqual([
      'Use only lowercase letters, numbers and single hyphens',
      'Long addresses are hard to share',
    ]);
  });

  it('keeps the input mounted when a message appears, so typed text is not lost', () => {
    let mounts = 0;
    function TypedText() {
      useEffect(() => {
        mounts += 1;
      }, []);
      return <input aria-label="Publish date" />;
    }
    const props = (validation: FieldProps['validation']) =>
      ({ path: ['publishedAt'], validation, renderDefault: () => <TypedText /> }) as unknown as FieldProps;
    const view = renderInTheme(<FieldWithMessages {...props([])} />);
    view.rerender(<FieldWithMessages {...props([{ level: 'error', path: ['publishedAt'], message: 'Required' }])} />);
    expect(screen.getByTestId('field-message').textContent).toBe('Required');
    expect(mounts).toBe(1);
  });

  it('adds nothing to a field without messages', () => {
    renderInTheme(<FieldWithMessages {...fieldProps([])} />);
    expect(screen.queryByTestId('field-message')).toBeNull();
  });
});
