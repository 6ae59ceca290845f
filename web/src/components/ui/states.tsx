import type { ReactNode } from "react";
import { Button } from "./Button";
import { Spinner } from "./Spinner";

export interface LoadingStateProps {
  /** What is loading, e.g. "Loading contacts…"; announced politely to screen readers. */
  label: string;
}

/** A centred spinner with a label, in a status region. */
export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div className="state" role="status">
      <Spinner />
      <span>{label}</span>
    </div>
  );
}

export interface EmptyStateProps {
  title: string;
  children?: ReactNode;
}

/** Says that a list has nothing to show, and optionally what to do about it. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="state" role="status">
      <p className="state__title">{title}</p>
      {children && <div className="state__body">{children}</div>}
    </div>
  );
}

export interface ErrorStateProps {
  title: string;
  /** Extra detail, e.g. the API's message. */
  detail?: string | null;
  /** When given, a "Try again" button calls it. */
  onRetry?: () => void;
}

/** An error that stops a view from showing its data, in an alert region. */
export function ErrorState({ title, detail, onRetry }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      {detail && <p className="state__body">{detail}</p>}
      {onRetry && <Button onClick={onRetry}>Try again</Button>}
    </div>
  );
}
