import GenericCreate from "../../views/GenericCreate.js";
import { arrangeWorkplace } from "./workplace.js";

/** Registering a person: the generated form, the workplace inputs shown by the chosen kind. */
export default function PersonCreate() {
  return <GenericCreate arrange={arrangeWorkplace} />;
}
