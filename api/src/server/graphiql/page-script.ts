/**
 * The script of the GraphiQL page (served as a hashed asset by ./index.ts). It runs in the browser
 * after GraphiQL's bundle: the bar (who you are, demo personas or a token field), Monaco's workers,
 * and rendering GraphiQL with the signed-in token in `additionalHeaders`. Plain ES5-style JavaScript
 * in a string: it is sent as it is, without a build step.
 */
export /** Runs in the page after GraphiQL's bundle: the bar, sign-in, Monaco's workers, rendering. */
const PAGE_SCRIPT = String.raw`(function () {
  "use strict";
  var TOKEN_KEY = "gongjian.graphiql.token";
  var PERSONA_KEY = "gongjian.graphiql.persona";
  var config = JSON.parse(document.getElementById("gj-config").textContent);
  var options = config.options || {};
  var endpoint = options.endpoint || "/graphql";
  var who = document.getElementById("gj-who");
  var signin = document.getElementById("gj-signin");
  // GraphiQL's executor reads this object on every request: signing in or out needs no reload.
  var headers = Object.assign({}, options.additionalHeaders);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { node.append(c); });
    return node;
  }
  function button(text, id, onClick) {
    var b = el("button", { type: "button", id: id, class: "gj-button" }, [text]);
    b.addEventListener("click", onClick);
    return b;
  }
  function stored() {
    var token = sessionStorage.getItem(TOKEN_KEY);
    var persona = null;
    try { persona = JSON.parse(sessionStorage.getItem(PERSONA_KEY) || "null"); } catch (e) { persona = null; }
    return { token: token, persona: token ? persona : null };
  }
  /** The name and roles in a pasted token (its payload, not verified here: the server does that). */
  function tokenName(token) {
    try {
      var part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      var bytes = Uint8Array.from(atob(part), function (c) { return c.charCodeAt(0); });
      var payload = JSON.parse(new TextDecoder().decode(bytes));
      var roles = (payload.grants || []).map(function (g) { return g.role; }).join(", ");
      return (payload.name || payload.sub || "?") + (roles ? "（" + roles + "）" : "");
    } catch (e) { return "?"; }
  }
  function show() {
    var s = stored();
    if (s.token) headers.Authorization = "Bearer " + s.token;
    else delete headers.Authorization;
    document.body.classList.toggle("gj-signed-in", Boolean(s.token));
    if (!s.token) {
      who.replaceChildren(el("span", { "data-testid": "graphiql-anonymous" }, ["未登录（匿名）/ Not signed in (anonymous)"]));
      return;
    }
    var text = s.persona
      ? "当前身份：" + s.persona.labelZh + " / Signed in as: " + s.persona.labelEn
      : "当前身份：令牌 " + tokenName(s.token) + " / Signed in with a token";
    who.replaceChildren(
      el("span", { "data-testid": "graphiql-signed-in" }, [text]),
      button("退出 / Sign out", "gj-signout", signOut),
    );
  }
  function signIn(token, persona) {
    sessionStorage.setItem(TOKEN_KEY, token);
    if (persona) sessionStorage.setItem(PERSONA_KEY, JSON.stringify(persona));
    else sessionStorage.removeItem(PERSONA_KEY);
    show();
  }
  function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(PERSONA_KEY);
    show();
  }

  function personaPicker(personas) {
    var current = stored().persona;
    var role = current ? current.role : "ANALYST";
    var select = el("select", { id: "gj-persona", "data-testid": "graphiql-persona" });
    personas.forEach(function (p, i) {
      var option = el("option", { value: String(i), "data-role": p.role }, [p.labelZh + " / " + p.labelEn]);
      if (p.role === role) option.selected = true;
      select.append(option);
    });
    signin.replaceChildren(
      el("label", { for: "gj-persona" }, ["演示身份 / Demo persona"]),
      select,
      button("以此身份登录 / Sign in", "gj-persona-signin", function () {
        var p = personas[Number(select.value)];
        signIn(p.token, { labelZh: p.labelZh, labelEn: p.labelEn, role: p.role });
      }),
    );
  }
  function tokenField() {
    var input = el("input", {
      id: "gj-token", type: "password", autocomplete: "off", spellcheck: "false",
      placeholder: "粘贴令牌 / Paste a token", "aria-label": "令牌 / Token",
    });
    var use = function () {
      var t = input.value.trim().replace(/^Bearer\s+/i, "");
      if (t) { input.value = ""; signIn(t, null); }
    };
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") use(); });
    signin.replaceChildren(
      el("span", { class: "gj-note", "data-testid": "graphiql-sign-in-note" }, [
        "登录：将令牌粘贴到此处，或在下方 Headers 标签页填写 ",
        el("code", {}, ['{"Authorization": "Bearer <令牌>"}']),
        "；令牌由本区身份提供方签发，本地可运行 ",
        el("code", {}, ["pnpm run token"]),
        "（见 README “Signing in”）。/ To sign in, paste a token here or put ",
        el("code", {}, ['{"Authorization": "Bearer <token>"}']),
        " in the Headers tab; tokens come from the district's identity provider, or locally from ",
        el("code", {}, ["pnpm run token"]),
        " (README, \u201cSigning in\u201d).",
      ]),
      input,
      button("使用令牌 / Use token", "gj-token-use", use),
    );
  }

  show();
  // The personas are public: asked without the stored token (a stale one would be refused).
  fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query: "{ demoPersonas { labelZh labelEn role token } }" }),
  })
    .then(function (r) { return r.json(); })
    .then(function (body) {
      var personas = (body && body.data && body.data.demoPersonas) || [];
      if (personas.length > 0) personaPicker(personas);
      else tokenField();
    })
    .catch(function () { tokenField(); });

  var workers = {};
  Object.keys(config.workers).forEach(function (label) {
    workers[label] = new URL(config.workers[label], location.href).href;
  });
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return workers[label] || workers.editorWorkerService; },
  };
  var opts = Object.assign({}, options, { additionalHeaders: headers });
  // GraphiQL adds an empty tab on every reload unless it is told which tab was open (no ?query= in the URL).
  if (!new URLSearchParams(location.search).get("query")) {
    try {
      var state = JSON.parse(localStorage.getItem("graphiql:tabState") || "null");
      var tab = state && state.tabs[state.activeTabIndex];
      if (tab && tab.query) {
        opts.query = tab.query;
        if (tab.variables) opts.variables = tab.variables;
      }
    } catch (e) { /* no stored tabs */ }
  }
  YogaGraphiQL.renderYogaGraphiQL(document.getElementById("root"), opts);
})();
`;
