import { Button as MantineButton } from "@mantine/core";
import type { ButtonHTMLAttributes } from "react";

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, "color"> {
  /** `primary` for the one main action of a view; `secondary` (default) for the rest; `quiet` for toolbars. */
  variant?: "primary" | "secondary" | "quiet";
  /** Shows a spinner and disables the button while its action runs; the label (its accessible name) stays. */
  isBusy?: boolean;
}

const MANTINE_VARIANTS = { primary: "filled", secondary: "default", quiet: "subtle" } as const;

/** A button (Mantine's, with the app's three variants). Defaults to `type="button"` so it never submits a form by accident. */
export function Button({ variant = "secondary", isBusy = false, disabled, children, type = "button", ...rest }: ButtonProps) {
  return (
    <MantineButton {...rest} type={type} variant={MANTINE_VARIANTS[variant]} loading={isBusy} disabled={disabled} aria-busy={isBusy || undefined}>
      {children}
    </MantineButton>
  );
}
