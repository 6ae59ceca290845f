import { useId, type ComponentPropsWithRef, type ReactNode } from "react";

export interface TextFieldProps extends Omit<ComponentPropsWithRef<"input">, "id"> {
  /** The visible label, which is also the input's accessible name. */
  label: ReactNode;
  /** Hide the label visually (it stays the accessible name), e.g. for a search box with a placeholder. */
  isLabelHidden?: boolean;
}

/** A labelled text input. */
export function TextField({ label, isLabelHidden = false, className, type = "text", ...rest }: TextFieldProps) {
  const id = useId();
  return (
    <div className={["text-field", className].filter(Boolean).join(" ")}>
      <label htmlFor={id} className={isLabelHidden ? "visually-hidden" : "text-field__label"}>
        {label}
      </label>
      <input {...rest} id={id} type={type} className="text-field__input" />
    </div>
  );
}
