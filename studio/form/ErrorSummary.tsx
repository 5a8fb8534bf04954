import { Button, Card, Stack, Text } from '@sanity/ui';
import {
  type InputProps,
  type Path,
  type SchemaType,
  type ValidationMarker,
  mergeParseErrors,
  useParseErrors,
} from 'sanity';
import { useDocumentPane } from 'sanity/structure';
import { fieldTitle } from './fieldTitle.ts';

/** The document's errors, each naming its field; a click opens the field. Nothing when all is well. */
export function ErrorList({
  markers,
  schemaType,
  onOpen,
}: {
  markers: ValidationMarker[];
  schemaType: SchemaType | undefined;
  onOpen: (path: Path) => void;
}) {
  const errors = markers.filter((marker) => marker.level === 'error');
  if (errors.length === 0) return null;
  return (
    <Card tone="critical" border radius={2} padding={3} role="alert" data-testid="error-summary">
      <Stack gap={3}>
        <Text size={1} weight="semibold">
          {errors.length === 1 ? 'Fix this before publishing:' : `Fix these ${errors.length} things before publishing:`}
        </Text>
        {errors.map((marker, index) => (
          <Button
            key={index}
            mode="bleed"
            tone="critical"
            padding={1}
            justify="flex-start"
            // A long message (a redirect chain names three addresses) wraps instead of running out of the box.
            style={{ whiteSpace: 'normal', textAlign: 'left' }}
            onClick={() => onOpen(marker.path)}
          >
            <Text size={1}>
              <strong>{fieldTitle(schemaType, marker.path) || 'Document'}</strong>: {marker.message}
            </Text>
          </Button>
        ))}
      </Stack>
    </Card>
  );
}

/** Above the document's fields: every error in the document (also unread typed text), visible without hovering. */
export function DocumentErrorSummary() {
  const { validation, schemaType, onFocus, onPathOpen } = useDocumentPane();
  const markers = mergeParseErrors(validation, useParseErrors());
  const open = (path: Path) => {
    onPathOpen(path);
    onFocus(path);
  };
  return <ErrorList markers={markers} schemaType={schemaType} onOpen={open} />;
}

/** The form's input renderer: the document itself gets the error summary above its fields. */
export function InputWithErrorSummary(props: InputProps) {
  if (props.path.length > 0) return props.renderDefault(props);
  return (
    <Stack gap={4}>
      <DocumentErrorSummary />
      {props.renderDefault(props)}
    </Stack>
  );
}
