/**
 * What the return route does while the gateway still answers "waiting" (a person who confirmed in the app may
 * arrive a moment before the gateway has the result): a few more tries, each through the visible "Finishing
 * sign-in…" page, then a plain failure. Pure, so the policy is tested on its own.
 */

/** How many times the return route asks in all while the gateway still says "waiting". */
export const MAX_RETURN_ATTEMPTS = 5;

export type AfterWaiting = { retry: true; attempt: number } | { retry: false };

export function afterWaiting(attempt: number): AfterWaiting {
  return attempt < MAX_RETURN_ATTEMPTS ? { retry: true, attempt: attempt + 1 } : { retry: false };
}
