import { builder } from "../builder.js";
import { describedEnum } from "../system/enums.js";
import { DomainError } from "./domain-error.js";

export const ErrorCodeEnum = describedEnum("ErrorCode", "错误代码 / Error code", {
  VALIDATION: "输入无效 / Invalid input",
  NOT_FOUND: "记录不存在或不在权限范围内 / No such record (or outside your scope)",
  FORBIDDEN: "无权执行 / Not allowed",
  CONFLICT: "版本冲突 / Stale version",
  INVALID_TRANSITION: "不允许的状态变更 / Transition not allowed",
  INVARIANT: "违反业务规则 / A domain rule would be broken",
  UNAUTHENTICATED: "未登录 / Not signed in",
});

export const ErrorInterface = builder.interfaceRef<DomainError>("Error").implement({
  description: "可预期的错误 / An expected failure",
  fields: (t) => ({
    code: t.field({
      type: ErrorCodeEnum,
      nullable: false,
      description: "错误代码 / Error code",
      resolve: (e) => e.code,
    }),
    message: t.exposeString("message", { nullable: false, description: "中英文消息 / Message in Chinese and English" }),
    messageZh: t.exposeString("messageZh", { nullable: false, description: "中文消息 / Message in Chinese" }),
    messageEn: t.exposeString("messageEn", { nullable: false, description: "英文消息 / Message in English" }),
    field: t.exposeString("field", { description: "出错的输入字段 / The input field at fault" }),
  }),
});

builder.objectType(DomainError, {
  name: "DomainError",
  description: "业务错误 / Domain error",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    allowed: t.exposeStringList("allowed", {
      nullable: false,
      description: "当前状态允许的变更 / Transitions allowed from the current state",
    }),
  }),
});
