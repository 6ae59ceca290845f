import { Loader } from "@mantine/core";

export interface SpinnerProps {
  size?: "small" | "medium";
}

/** A decorative spinner; pair it with text (or a status region) that says what is loading. */
export function Spinner({ size = "medium" }: SpinnerProps) {
  return <Loader size={size === "small" ? "xs" : "sm"} aria-hidden="true" display="inline-block" />;
}
