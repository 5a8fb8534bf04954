import { TextInput } from '@sanity/ui';
import { type ChangeEvent, type FocusEvent, useState } from 'react';
import { type NumberInputProps, set, unset, useReportParseError } from 'sanity';
import { CLOCK_TIME_HINT, clockTimeOf, parseClockTime } from '@frm/content/duration';

/**
 * A position in the episode typed as mm:ss or h:mm:ss and stored in seconds, so the build and
 * the feeds keep reading numbers. Text that is not a time is never stored: it is reported to the
 * form as a parse error, which the field, the error summary and Publish all show.
 */
export function ClockTimeInput(props: NumberInputProps) {
  const { value, onChange, path, elementProps } = props;
  // What the editor typed, until it is stored and shown back the way clockTime writes it.
  const [typed, setTyped] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  const unparsed = typed !== null && typed.trim() !== '' && parseClockTime(typed) === undefined;
  const error = unparsed && left ? `“${typed.trim()}” is not a time: ${CLOCK_TIME_HINT}` : null;
  useReportParseError(path, error);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    setTyped(text);
    setLeft(false);
    if (text.trim() === '') onChange(unset());
    else {
      const seconds = parseClockTime(text);
      if (seconds !== undefined && seconds !== value) onChange(set(seconds));
    }
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    setLeft(true);
    if (typed !== null && !unparsed) setTyped(null);
    elementProps.onBlur(event);
  };

  return (
    <TextInput
      {...elementProps}
      type="text"
      inputMode="numeric"
      placeholder="mm:ss"
      value={typed ?? clockTimeOf(value) ?? ''}
      onChange={handleChange}
      onBlur={handleBlur}
      customValidity={error ?? undefined}
    />
  );
}
