import { Badge, VisuallyHidden } from "@mantine/core";
import { describeAging, formatAgingShort } from "../utils/card-format";

export interface AgingBadgeProps {
  daysInStage: number;
  isSlaBreached: boolean;
}

/**
 * How long a card has been in its stage; red once it is over the stage's SLA. (A native title rather than a
 * Tooltip: every visible card has one, and a Tooltip per card costs a floating-ui instance each.)
 */
export function AgingBadge({ daysInStage, isSlaBreached }: AgingBadgeProps) {
  const description = describeAging(daysInStage, isSlaBreached);
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant={isSlaBreached ? "filled" : "light"}
      color={isSlaBreached ? "red" : "gray"}
      title={description}
      data-testid="aging-badge"
      data-sla-breached={isSlaBreached ? "true" : "false"}
    >
      <span aria-hidden="true">{formatAgingShort(daysInStage)}</span>
      <VisuallyHidden>{description}</VisuallyHidden>
    </Badge>
  );
}
