import { useToast } from '@sanity/ui/toast';
import {
  type DocumentActionComponent,
  type DocumentActionProps,
  stringToPath,
  useDocumentOperation,
  useParseErrors,
  useSchema,
} from 'sanity';
import { fieldTitle } from '../form/fieldTitle.ts';
import { type AddressedDocument, previousPathsOnPublish } from '../redirects/previousPathsOnPublish.ts';
import { publishWording, unreadTextMessage } from './publishWording.ts';

/** The labels of Sanity's publish action when it is ready to publish (not running or done). */
const READY_LABEL = 'Publish';

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>();

/**
 * Sanity's publish action, saying what will happen: "Schedule for 25 December 2026, 10:00" or
 * "Publish now" for documents with a publish date. It refuses to publish while a field holds
 * typed text the form could not read (the date input reports it; the old date is still saved),
 * naming the field. When a published page gets a new web address, publishing keeps the old one in
 * its "Old addresses" (previousPaths) first, so old links redirect to it: Sanity's publish operation
 * commits pending patches and waits for them before it publishes. One wrapper per action, so the
 * Studio sees a stable component.
 */
export function withPublishWording(publish: DocumentActionComponent): DocumentActionComponent {
  const existing = wrapped.get(publish);
  if (existing) return existing;
  const PublishWithDateAction: DocumentActionComponent = (props: DocumentActionProps) => {
    const description = publish(props);
    const parseErrors = useParseErrors();
    const documentType = useSchema().get(props.type);
    const toast = useToast();
    const { patch } = useDocumentOperation(props.id, props.type);
    if (!description) return description;

    const refusal = unreadTextMessage(
      Object.keys(parseErrors).map((key) => fieldTitle(documentType, stringToPath(key))),
    );
    if (refusal) {
      return {
        ...description,
        label: READY_LABEL,
        tone: 'critical',
        disabled: false,
        title: refusal,
        shortcut: undefined,
        onHandle: () =>
          toast.push({
            status: 'error',
            title: 'Not published',
            description: refusal,
            closable: true,
            duration: 15_000,
          }),
      };
    }
    const previousPaths =
      props.draft && !props.version
        ? previousPathsOnPublish(props.published as AddressedDocument | null, props.draft as AddressedDocument)
        : undefined;
    const publishKeepingOldAddresses: typeof description = previousPaths
      ? {
          ...description,
          onHandle: () => {
            patch.execute([previousPaths.length ? { set: { previousPaths } } : { unset: ['previousPaths'] }]);
            description.onHandle?.();
          },
        }
      : description;

    const current = (props.version ?? props.draft) as { publishedAt?: unknown } | null;
    const hasDate =
      documentType?.jsonType === 'object' && documentType.fields.some((field) => field.name === 'publishedAt');
    if (!current || !hasDate || description.label !== READY_LABEL) return publishKeepingOldAddresses;
    const wording = publishWording(current.publishedAt, new Date());
    return { ...publishKeepingOldAddresses, label: wording.label, title: description.title || wording.title };
  };
  PublishWithDateAction.action = 'publish';
  PublishWithDateAction.displayName = 'PublishWithDateAction';
  wrapped.set(publish, PublishWithDateAction);
  return PublishWithDateAction;
}
