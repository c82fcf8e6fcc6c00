import { Card, CardContent, CardHeader } from "@mui/material";
import type { ReactNode } from "react";

/**
 * One titled card of a hand-made screen: the outlined card, its header (title, help line, an action at the
 * right) and its content. `small` sets the title in the smaller type of the side panels; the content sits
 * close under the header unless `spaced`.
 */
export function SectionCard({
  title,
  subheader,
  action,
  testId,
  small = false,
  spaced = false,
  children,
}: {
  title: ReactNode;
  subheader?: ReactNode;
  action?: ReactNode;
  testId?: string;
  small?: boolean;
  spaced?: boolean;
  children: ReactNode;
}) {
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardHeader
        title={title}
        subheader={subheader}
        action={action}
        slotProps={small ? { title: { variant: "subtitle1" } } : undefined}
      />
      <CardContent sx={spaced ? undefined : { pt: 0 }}>{children}</CardContent>
    </Card>
  );
}
