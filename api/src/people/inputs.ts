/** Input validation shared by the person mutations. */
import { z } from "zod";

/** Checked by `assertIdNumber` (check character), which names the field; here only a length bound. */
export const idNumberText = z.string().max(40);
