import BarChart from "@mui/icons-material/BarChart";
import LabelIcon from "@mui/icons-material/Label";
import { ListSubheader } from "@mui/material";
import { Fragment, type ReactNode } from "react";
import {
  AppBar,
  LoadingIndicator,
  Menu,
  Layout as RaLayout,
  TitlePortal,
  ToggleThemeButton,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from "react-admin";
import { useAbility } from "../access/index.js";
import { screens } from "../screens/index.js";
import { LocaleSwitch } from "./LocaleSwitch.js";
import { type MenuEntry, menuSections } from "./menu.js";

/** The app bar: the page title, the language switch, the light/dark toggle and the loading indicator (refresh). */
function ConsoleAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <LocaleSwitch />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

const menuRoutes = screens.routes.filter((r) => r.menu);

/**
 * The menu by task (./menu-groups.json): 日常工作, 组织, 经费, 考核, 统计, 设置, each heading shown when the
 * viewer may use one of its entries (hand-made pages by their `visible` rule, resources by the read rule;
 * react-admin still asks canAccess for each resource entry).
 */
function ConsoleMenu() {
  const translate = useTranslate();
  const ability = useAbility();
  const [open] = useSidebarState();
  const resources = useResourceDefinitions();
  const listed = Object.keys(resources).filter((name) => resources[name]?.hasList);
  const sections = menuSections(
    listed,
    menuRoutes.map((r) => r.path),
  );
  const visible = (e: MenuEntry) => {
    if (e.kind === "dashboard") return Boolean(screens.dashboard);
    if (e.kind === "resource") return ability.can("read", e.name as never);
    const route = menuRoutes.find((r) => r.path === e.path);
    return route?.menu?.visible?.(ability) ?? true;
  };
  const item = (e: MenuEntry) => {
    if (e.kind === "dashboard") {
      return (
        <Menu.DashboardItem
          key="dashboard"
          primaryText={translate("gongjian.menu.dashboard")}
          leftIcon={<BarChart />}
        />
      );
    }
    if (e.kind === "resource") return <Menu.ResourceItem key={e.name} name={e.name} />;
    const route = menuRoutes.find((r) => r.path === e.path);
    const Icon = route?.menu?.icon;
    return (
      <Menu.Item
        key={e.path}
        to={e.path}
        primaryText={translate(route?.menu?.labelKey ?? e.path)}
        leftIcon={Icon ? <Icon /> : <LabelIcon />}
      />
    );
  };
  return (
    <Menu>
      {sections.map((section) => {
        const entries = section.entries.filter(visible);
        if (entries.length === 0) return null;
        return (
          <Fragment key={section.key}>
            {open ? (
              <ListSubheader
                disableSticky
                data-testid={`menu-group-${section.key}`}
                sx={{ lineHeight: "32px", mt: 1, bgcolor: "transparent" }}
              >
                {translate(`gongjian.menu.groups.${section.key}`)}
              </ListSubheader>
            ) : null}
            {entries.map(item)}
          </Fragment>
        );
      })}
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
