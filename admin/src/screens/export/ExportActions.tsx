import Download from "@mui/icons-material/Download";
import { Button, Menu, MenuItem } from "@mui/material";
import { type ComponentProps, useState } from "react";
import { useDataProvider, useNotify, useTranslate } from "react-admin";
import { resourcesByName } from "../../generated/resources.js";
import { downloadBase64 } from "../lib/download.js";
import type { ScreenExtensions } from "../types.js";

type Props = ComponentProps<NonNullable<ScreenExtensions["listActions"]>>;

interface Exporter {
  exportList(
    resource: string,
    params: { format: "CSV" | "XLSX"; filter: Record<string, unknown>; sort: { field: string; order: string } },
  ): Promise<{ data: { filename: string; contentType: string; base64: string; rowCount: number } }>;
}

/**
 * Export of the list as it is filtered and sorted now, to CSV or XLSX: the API's `export<List>` (same
 * filter, ordering and permissions as the list; fields the viewer may not read are left out), downloaded
 * by the browser.
 */
export default function ExportActions({ resource, filter, sort }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider() as unknown as Exporter;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!resourcesByName[resource]?.export) return null;
  const run = async (format: "CSV" | "XLSX") => {
    setAnchor(null);
    setBusy(true);
    try {
      const { data } = await dataProvider.exportList(resource, { format, filter, sort });
      downloadBase64(data);
      notify("screens.export.done", { type: "info", messageArgs: { count: data.rowCount, filename: data.filename } });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button
        size="small"
        startIcon={<Download />}
        disabled={busy}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="export-button"
      >
        {translate("screens.export.button")}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run("CSV")} data-testid="export-csv">
          CSV
        </MenuItem>
        <MenuItem onClick={() => run("XLSX")} data-testid="export-xlsx">
          Excel (XLSX)
        </MenuItem>
      </Menu>
    </>
  );
}
