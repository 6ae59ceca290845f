import { useMutation } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ContactChanges } from "../utils/contact-form";

const UpdateContactMutation = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      contact {
        id
        ...ContactDetails_contact
        ...ContactRow_contact
      }
    }
  }
`);

/**
 * Saves changes to a contact with optimistic concurrency: `expectedVersion` is the version the form was
 * filled from, and a newer one on the server answers CONFLICT. The returned contact refreshes every view of it.
 */
export function useUpdateContact() {
  const [update, { loading }] = useMutation(UpdateContactMutation);
  async function updateContact(id: string, expectedVersion: number, changes: ContactChanges): Promise<void> {
    await update({ variables: { input: { id, expectedVersion, ...changes } } });
  }
  return { updateContact, isSaving: loading };
}
