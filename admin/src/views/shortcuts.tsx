import { useEffect, useRef } from "react";
import { useFormState } from "react-hook-form";

/**
 * Ctrl+S (⌘S on a Mac) saves the form this sits in, instead of the browser's "save page": it submits the
 * form exactly as its save button would, and like that button does nothing while the form is unchanged or
 * already being saved, or when saving is not allowed (`disabled`). Put it inside a react-admin form.
 */
export function SaveShortcut({ disabled = false }: { disabled?: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  const { isDirty, isSubmitting } = useFormState();
  const ready = !disabled && isDirty && !isSubmitting;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== "s")
        return;
      const form = ref.current?.closest("form");
      if (!form) return;
      event.preventDefault();
      if (ready) form.requestSubmit();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [ready]);
  return <span ref={ref} hidden data-testid="save-shortcut" />;
}
