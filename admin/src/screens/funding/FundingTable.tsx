import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from "@mui/material";
import type { ReactNode } from "react";

/**
 * The table of a funding card (ratios, shares): a header row, the rows, and a footer row whose label
 * spans the columns before its cells (the totals).
 */
export function FundingTable({
  head,
  children,
  footer,
}: {
  head: { label: string; numeric?: boolean }[];
  children: ReactNode;
  footer?: { label: string; cells: ReactNode } | null;
}) {
  const footerCells = Array.isArray(footer?.cells) ? footer.cells.length : 1;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {head.map((h) => (
            <TableCell key={h.label} {...(h.numeric ? { align: "right" as const } : {})}>
              {h.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>{children}</TableBody>
      {footer ? (
        <TableFooter>
          <TableRow>
            <TableCell colSpan={head.length - footerCells}>{footer.label}</TableCell>
            {footer.cells}
          </TableRow>
        </TableFooter>
      ) : null}
    </Table>
  );
}
