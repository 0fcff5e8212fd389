/**
 * A show/hide toggle for details (a source quote, a list of changes): a real button with
 * aria-expanded and aria-controls, the details rendered only while open.
 */
import { Button, useId, type ButtonProps } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";

/** Props: the toggle's label and the details. */
export interface DisclosureProps {
  label: ReactNode;
  /** An accessible name when the visible label is short ("Source" → "Source of Chengdu · model"). */
  ariaLabel?: string;
  children: ReactNode;
  defaultOpen?: boolean;
  size?: ButtonProps["size"];
  className?: string;
}

/** A button that shows and hides its children. */
export function Disclosure({ label, ariaLabel, children, defaultOpen = false, size = "small", className }: DisclosureProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId("details-");
  return (
    <div className={className}>
      <Button
        appearance="transparent"
        size={size}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={id}
        aria-label={ariaLabel}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </Button>
      <div id={id} hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
