/** Labels of the hand-made screens, Chinese (default) and English; react-admin i18n keys under `screens.`. */
import { en } from "./messages-en.js";
import { zh } from "./messages-zh.js";

export const messages = { zh: { screens: zh }, en: { screens: en } };
