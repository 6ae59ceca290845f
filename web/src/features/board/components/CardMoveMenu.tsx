import { ActionIcon, Menu } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useBoard } from "../hooks/board-context";

export interface CardMoveMenuProps {
  applicationId: string;
  stageId: string;
  candidateName: string;
}

/**
 * The keyboard and screen-reader way to move a card: a menu of the other columns ("Move Ana Silva to Interview")
 * and one step up or down in its own. The dropdown is rendered only while the menu is open.
 *
 * A card shows a plain button until its menu is first asked for. A Mantine `Menu` is costly to mount even closed,
 * and every screen of cards that scrolled into view mounted one per card: scrolling the 5,000-card board's longest
 * column 12 pages deep, four times, had 10-14 main-thread tasks over 50 ms (579-869 ms in all), and 2-6 (116-360 ms)
 * without them (server/bench/FINDINGS.md, finding 8). Once asked for, the menu stays mounted, closed between uses.
 */
export function CardMoveMenu({ applicationId, stageId, candidateName }: CardMoveMenuProps) {
  const { stages, requestMove } = useBoard();
  const [isMenuMounted, setMenuMounted] = useState(false);
  const [isOpen, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isMenuMounted) return;
    // Mounted by a click on the plain button, which the menu's own button replaced: give that one focus, then open.
    buttonRef.current?.focus();
    setOpen(true);
  }, [isMenuMounted]);

  // Closed without a move (Escape, a click elsewhere), the dropdown takes focus with it to the page's body, and a
  // keyboard user would start again from the top: give it back to the button. A move sends focus after the card.
  const refocusButton = () =>
    requestAnimationFrame(() => {
      const focused = document.activeElement;
      if ((!focused || focused === document.body) && buttonRef.current?.isConnected) buttonRef.current.focus();
    });

  const button = (
    <ActionIcon
      ref={buttonRef}
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={`Move ${candidateName} to…`}
      data-testid="card-move-menu"
      {...(isMenuMounted
        ? {}
        : {
            "aria-haspopup": "menu" as const,
            "aria-expanded": false,
            onClick: () => setMenuMounted(true),
          })}
    >
      <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="3" cy="8" r="1.5" fill="currentColor" />
        <circle cx="8" cy="8" r="1.5" fill="currentColor" />
        <circle cx="13" cy="8" r="1.5" fill="currentColor" />
      </svg>
    </ActionIcon>
  );
  if (!isMenuMounted) return button;
  return (
    <Menu opened={isOpen} onChange={setOpen} onClose={refocusButton} position="bottom-end" withinPortal shadow="md" width={240}>
      <Menu.Target>{button}</Menu.Target>
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
