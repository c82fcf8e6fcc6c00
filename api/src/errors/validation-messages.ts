/**
 * Chinese and English messages for input that fails its schema. Our own schemas carry
 * "中文 / English" messages; zod's built-in checks (lengths, ranges, formats, types) carry English
 * ones, translated here from the issue's code and parameters so every VALIDATION error is bilingual.
 */
export interface IssueLike {
  message?: string;
  code?: string;
  origin?: string;
  format?: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

const units = { string: ["个字符", "characters"], array: ["项", "items"], set: ["项", "items"] } as const;

export function bilingualMessage(issue: IssueLike): [zh: string, en: string] {
  const message = issue.message ?? "invalid";
  if (message.includes(" / ")) return message.split(" / ", 2) as [string, string];
  const origin = issue.origin ?? "";
  const unit = units[origin as keyof typeof units];
  switch (issue.code) {
    case "too_small": {
      const min = String(issue.minimum);
      if (origin === "string" && min === "1") return ["不能为空", "cannot be empty"];
      if (unit) return [`至少${min}${unit[0]}`, `must have at least ${min} ${unit[1]}`];
      return [`不能小于${min}`, `must be at least ${min}`];
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (unit) return [`最多${max}${unit[0]}`, `must have at most ${max} ${unit[1]}`];
      return [`不能大于${max}`, `must be at most ${max}`];
    }
    case "invalid_format":
      if (issue.format === "email") return ["邮箱地址格式无效", "is not a valid email address"];
      if (issue.format === "url") return ["网址格式无效", "is not a valid URL"];
      return ["格式无效", "has an invalid format"];
    case "invalid_type":
      if (issue.expected === "int") return ["须为整数", "must be a whole number"];
      return [`类型无效（应为 ${issue.expected ?? "?"}）`, `has the wrong type (expected ${issue.expected ?? "?"})`];
    case "not_multiple_of":
      return ["不是允许的倍数", "is not an allowed multiple"];
    case "invalid_value":
      return ["不是允许的值", "is not an allowed value"];
    default:
      return ["无效", "is invalid"];
  }
}
