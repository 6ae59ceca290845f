import type { FragmentType } from "@apollo/client";
import { useFragment } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { formatLocation, summarizeTags } from "../utils/format";

export const ContactRow_contact = graphql(`
  fragment ContactRow_contact on Contact {
    id
    displayName
    primaryEmail
    headline
    currentTitle
    currentCompanyName
    company {
      id
      name
    }
    location {
      city
      region
      country
    }
    tags {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

/** How many tag names a row shows before "+n". */
const VISIBLE_TAGS = 3;

export interface ContactRowProps {
  contact: FragmentType<typeof ContactRow_contact>;
}

/** One contact as a table row: name and email, headline, location, company, tags and owner. */
export function ContactRow({ contact }: ContactRowProps) {
  const { data, complete } = useFragment({ fragment: ContactRow_contact, from: contact });
  if (!complete) return null;

  const headline = data.headline ?? data.currentTitle ?? "";
  const company = data.company?.name ?? data.currentCompanyName ?? "";
  const location = formatLocation(data.location);
  const tags = summarizeTags(data.tags.map((tag) => tag.name), VISIBLE_TAGS);

  return (
    <tr>
      <td>
        <span className="contact-name">{data.displayName}</span>
        {data.primaryEmail && <span className="muted contact-email">{data.primaryEmail}</span>}
      </td>
      <td className="cell-truncate" title={headline || undefined}>
        {headline}
      </td>
      <td>{location}</td>
      <td>{company}</td>
      <td>
        {tags.shown.length > 0 && (
          <ul className="tag-list">
            {tags.shown.map((name) => (
              <li key={name} className="tag">
                {name}
              </li>
            ))}
            {tags.hiddenCount > 0 && (
              <li className="tag tag--more" title={data.tags.slice(VISIBLE_TAGS).map((tag) => tag.name).join(", ")}>
                +{tags.hiddenCount}
                <span className="visually-hidden"> more</span>
              </li>
            )}
          </ul>
        )}
      </td>
      <td className="cell-nowrap">{data.owner?.name ?? <span className="muted">Unassigned</span>}</td>
    </tr>
  );
}
