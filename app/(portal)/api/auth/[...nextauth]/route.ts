import { handlers } from "@/auth";
import { guardedAuthRoute } from "@/lib/portal/auth/auth-route-guard";

export const GET = guardedAuthRoute(handlers.GET);
export const POST = guardedAuthRoute(handlers.POST);
