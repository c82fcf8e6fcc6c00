import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow, Typography } from "@mui/material";
import type { ReactNode } from "react";

/**
 * The table of a screen's card (members, candidates, ratios, shares): a header row, the rows, a
 * full-width note when `empty` says there are none, and a footer row whose label spans the columns
 * before its cells (the totals). A head entry without a label is an empty column (e.g. for buttons).
 */
export function CardTable({
  head,
  children,
  empty,
  footer,
  testId,
}: {
  head: { label?: string; numeric?: boolean }[];
  children: ReactNode;
  /** The text shown in place of the rows, when there are none. */
  empty?: string | null | false;
  footer?: { label: string; cells: ReactNode } | null;
  testId?: string;
}) {
  const footerCells = Array.isArray(footer?.cells) ? footer.cells.length : 1;
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={h.label ?? i} {...(h.numeric ? { align: "right" as const } : {})}>
              {h.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {children}
        {empty ? (
          <TableRow>
            <TableCell colSpan={head.length}>
              <Typography variant="body2" color="text.secondary">
                {empty}
              </Typography>
            </TableCell>
          </TableRow>
        ) : null}
      </TableBody>
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
