import Button from "@mui/material/Button";
import { useLocaleState } from "ra-core";

/** One button: 中文 ⇄ English (the choice is kept in localStorage by the i18n provider). */
export function LocaleSwitch() {
  const [locale, setLocale] = useLocaleState();
  const next = locale === "en" ? "zh" : "en";
  return (
    <Button
      color="inherit"
      size="small"
      data-testid="locale-switch"
      aria-label={locale === "en" ? "切换到中文" : "Switch to English"}
      onClick={() => setLocale(next)}
    >
      {next === "en" ? "English" : "中文"}
    </Button>
  );
}
