import { Stack } from '@sanity/ui';
import { type FieldProps, TextWithTone, useParseErrorForPath } from 'sanity';

/**
 * Sanity's field, with its own errors and warnings written under it (Sanity shows only an icon
 * until hovered). Markers of nested fields stay with those fields.
 */
export function FieldWithMessages(props: FieldProps) {
  const parseError = useParseErrorForPath(props.path);
  const own = props.validation.filter((marker) => marker.path.length === props.path.length && marker.level !== 'info');
  const messages = parseError
    ? [{ level: 'error' as const, message: parseError }, ...own.filter((m) => m.level !== 'error')]
    : own;
  // Always the same element tree: switching shape when a message appears would remount the input
  // and lose what the editor typed (the date input keeps unread text only in its own state).
  return (
    <Stack gap={2}>
      {props.renderDefault(props)}
      {messages.map((marker, index) => (
        <TextWithTone
          key={index}
          size={1}
          tone={marker.level === 'error' ? 'critical' : 'caution'}
          data-testid="field-message"
        >
          {marker.message}
        </TextWithTone>
      ))}
    </Stack>
  );
}
