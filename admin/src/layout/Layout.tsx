import LabelIcon from "@mui/icons-material/Label";
import type { ReactNode } from "react";
import { AppBar, Menu, Layout as RaLayout, TitlePortal, useTranslate } from "react-admin";
import { useAbility } from "../access/index.js";
import { screens } from "../screens/index.js";
import { LocaleSwitch } from "./LocaleSwitch.js";

function ConsoleAppBar() {
  return (
    <AppBar toolbar={<LocaleSwitch />}>
      <TitlePortal />
    </AppBar>
  );
}

/** The menu: dashboard, the hand-made pages, then every resource the viewer may read (react-admin asks canAccess). */
function ConsoleMenu() {
  const translate = useTranslate();
  const ability = useAbility();
  return (
    <Menu>
      <Menu.DashboardItem />
      {screens.routes
        .filter((r) => r.menu && (r.menu.visible?.(ability) ?? true))
        .map((r) => {
          const Icon = r.menu?.icon;
          return (
            <Menu.Item
              key={r.path}
              to={r.path}
              primaryText={translate(r.menu?.labelKey ?? r.path)}
              leftIcon={Icon ? <Icon /> : <LabelIcon />}
            />
          );
        })}
      <Menu.ResourceItems />
    </Menu>
  );
}

export function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={ConsoleAppBar} menu={ConsoleMenu}>
      {children}
    </RaLayout>
  );
}
