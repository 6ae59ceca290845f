import { useState } from "react";

/**
 * Whether a picker's dropdown is open (a remote picker asks the server only then), with the open and close handlers
 * to give the Mantine input: they track it and still call the caller's own handlers.
 */
export function useDropdownOpen(onDropdownOpen?: () => void, onDropdownClose?: () => void) {
  const [isOpen, setOpen] = useState(false);
  return {
    isOpen,
    onDropdownOpen: () => {
      setOpen(true);
      onDropdownOpen?.();
    },
    onDropdownClose: () => {
      setOpen(false);
      onDropdownClose?.();
    },
  };
}
