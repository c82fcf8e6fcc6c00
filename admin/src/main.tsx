import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { storedLocale } from "./i18n/index.js";

document.documentElement.lang = storedLocale() === "en" ? "en" : "zh-CN";
const root = document.getElementById("root");
if (!root) throw new Error("no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
