/** The volunteer mutations: GraphQL fields only; the writes are the commands in commands.ts. */
import { defineMutation } from "../data/mutation-field.js";
import * as commands from "./commands.js";
import * as inputs from "./inputs.js";
import { VolunteerActivity, VolunteerTeam, VolunteerTeamMember } from "./types.js";

defineMutation("createVolunteerTeam", {
  returns: VolunteerTeam,
  description: "成立志愿服务队（党员服务联盟）/ Found a volunteer team (service alliance)",
  permission: "create:VolunteerTeam",
  input: inputs.CreateVolunteerTeamInput,
  run: commands.createVolunteerTeam,
});

defineMutation("updateVolunteerTeam", {
  returns: VolunteerTeam,
  description: "修改志愿服务队 / Update a volunteer team",
  permission: "update:VolunteerTeam",
  input: inputs.UpdateVolunteerTeamInput,
  run: commands.updateVolunteerTeam,
});

defineMutation("endVolunteerTeam", {
  returns: VolunteerTeam,
  description: "解散志愿服务队（在队队员随之退出）/ End a volunteer team (its active members leave)",
  permission: "end:VolunteerTeam",
  input: inputs.EndVolunteerTeamInput,
  run: commands.endVolunteerTeam,
});

defineMutation("addTeamMember", {
  returns: VolunteerTeamMember,
  description: "吸收队员（同一人在同一服务队只能有一条在队记录）/ Add a member (a person is an active member once)",
  permission: "create:VolunteerTeamMember",
  input: inputs.AddTeamMemberInput,
  run: commands.addTeamMember,
});

defineMutation("removeTeamMember", {
  returns: VolunteerTeamMember,
  description: "队员退出服务队 / A member leaves the team",
  permission: "end:VolunteerTeamMember",
  input: inputs.RemoveTeamMemberInput,
  run: commands.removeTeamMember,
});

defineMutation("recordVolunteerActivity", {
  returns: VolunteerActivity,
  description: "登记志愿服务活动 / Record a volunteer activity",
  permission: "create:VolunteerActivity",
  input: inputs.RecordVolunteerActivityInput,
  run: commands.recordVolunteerActivity,
});
