import { ActionIcon, Menu } from "@mantine/core";
import { useState } from "react";
import { useBoard } from "../hooks/board-context";

export interface CardMoveMenuProps {
  applicationId: string;
  stageId: string;
  candidateName: string;
}

/**
 * The keyboard and screen-reader way to move a card: a menu of the other columns ("Move Ana Silva to Interview")
 * and one step up or down in its own. The dropdown is rendered only while the menu is open.
 */
export function CardMoveMenu({ applicationId, stageId, candidateName }: CardMoveMenuProps) {
  const { stages, requestMove } = useBoard();
  const [isOpen, setOpen] = useState(false);
  return (
    <Menu opened={isOpen} onChange={setOpen} position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Move ${candidateName} to…`} data-testid="card-move-menu">
          <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="3" cy="8" r="1.5" fill="currentColor" />
            <circle cx="8" cy="8" r="1.5" fill="currentColor" />
            <circle cx="13" cy="8" r="1.5" fill="currentColor" />
          </svg>
        </ActionIcon>
      </Menu.Target>
      {isOpen && (
        <Menu.Dropdown>
          <Menu.Label>Move to</Menu.Label>
          {stages
            .filter((stage) => stage.id !== stageId)
            .map((stage) => (
              <Menu.Item
                key={stage.id}
                aria-label={`Move ${candidateName} to ${stage.name}`}
                color={stage.category === "REJECTED" ? "red" : undefined}
                onClick={() => requestMove(applicationId, stageId, { toStageId: stage.id })}
              >
                {stage.name}
              </Menu.Item>
            ))}
          <Menu.Divider />
          <Menu.Item aria-label={`Move ${candidateName} up`} onClick={() => requestMove(applicationId, stageId, { step: -1 })}>
            Up one place
          </Menu.Item>
          <Menu.Item aria-label={`Move ${candidateName} down`} onClick={() => requestMove(applicationId, stageId, { step: 1 })}>
            Down one place
          </Menu.Item>
        </Menu.Dropdown>
      )}
    </Menu>
  );
}
