import { useFragment } from "@apollo/client/react";
import type { DraggableAttributes } from "@dnd-kit/core";
import { Avatar, Badge, Group, Text } from "@mantine/core";
import { memo } from "react";
import { graphql } from "../../../gql";
import { splitTags } from "../utils/card-format";
import { AgingBadge } from "./AgingBadge";
import classes from "./board.module.css";
import { CardMoveMenu } from "./CardMoveMenu";

export const BoardCard_application = graphql(`
  fragment BoardCard_application on Application {
    id
    daysInStage
    isSlaBreached
    contact {
      id
      displayName
      headline
      currentTitle
      currentCompanyName
      owner {
        id
        name
      }
      tags {
        id
        name
      }
    }
  }
`);

/** How many tags a card shows before "+n". */
const VISIBLE_TAGS = 2;

/** The drag handle's wiring, from the draggable wrapper. */
export interface CardHandle {
  ref: (element: HTMLElement | null) => void;
  attributes: DraggableAttributes;
}

export interface BoardCardProps {
  applicationId: string;
  /** The column the card is in (the move menu offers the others). */
  stageId: string;
  /** Absent on the drag overlay's copy, which is a picture of the card and not a control. */
  handle?: CardHandle;
  /** Hide the card's move menu (read-only boards, the drag overlay). */
  isStatic?: boolean;
}

/**
 * One candidate on the board: name (the drag handle), headline, current company, owner, tags and how long they
 * have been in the stage. Reads its own fragment from the cache by id, and is memoised on primitive props, so
 * neither a drag nor a change to another card re-renders it.
 */
export const BoardCard = memo(function BoardCard({ applicationId, stageId, handle, isStatic = false }: BoardCardProps) {
  const { data, complete } = useFragment({
    fragment: BoardCard_application,
    from: { __typename: "Application", id: applicationId },
  });
  if (!complete) return <div className={classes.card} aria-busy="true" />;

  const { contact } = data;
  const headline = contact.headline ?? contact.currentTitle;
  const tags = splitTags(contact.tags, VISIBLE_TAGS);
  return (
    <article className={classes.card} aria-label={contact.displayName} data-sla-breached={data.isSlaBreached || undefined}>
      <div className={classes.cardTop}>
        {handle ? (
          <button type="button" ref={handle.ref} {...handle.attributes} className={classes.cardHandle}>
            {contact.displayName}
          </button>
        ) : (
          <span className={classes.cardHandle}>{contact.displayName}</span>
        )}
        <AgingBadge daysInStage={data.daysInStage} isSlaBreached={data.isSlaBreached} />
      </div>
      <Text size="xs" c="dimmed" truncate="end" title={headline ?? undefined} className={classes.cardLine}>
        {headline || " "}
      </Text>
      <Text size="xs" truncate="end" className={classes.cardLine}>
        {contact.currentCompanyName || " "}
      </Text>
      <Group gap={4} wrap="nowrap" className={classes.cardFooter}>
        <Group gap={4} wrap="nowrap" className={classes.cardTags}>
          {tags.shown.map((tag) => (
            <Badge key={tag.id} size="xs" variant="outline" color="gray" radius="sm" tt="none" className={classes.cardTag} title={tag.name} data-testid="card-tag">
              {tag.name}
            </Badge>
          ))}
          {tags.hiddenCount > 0 && (
            <Badge size="xs" variant="transparent" color="gray" tt="none" title={contact.tags.slice(VISIBLE_TAGS).map((tag) => tag.name).join(", ")} data-testid="card-more-tags">
              +{tags.hiddenCount}
            </Badge>
          )}
        </Group>
        <Avatar
          size={20}
          radius="xl"
          name={contact.owner?.name}
          color="initials"
          title={contact.owner ? `Owner: ${contact.owner.name}` : "No owner"}
          aria-label={contact.owner ? `Owner: ${contact.owner.name}` : "No owner"}
          role="img"
        />
        {!isStatic && <CardMoveMenu applicationId={applicationId} stageId={stageId} candidateName={contact.displayName} />}
      </Group>
    </article>
  );
});
