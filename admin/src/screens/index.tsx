import Campaign from "@mui/icons-material/Campaign";
import GroupAdd from "@mui/icons-material/GroupAdd";
import InboxIcon from "@mui/icons-material/Inbox";
import { type ComponentProps, type ComponentType, lazy, Suspense } from "react";
import type { ConsoleAbility } from "../access/ability.js";
import { bilingual } from "../i18n/bilingual.js";
import catalog from "./messages.json" with { type: "json" };
import type { ScreenExtensions } from "./types.js";

type AsideProps = ComponentProps<NonNullable<ScreenExtensions["showAside"]>>;
type ListActionsProps = ComponentProps<NonNullable<ScreenExtensions["listActions"]>>;

/**
 * A screen loaded on first use (the console's initial JavaScript stays small), in its own Suspense boundary
 * so that a lazily loaded aside or toolbar never blanks the page around it.
 */
function onFirstUse<P extends object = object>(load: () => Promise<{ default: ComponentType<P> }>) {
  const Part = lazy(load) as unknown as ComponentType<P>;
  return (props: P) => (
    <Suspense fallback={null}>
      <Part {...props} />
    </Suspense>
  );
}

const Dashboard = onFirstUse(() => import("./dashboard/Dashboard.js"));
const Inbox = onFirstUse(() => import("./inbox/Inbox.js"));
const NotifiedResults = onFirstUse(() => import("./notified/NotifiedResults.js"));
const JointCommitteeSetup = onFirstUse(() => import("./committees/JointCommitteeSetup.js"));
const CommitteeShow = onFirstUse(() => import("./committees/CommitteeShow.js"));
const FundingPlanShow = onFirstUse(() => import("./funding/FundingPlanShow.js"));
const JointWorkItemShow = onFirstUse(() => import("./joint-work/JointWorkItemShow.js"));
const PersonCreate = onFirstUse(() => import("./people/PersonCreate.js"));
const PersonEdit = onFirstUse(() => import("./people/PersonEdit.js"));
const RecordAside = onFirstUse<AsideProps>(() => import("./history/RecordAside.js"));
const ExportActions = onFirstUse<ListActionsProps>(() => import("./export/ExportActions.js"));

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

/**
 * Whether results reach the viewer by notification (通报): a read rule on assessments conditioned on their
 * being notified, which the API gives the liaison of a unit and a superior organisation (abilities.ts).
 */
const receivesNotifiedResults = (ability: ConsoleAbility) =>
  ability.rulesFor("read", "Assessment").some((rule) => !rule.inverted && "notifiedAt" in (rule.conditions ?? {}));

/** What the hand-made screens add to the generated console (see types.ts). */
export const screens: ScreenExtensions = {
  dashboard: Dashboard,
  routes: [
    {
      path: "/inbox",
      element: <Inbox />,
      menu: { labelKey: "screens.inbox.menu", icon: InboxIcon, visible: actsOnSomething },
    },
    {
      path: "/notified-results",
      element: <NotifiedResults />,
      menu: { labelKey: "screens.notified.menu", icon: Campaign, visible: receivesNotifiedResults },
    },
    {
      path: "/joint-committee/new",
      element: <JointCommitteeSetup />,
      menu: {
        labelKey: "screens.joint.menu",
        icon: GroupAdd,
        visible: (ability) => ability.can("create", "Committee"),
      },
    },
  ],
  resources: {
    Committee: { show: CommitteeShow, create: JointCommitteeSetup },
    FundingPlan: { show: FundingPlanShow },
    JointWorkItem: { show: JointWorkItemShow },
    Person: { create: PersonCreate, edit: PersonEdit },
  },
  showAside: RecordAside,
  listActions: ExportActions,
  messages: bilingual(catalog),
};
