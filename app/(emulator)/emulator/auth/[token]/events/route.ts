import { emulatorSessions } from "@/lib/emulator/engine/runtime";
import { sessionStateEvents } from "@/lib/emulator/hosted/events";
import { emulatorRoute } from "@/lib/emulator/http";

/** The hosted page's push channel: the session's state as Server-Sent Events, every change the moment it happens. */
export const GET = emulatorRoute<{ token: string }>({ audience: "page" }, ({ request, params }) => {
  const stream = sessionStateEvents(emulatorSessions(), params.token, request.signal);
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      // A proxy must pass each event on at once (nginx buffers otherwise).
      "x-accel-buffering": "no",
    },
  });
});
