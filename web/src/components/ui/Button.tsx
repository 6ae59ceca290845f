import type { ButtonHTMLAttributes } from "react";
import { Spinner } from "./Spinner";

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** `primary` for the one main action of a view; `secondary` (default) for the rest; `quiet` for toolbars. */
  variant?: "primary" | "secondary" | "quiet";
  /** Shows a spinner and disables the button while its action runs; the label (its accessible name) stays. */
  isBusy?: boolean;
}

/** A button. Defaults to `type="button"` so it never submits a form by accident. */
export function Button({ variant = "secondary", isBusy = false, disabled, className, children, type = "button", ...rest }: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={["button", `button--${variant}`, className].filter(Boolean).join(" ")}
      disabled={disabled || isBusy}
      aria-busy={isBusy || undefined}
    >
      {isBusy && <Spinner size="small" />}
      {children}
    </button>
  );
}
