import type { FragmentType } from "@apollo/client";
import { ContactRow, type ContactRow_contact } from "./ContactRow";

export interface ContactsTableProps {
  contacts: ReadonlyArray<{ id: string } & FragmentType<typeof ContactRow_contact>>;
  /** True while a new search replaces the rows shown. */
  isBusy?: boolean;
}

/** The contacts list as a table; each row reads its own fields from the cache. */
export function ContactsTable({ contacts, isBusy = false }: ContactsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-busy={isBusy || undefined}>
        <caption className="visually-hidden">Contacts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Headline</th>
            <th scope="col">Location</th>
            <th scope="col">Company</th>
            <th scope="col">Tags</th>
            <th scope="col">Owner</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <ContactRow key={contact.id} contact={contact} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
