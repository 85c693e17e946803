import { sessionStatus } from "@/lib/emulator/gateway/api";
import { emulatorRoute, methodNotAllowed } from "@/lib/emulator/http";

/** GET /emulator/api/authentication/{token}/status?access_token=… (identity-gateway.md, status table) */
export const GET = emulatorRoute<{ token: string }>(
  { audience: "api", requiresAccessToken: true, fault: "status" },
  ({ params, now }) => sessionStatus(params.token, now),
);

const onlyGet = methodNotAllowed(["GET"]);

export { onlyGet as DELETE, onlyGet as PATCH, onlyGet as POST, onlyGet as PUT };
