/**
 * The workflow actions the console offers, per GraphQL type and target status: which mutation, which
 * CASL action the API checks (`explainAccess` is asked with it), and what else the action needs.
 * Which targets are reachable comes from the record's `allowedTransitions` (the API's workflow).
 */
export interface TransitionSpec {
  /** Target status (as in `allowedTransitions`), or a pseudo-target for actions that keep the status. */
  to: string;
  /** Only from these statuses (when two actions reach the same status: withdrawing and reopening → DRAFT). */
  from?: string[];
  /** The button's key in screens.workflow.<type> when two actions share a target (default: `to`). */
  key?: string;
  /** CASL action the API checks. */
  action: string;
  mutation: string;
  inputType: string;
  /** An extra input the action needs, asked for in a dialog (dissolution: what it ends, a reason and a date). */
  needs?: "reason" | "filingNumber" | "resolution" | "dissolution";
  /** Irreversible or weighty: confirm first. */
  confirm?: boolean;
  /** Reversible and self-explanatory: runs on the click, without a dialog (e.g. submitting, which can be withdrawn). */
  direct?: boolean;
  /** Rare: offered in the record's "more" menu rather than as a button (e.g. ending a seat's term). */
  quiet?: boolean;
  tone: "primary" | "success" | "error" | "warning" | "inherit";
}

export const workflows: Record<string, TransitionSpec[]> = {
  Committee: [
    {
      to: "SUBMITTED",
      action: "submit",
      mutation: "submitCommittee",
      inputType: "CommitteeTransitionInput",
      tone: "primary",
      direct: true,
    },
    {
      to: "APPROVED",
      action: "approve",
      mutation: "approveCommittee",
      inputType: "CommitteeTransitionInput",
      tone: "success",
      confirm: true,
    },
    {
      to: "REJECTED",
      action: "reject",
      mutation: "rejectCommittee",
      inputType: "RejectCommitteeInput",
      needs: "reason",
      tone: "error",
    },
    {
      to: "FILED",
      action: "file",
      mutation: "fileCommittee",
      inputType: "FileCommitteeInput",
      needs: "filingNumber",
      tone: "success",
    },
    {
      to: "DISSOLVED",
      action: "dissolve",
      mutation: "dissolveCommittee",
      inputType: "DissolveCommitteeInput",
      needs: "dissolution",
      tone: "error",
      confirm: true,
    },
    {
      to: "DRAFT",
      from: ["REJECTED"],
      action: "update",
      mutation: "reopenCommittee",
      inputType: "CommitteeTransitionInput",
      tone: "inherit",
    },
    {
      to: "DRAFT",
      key: "WITHDRAWN",
      from: ["SUBMITTED"],
      action: "submit",
      mutation: "withdrawCommittee",
      inputType: "CommitteeTransitionInput",
      tone: "inherit",
    },
  ],
  Seat: [
    { to: "APPROVED", action: "approve", mutation: "approveSeat", inputType: "SeatTransitionInput", tone: "success" },
    {
      to: "REJECTED",
      action: "reject",
      mutation: "rejectSeat",
      inputType: "RejectSeatInput",
      needs: "reason",
      tone: "error",
    },
    { to: "FILED", action: "file", mutation: "fileSeat", inputType: "SeatTransitionInput", tone: "success" },
    {
      to: "ENDED",
      action: "end",
      mutation: "endSeat",
      inputType: "SeatTransitionInput",
      tone: "warning",
      confirm: true,
      quiet: true,
    },
  ],
  FundingPlan: [
    {
      to: "ADOPTED",
      action: "adopt",
      mutation: "adoptFundingPlan",
      inputType: "AdoptFundingPlanInput",
      needs: "resolution",
      tone: "success",
    },
    {
      to: "CLOSED",
      action: "close",
      mutation: "closeFundingPlan",
      inputType: "CloseFundingPlanInput",
      tone: "warning",
      confirm: true,
    },
  ],
  JointWorkItem: [
    {
      to: "IN_PROGRESS",
      action: "update",
      mutation: "startJointWork",
      inputType: "StartJointWorkInput",
      tone: "primary",
    },
    {
      to: "DONE",
      action: "update",
      mutation: "completeJointWork",
      inputType: "CompleteJointWorkInput",
      tone: "success",
    },
    {
      to: "CLOSED",
      action: "close",
      mutation: "closeJointWork",
      inputType: "CloseJointWorkInput",
      needs: "resolution",
      tone: "success",
    },
    {
      to: "DROPPED",
      action: "update",
      mutation: "dropJointWork",
      inputType: "DropJointWorkInput",
      needs: "reason",
      tone: "error",
    },
  ],
  Contribution: [
    {
      to: "RECEIVED",
      action: "receive",
      mutation: "receiveContribution",
      inputType: "ReceiveContributionInput",
      tone: "success",
    },
    {
      to: "ACKNOWLEDGED",
      action: "acknowledge",
      mutation: "acknowledgeContribution",
      inputType: "AcknowledgeContributionInput",
      tone: "primary",
    },
  ],
};

/** The targets a record offers: its allowed transitions, plus acknowledging an unacknowledged pledge. */
export function targetsOf(typename: string, record: Record<string, unknown>): TransitionSpec[] {
  const specs = workflows[typename] ?? [];
  const allowed = Array.isArray(record.allowedTransitions) ? (record.allowedTransitions as string[]) : [];
  return specs.filter((spec) => {
    if (spec.to === "ACKNOWLEDGED") return record.status === "PLEDGED" && !record.acknowledgedAt;
    if (spec.from && !spec.from.includes(String(record.status))) return false;
    return allowed.includes(spec.to);
  });
}
