/**
 * Sign-in with a token: a demo persona's (embedded demo database: `demoPersonas`) or a pasted JWT.
 * The token is checked by asking the API for the `viewer`; its rules become the CASL ability that
 * `getPermissions` and `canAccess` answer with (menu entries, buttons, read-only fields).
 */
import type { AuthProvider } from "ra-core";
import type { Permissions, Viewer } from "../access/index.js";
import { ApiError, request } from "../api/client.js";
import { currentToken, setToken } from "../api/session.js";
import { resourceIndex } from "../generated/resource-index.js";
import { currentLocale } from "../i18n/index.js";

const viewerQuery = `query ConsoleViewer {
  viewer { id name readOnly impersonatedBy rules grants { role districtId streetId committeeId unitId organizationCode } }
}`;

type Loaded = Permissions & { toSubject: typeof import("../access/ability.js").toSubject };
let cached: { token: string; permissions: Promise<Loaded> } | null = null;

function loadPermissions(): Promise<Loaded> {
  const token = currentToken();
  if (!token) return Promise.reject(new Error("not signed in"));
  if (cached?.token !== token) {
    // CASL is loaded with the viewer, not in the initial JavaScript.
    const permissions = Promise.all([request<{ viewer: Viewer }>(viewerQuery), import("../access/ability.js")]).then(
      ([{ viewer }, { createConsoleAbility, toSubject }]) => ({
        viewer,
        ability: createConsoleAbility(viewer.rules),
        toSubject,
      }),
    );
    cached = { token, permissions };
    permissions.catch(() => {
      if (cached?.permissions === permissions) cached = null;
    });
  }
  return cached.permissions;
}

/** react-admin's actions → the API's CASL actions. */
const actionMap: Record<string, string> = {
  list: "read",
  show: "read",
  read: "read",
  export: "read",
  edit: "update",
  update: "update",
  create: "create",
  delete: "end",
  clone: "create",
};

export interface DemoPersona {
  role: string;
  labelZh: string;
  labelEn: string;
  token: string;
}

export function fetchDemoPersonas(): Promise<DemoPersona[]> {
  return request<{ demoPersonas: DemoPersona[] }>(
    "query ConsoleDemoPersonas {\n  demoPersonas { role labelZh labelEn token }\n}",
  ).then((d) => d.demoPersonas);
}

export const authProvider: AuthProvider = {
  async login(params: { token?: string }) {
    const token = params?.token?.trim();
    if (!token) throw new Error(currentLocale() === "en" ? "A token is required" : "请提供登录令牌");
    setToken(token);
    try {
      const { viewer } = await loadPermissions();
      if (viewer.grants.length === 0)
        throw new Error(currentLocale() === "en" ? "This token carries no grant" : "该令牌没有任何授权");
    } catch (error) {
      setToken(null);
      cached = null;
      throw error;
    }
  },
  async logout() {
    setToken(null);
    cached = null;
  },
  async checkAuth() {
    if (!currentToken()) throw new Error("not signed in");
  },
  async checkError(error: unknown) {
    const status = (error as { status?: number })?.status;
    const code = (error as { code?: string })?.code;
    if (status === 401 || code === "UNAUTHENTICATED") {
      setToken(null);
      cached = null;
      throw error;
    }
  },
  async getIdentity() {
    const { viewer } = await loadPermissions();
    return { id: viewer.id ?? "", fullName: viewer.name ?? viewer.id ?? "" };
  },
  getPermissions: () => loadPermissions(),
  async canAccess({ action, resource, record }) {
    let permissions: Loaded;
    try {
      permissions = await loadPermissions();
    } catch {
      return false;
    }
    const [type, field] = resource.split(".");
    if (!type) return false;
    const entry = resourceIndex.find((r) => r.name === type);
    const casl = (entry?.actions as Record<string, string> | undefined)?.[action] ?? actionMap[action] ?? action;
    if (permissions.viewer.readOnly && casl !== "read") return false;
    // react-admin may ask about "Unit.name"-style resources for columns: answered for the field.
    const target = record ? permissions.toSubject(type, record as Record<string, unknown>) : type;
    return permissions.ability.can(casl, target as never, field);
  },
};

export { ApiError };
