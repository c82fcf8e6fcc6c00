/** The console's own messages (`gongjian.*`), each a pair [中文, English] (./bilingual.ts). */
import { bilingual } from "./bilingual.js";

export const appMessages = bilingual({
  gongjian: {
    title: ["共建 · 大党委管理后台", "Gongjian · Committee console"],
    done: ["已完成：%{action}", "Done: %{action}"],
    locale: { zh: ["中文", "中文"], en: ["English", "English"], switch: ["语言", "Language"] },
    login: {
      title: ["登录", "Sign in"],
      personas: ["演示角色（内置演示数据库）", "Demo personas (embedded demo database)"],
      personasHelp: [
        "选择一个角色，以其权限进入演示数据。",
        "Pick a persona to explore the demo data with its permissions.",
      ],
      token: ["登录令牌（JWT）", "Sign-in token (JWT)"],
      tokenHelp: [
        "粘贴身份提供方签发的令牌，或用 pnpm run token 生成的令牌。",
        "Paste a token issued by your identity provider, or one made with pnpm run token.",
      ],
      signIn: ["登录", "Sign in"],
      noGrants: ["该令牌没有任何授权", "This token carries no grant"],
      failed: ["登录失败：%{message}", "Sign-in failed: %{message}"],
    },
    access: {
      refused: ["无权执行此操作", "You may not do this"],
      readOnlyFields: ["灰色字段您无权修改", "Greyed fields are read-only for you"],
      readOnlyViewer: ["模拟查看：只读", "Viewing as another role: read-only"],
      why: ["原因", "Why"],
    },
    form: { yuan: ["元", "yuan"], clear: ["清除", "Clear"] },
    show: { details: ["基本信息", "Details"], history: ["修改历史", "History"] },
    filters: {
      from: ["起", "from"],
      to: ["止", "until"],
      present: ["有值", "has a value"],
      absent: ["无值", "has no value"],
    },
    menu: { resources: ["数据", "Data"] },
  },
});
