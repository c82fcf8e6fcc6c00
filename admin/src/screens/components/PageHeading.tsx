import { Typography } from "@mui/material";
import { Title } from "react-admin";

/** The heading of a page of its own (the inbox, notified results): the app bar's title, the page title and its help line. */
export function PageHeading({ title, help }: { title: string; help: string }) {
  return (
    <>
      <Title title={title} />
      <Typography variant="h5" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {help}
      </Typography>
    </>
  );
}
