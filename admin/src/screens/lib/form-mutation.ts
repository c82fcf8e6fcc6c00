import { useState } from "react";
import { mutate, useErrorText } from "./api.js";

/**
 * A screen form's mutation: `run(name, input, onDone)` clears the last error, marks the form busy
 * (with `busyKey`, e.g. the row whose button was pressed; the mutation's name by default), and
 * calls `onDone` with the result when the API accepts it, or shows the refusal's message in `error`.
 */
export function useFormMutation() {
  const errorText = useErrorText();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async <T = { id: string }>(
    name: string,
    input: Record<string, unknown>,
    onDone: (data: T) => void,
    busyKey: string = name,
  ) => {
    setBusy(busyKey);
    setError(null);
    try {
      const outcome = await mutate<T>(name, input);
      if (outcome.ok) onDone(outcome.data);
      else setError(errorText(outcome.error));
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, setError, run };
}
