import GroupAdd from "@mui/icons-material/GroupAdd";
import InboxIcon from "@mui/icons-material/Inbox";
import { type ComponentProps, lazy, type ReactNode, Suspense } from "react";
import type { ConsoleAbility } from "../access/ability.js";
import { messages } from "./messages.js";
import type { ScreenExtensions } from "./types.js";

// Every screen is loaded on first use (the console's initial JavaScript stays small), each in its own
// Suspense boundary so that a lazily loaded aside or toolbar never blanks the page around it.
const DashboardPage = lazy(() => import("./dashboard/Dashboard.js"));
const InboxPage = lazy(() => import("./inbox/Inbox.js"));
const JointCommitteeSetupPage = lazy(() => import("./committees/JointCommitteeSetup.js"));
const CommitteeShowPage = lazy(() => import("./committees/CommitteeShow.js"));
const FundingPlanShowPage = lazy(() => import("./funding/FundingPlanShow.js"));
const RecordAsidePart = lazy(() => import("./history/RecordAside.js"));
const ExportActionsPart = lazy(() => import("./export/ExportActions.js"));

type AsideProps = ComponentProps<NonNullable<ScreenExtensions["showAside"]>>;
type ListActionsProps = ComponentProps<NonNullable<ScreenExtensions["listActions"]>>;

const Loading = ({ children }: { children: ReactNode }) => <Suspense fallback={null}>{children}</Suspense>;

const Dashboard = () => (
  <Loading>
    <DashboardPage />
  </Loading>
);
const CommitteeShow = () => (
  <Loading>
    <CommitteeShowPage />
  </Loading>
);
const CommitteeCreate = () => (
  <Loading>
    <JointCommitteeSetupPage />
  </Loading>
);
const FundingPlanShow = () => (
  <Loading>
    <FundingPlanShowPage />
  </Loading>
);
const RecordAside = (props: AsideProps) => (
  <Loading>
    <RecordAsidePart {...props} />
  </Loading>
);
const ExportActions = (props: ListActionsProps) => (
  <Loading>
    <ExportActionsPart {...props} />
  </Loading>
);

/** What the hand-made screens add to the generated console (see types.ts). */
/** The inbox is for whoever can move something along: submit, approve, file, adopt, acknowledge or receive. */
const inboxActions: [string, string][] = [
  ["submit", "Committee"],
  ["approve", "Committee"],
  ["file", "Committee"],
  ["approve", "Seat"],
  ["file", "Seat"],
  ["adopt", "FundingPlan"],
  ["acknowledge", "Contribution"],
  ["receive", "Contribution"],
];
const actsOnSomething = (ability: ConsoleAbility) => inboxActions.some(([action, type]) => ability.can(action, type));

export const screens: ScreenExtensions = {
  dashboard: Dashboard,
  routes: [
    {
      path: "/inbox",
      element: (
        <Loading>
          <InboxPage />
        </Loading>
      ),
      menu: { labelKey: "screens.inbox.menu", icon: InboxIcon, visible: actsOnSomething },
    },
    {
      path: "/joint-committee/new",
      element: (
        <Loading>
          <JointCommitteeSetupPage />
        </Loading>
      ),
      menu: {
        labelKey: "screens.joint.menu",
        icon: GroupAdd,
        visible: (ability) => ability.can("create", "Committee"),
      },
    },
  ],
  resources: {
    Committee: { show: CommitteeShow, create: CommitteeCreate },
    FundingPlan: { show: FundingPlanShow },
  },
  showAside: RecordAside,
  listActions: ExportActions,
  messages,
};
