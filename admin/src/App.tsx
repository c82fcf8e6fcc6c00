/**
 * The console: react-admin over the GraphQL API. Every entity with a root list is a resource built from
 * the generated model (src/generated/); the hand-made screens (src/screens/) replace or extend views.
 * Pages and the data provider load on first use, so the first paint needs little JavaScript.
 */

import { type ComponentType, lazy, Suspense } from "react";
import {
  Admin,
  CustomRoutes,
  type DashboardComponent,
  defaultDarkTheme,
  defaultLightTheme,
  localStorageStore,
  Resource,
} from "react-admin";
import { Route } from "react-router-dom";
import { authProvider } from "./auth/authProvider.js";
import { LoginPage } from "./auth/LoginPage.js";
import { dataProvider } from "./data/index.js";
import { resourceIndex } from "./generated/resource-index.js";
import { createI18nProvider } from "./i18n/index.js";
import { ConsoleLayout } from "./layout/Layout.js";
import { recordTitle } from "./model/display.js";
import { screens } from "./screens/index.js";

const GenericList = lazy(() => import("./views/GenericList.js"));
const GenericShow = lazy(() => import("./views/GenericShow.js"));
const GenericEdit = lazy(() => import("./views/GenericEdit.js"));
const GenericCreate = lazy(() => import("./views/GenericCreate.js"));

function suspended(View: ComponentType) {
  return function Suspended() {
    return (
      <Suspense fallback={null}>
        <View />
      </Suspense>
    );
  };
}
const List = suspended(GenericList);
const Show = suspended(GenericShow);
const Edit = suspended(GenericEdit);
const Create = suspended(GenericCreate);

/** Resource names in both languages, for react-admin's titles and menu (`resources.<Type>.name`). */
function resourceMessages(locale: "zh" | "en") {
  return {
    resources: Object.fromEntries(
      resourceIndex.map((r) => [
        r.name,
        { name: locale === "zh" ? r.pluralLabel.zh : `${r.label.en} |||| ${r.pluralLabel.en}` },
      ]),
    ),
  };
}

const i18nProvider = createI18nProvider({
  zh: { ...resourceMessages("zh"), ...screens.messages.zh },
  en: { ...resourceMessages("en"), ...screens.messages.en },
});
/**
 * The viewer's preferences (light/dark theme, each list's filters, sort, page size and chosen columns) in
 * localStorage, so they survive a reload (issue 21, conveniences). Signing out clears them (react-admin resets
 * the store on logout), so the next person at the same browser starts clean. Raise the version when the shape
 * of a stored preference changes.
 */
const store = localStorageStore("1", "Gongjian");

export function App() {
  return (
    <Admin
      title="共建"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      loginPage={LoginPage}
      layout={ConsoleLayout}
      store={store}
      theme={defaultLightTheme}
      darkTheme={defaultDarkTheme}
      defaultTheme="light"
      requireAuth
      disableTelemetry
      {...(screens.dashboard ? { dashboard: screens.dashboard as DashboardComponent } : {})}
    >
      {resourceIndex.map((r) => {
        const custom = screens.resources[r.name] ?? {};
        return (
          <Resource
            key={r.name}
            name={r.name}
            list={custom.list ?? List}
            show={custom.show ?? Show}
            {...(custom.edit || r.update ? { edit: custom.edit ?? Edit } : {})}
            {...(custom.create || r.create ? { create: custom.create ?? Create } : {})}
            recordRepresentation={(record) => recordTitle(record, r.display)}
          />
        );
      })}
      <CustomRoutes>
        {screens.routes.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
      </CustomRoutes>
    </Admin>
  );
}
