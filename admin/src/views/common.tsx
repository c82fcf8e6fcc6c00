import Alert from "@mui/material/Alert";
import { useResourceContext } from "react-admin";
import { type ResourceDef, resourcesByName } from "../generated/resources.js";

export function useResourceDef(): ResourceDef {
  const name = useResourceContext();
  const def = name ? resourcesByName[name] : undefined;
  if (!def) throw new Error(`No generated resource ${name}`);
  return def;
}

export function Refusal({ text }: { text: string }) {
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="access-refused">
      {text}
    </Alert>
  );
}
