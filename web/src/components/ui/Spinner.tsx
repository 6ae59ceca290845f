export interface SpinnerProps {
  size?: "small" | "medium";
}

/** A decorative spinner; pair it with text (or a status region) that says what is loading. */
export function Spinner({ size = "medium" }: SpinnerProps) {
  return <span className={`spinner spinner--${size}`} aria-hidden="true" />;
}
