import { z } from "zod";
import { sessionTokenSchema } from "../gateway/schemas";
import { MAX_RETURN_ATTEMPTS } from "./waiting";

/** The query of the return route: the gateway's `session_token`, and which try this is while it still waits. */
export const returnQuerySchema = z.object({
  session_token: sessionTokenSchema,
  attempt: z.coerce.number().int().min(1).max(MAX_RETURN_ATTEMPTS).default(1),
});
