import { TextInput, VisuallyHidden } from "@mantine/core";
import type { ComponentPropsWithRef, ReactNode } from "react";

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "id" | "size"> {
  /** The visible label, which is also the input's accessible name. */
  label: ReactNode;
  /** Hide the label visually (it stays the accessible name), e.g. for a search box with a placeholder. */
  isLabelHidden?: boolean;
}

/** A labelled text input (Mantine's TextInput). */
export function TextField({ label, isLabelHidden = false, type = "text", ...rest }: TextFieldProps) {
  return <TextInput {...rest} type={type} label={isLabelHidden ? <VisuallyHidden>{label}</VisuallyHidden> : label} />;
}
