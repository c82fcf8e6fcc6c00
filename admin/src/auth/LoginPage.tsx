import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useLogin, useNotify, useTranslate } from "ra-core";
import { type FormEvent, useEffect, useState } from "react";
import { useLocale } from "../i18n/index.js";
import { LocaleSwitch } from "../layout/LocaleSwitch.js";
import { type DemoPersona, fetchDemoPersonas } from "./authProvider.js";

/** Demo personas when the API offers them (embedded demo database), and a token field in every case. */
export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const locale = useLocale();
  const [personas, setPersonas] = useState<DemoPersona[] | null>(null);
  const [token, setTokenValue] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetchDemoPersonas()
      .then(setPersonas)
      .catch(() => setPersonas([]));
  }, []);

  const signIn = async (value: string) => {
    setBusy(true);
    try {
      await login({ token: value });
    } catch (error) {
      notify("gongjian.login.failed", {
        type: "error",
        messageArgs: { message: error instanceof Error ? error.message : String(error) },
      });
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void signIn(token);
  };

  return (
    <Box
      sx={{ minHeight: "100vh", display: "flex", alignItems: "center", justifyContent: "center", bgcolor: "#f3f4f6" }}
    >
      <Paper sx={{ width: 460, maxWidth: "94vw", p: 2.5 }}>
        <Box>
          <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 2 }}>
            <Typography variant="h5" component="h1">
              {translate("gongjian.title")}
            </Typography>
            <LocaleSwitch />
          </Stack>
          {personas && personas.length > 0 && (
            <Box sx={{ mb: 2 }} data-testid="demo-personas">
              <Typography variant="subtitle1">{translate("gongjian.login.personas")}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate("gongjian.login.personasHelp")}
              </Typography>
              <Stack spacing={1}>
                {personas.map((p) => (
                  <Button
                    key={`${p.role}-${p.labelZh}`}
                    variant="outlined"
                    disabled={busy}
                    data-role={p.role}
                    onClick={() => void signIn(p.token)}
                  >
                    {locale === "en" ? p.labelEn : p.labelZh}
                  </Button>
                ))}
              </Stack>
              <Divider sx={{ my: 2 }} />
            </Box>
          )}
          <form onSubmit={submit}>
            <TextField
              name="token"
              label={translate("gongjian.login.token")}
              helperText={translate("gongjian.login.tokenHelp")}
              value={token}
              onChange={(e) => setTokenValue(e.target.value)}
              fullWidth
              multiline
              minRows={2}
              size="small"
            />
            <Button type="submit" variant="contained" sx={{ mt: 2 }} fullWidth disabled={busy || !token.trim()}>
              {translate("gongjian.login.signIn")}
            </Button>
          </form>
        </Box>
      </Paper>
    </Box>
  );
}
