/** The console's own messages (`gongjian.*`), in both languages. */
export const appMessages = {
  zh: {
    gongjian: {
      title: "共建 · 大党委管理后台",
      done: "已完成：%{action}",
      locale: { zh: "中文", en: "English", switch: "语言" },
      login: {
        title: "登录",
        personas: "演示角色（内置演示数据库）",
        personasHelp: "选择一个角色，以其权限进入演示数据。",
        token: "登录令牌（JWT）",
        tokenHelp: "粘贴身份提供方签发的令牌，或用 pnpm run token 生成的令牌。",
        signIn: "登录",
        noGrants: "该令牌没有任何授权",
        failed: "登录失败：%{message}",
      },
      access: {
        refused: "无权执行此操作",
        readOnlyFields: "灰色字段您无权修改",
        readOnlyViewer: "模拟查看：只读",
        why: "原因",
      },
      form: { yuan: "元", clear: "清除" },
      show: { details: "基本信息", history: "修改历史" },
      filters: { from: "起", to: "止", present: "有值", absent: "无值" },
      menu: { resources: "数据" },
    },
  },
  en: {
    gongjian: {
      title: "Gongjian · Committee console",
      done: "Done: %{action}",
      locale: { zh: "中文", en: "English", switch: "Language" },
      login: {
        title: "Sign in",
        personas: "Demo personas (embedded demo database)",
        personasHelp: "Pick a persona to explore the demo data with its permissions.",
        token: "Sign-in token (JWT)",
        tokenHelp: "Paste a token issued by your identity provider, or one made with pnpm run token.",
        signIn: "Sign in",
        noGrants: "This token carries no grant",
        failed: "Sign-in failed: %{message}",
      },
      access: {
        refused: "You may not do this",
        readOnlyFields: "Greyed fields are read-only for you",
        readOnlyViewer: "Viewing as another role: read-only",
        why: "Why",
      },
      form: { yuan: "yuan", clear: "Clear" },
      show: { details: "Details", history: "History" },
      filters: { from: "from", to: "until", present: "has a value", absent: "has no value" },
      menu: { resources: "Data" },
    },
  },
};
