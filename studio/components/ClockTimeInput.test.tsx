// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { createRef, useState } from 'react';
import { type NumberInputProps, ParseErrorsProvider, type PatchEvent, useParseErrors } from 'sanity';
import { afterEach, describe, expect, it } from 'vitest';
import { renderInTheme } from '../test/render.tsx';
import { ClockTimeInput } from './ClockTimeInput.tsx';

afterEach(cleanup);

type Patch = { type: string; value?: unknown };

/** The input in a form that stores what it is given, as the Studio does. */
function Form({ initial, stored }: { initial?: number; stored: unknown[] }) {
  const [value, setValue] = useState<number | undefined>(initial);
  const onChange = (patch: PatchEvent | Patch | Patch[]) => {
    const [first] = ([] as Patch[]).concat(patch as Patch | Patch[]);
    const next = first?.type === 'set' ? (first.value as number) : undefined;
    stored.push(next);
    setValue(next);
  };
  const elementProps = {
    id: 'start',
    readOnly: false,
    onChange: () => {},
    onFocus: () => {},
    onBlur: () => {},
    ref: createRef(),
    'aria-describedby': undefined,
    style: {},
  };
  const props = {
    value,
    onChange,
    path: ['chapters', { _key: 'a' }, 'startSeconds'],
    elementProps,
  } as unknown as NumberInputProps;
  return (
    <ParseErrorsProvider>
      <ClockTimeInput {...props} />
      <ReportedErrors />
    </ParseErrorsProvider>
  );
}

function ReportedErrors() {
  const errors = useParseErrors();
  return (
    <output data-testid="parse-errors">
      {Object.entries(errors)
        .map(([path, error]) => `${path}: ${error.message}`)
        .join('\n')}
    </output>
  );
}

const input = () => screen.getByRole('textbox') as HTMLInputElement;
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

describe('chapter start typed as mm:ss', () => {
  it('stores 20:30 as 1230 seconds and shows it back as typed', () => {
    const stored: unknown[] = [];
    renderInTheme(<Form stored={stored} />);
    type('20:30');
    fireEvent.blur(input());
    expect(stored).toEqual([1230]);
    expect(input().value).toBe('20:30');
    expect(screen.getByTestId('parse-errors').textContent).toBe('');
  });

  it('shows a stored length past an hour as h:mm:ss', () => {
    renderInTheme(<Form initial={3725} stored={[]} />);
    expect(input().value).toBe('1:02:05');
  });

  it('never stores text that is not a time, and reports it to the form once the editor leaves the field', () => {
    const stored: unknown[] = [];
    renderInTheme(<Form initial={2400} stored={stored} />);
    type('2030');
    expect(screen.getByTestId('parse-errors').textContent).toBe(''); // still typing
    fireEvent.blur(input());
    expect(stored).toEqual([]);
    expect(input().value).toBe('2030');
    expect(screen.getByTestId('parse-errors').textContent).toBe(
      'chapters[_key=="a"].startSeconds: “2030” is not a time: type minutes:seconds, e.g. 20:30, or hours:minutes:seconds, e.g. 1:02:05',
    );
    type('20:30');
    expect(stored).toEqual([1230]);
    expect(screen.getByTestId('parse-errors').textContent).toBe('');
  });

  it('clears the start when the text is removed', () => {
    const stored: unknown[] = [];
    renderInTheme(<Form initial={60} stored={stored} />);
    type('');
    expect(stored).toEqual([undefined]);
  });
});
