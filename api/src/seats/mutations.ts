/** The seat mutation fields; the writes are in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import { approveSeat, endSeat, fileSeat, nominateSeat, rejectSeat } from "./commands.js";
import { NominateSeatInput, RejectSeatInput, SeatTransitionInput } from "./inputs.js";
import { Seat } from "./types.js";

defineMutation("nominateSeat", {
  returns: Seat,
  description:
    "推选大党委委员，记录三项任职条件证明 / Nominate a committee member, recording the three qualification attestations",
  permission: "nominate:Seat",
  input: NominateSeatInput,
  run: nominateSeat,
});

defineMutation("approveSeat", {
  returns: Seat,
  description: "街道党工委审批推选 / The street working committee approves a nomination",
  permission: "approve:Seat",
  input: SeatTransitionInput,
  run: approveSeat,
});

defineMutation("rejectSeat", {
  returns: Seat,
  description: "街道党工委不批准推选 / The street working committee rejects a nomination",
  permission: "reject:Seat",
  input: RejectSeatInput,
  run: rejectSeat,
});

defineMutation("fileSeat", {
  returns: Seat,
  description: "区委组织部备案已审批的职务 / The district organisation department files an approved seat",
  permission: "file:Seat",
  input: SeatTransitionInput,
  run: fileSeat,
});

defineMutation("endSeat", {
  returns: Seat,
  description: "职务届满或终止 / End a seat (term over or left)",
  permission: "end:Seat",
  input: SeatTransitionInput,
  run: endSeat,
});
