import { defineMutation } from "../data/mutation-field.js";
import { notifyAssessment, recordAssessment, updateAssessment } from "./commands.js";
import { NotifyAssessmentInput, RecordAssessmentInput, UpdateAssessmentInput } from "./inputs.js";
import { Assessment } from "./types.js";

defineMutation("recordAssessment", {
  returns: Assessment,
  description:
    "登记考核结果（成员单位参与情况、委员、在职党员年度鉴定、积分）/ Record an assessment (member unit participation, committee member, annual appraisal, points)",
  permission: "create:Assessment",
  input: RecordAssessmentInput,
  run: recordAssessment,
});

defineMutation("updateAssessment", {
  returns: Assessment,
  description: "修改尚未通报的考核结果 / Update an assessment that has not been notified",
  permission: "update:Assessment",
  input: UpdateAssessmentInput,
  run: updateAssessment,
});

defineMutation("notifyAssessment", {
  returns: Assessment,
  description:
    "通报测评结果（向被考核单位及其上级党组织）/ Notify the result (to the assessed organisation and its superior)",
  permission: "update:Assessment",
  input: NotifyAssessmentInput,
  run: notifyAssessment,
});
