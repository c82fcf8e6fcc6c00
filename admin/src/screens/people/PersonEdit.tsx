import GenericEdit from "../../views/GenericEdit.js";
import { arrangeWorkplace } from "./workplace.js";

/** Changing a person: the generated form, the workplace inputs shown by the chosen kind. */
export default function PersonEdit() {
  return <GenericEdit arrange={arrangeWorkplace} />;
}
