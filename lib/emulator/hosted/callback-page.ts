import "server-only";

/**
 * The plain page the gateway answers when a same-device callback fails a check. It is served by a route handler, not
 * rendered by React, so it carries its own minimal styles; it names the failed check and offers the way back.
 */
export function callbackFailurePage(input: { check: string; reason: string; retryUrl?: string }): string {
  const retry = input.retryUrl
    ? `<p><a href="${escapeHtml(input.retryUrl)}">Go back to the sign-in page and try again</a></p>`
    : "<p>Start the sign-in again from the service you came from.</p>";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign-in not accepted · Identity Gateway emulator</title>
<style>
body{margin:0;font-family:ui-sans-serif,system-ui,sans-serif;color:#0f172a;background:#f8fafc}
.banner{background:#fef3c7;border-bottom:1px solid #fcd34d;color:#78350f;padding:.5rem 1rem;text-align:center;font-weight:600}
main{max-width:40rem;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.5rem;color:#991b1b}
code{background:#e2e8f0;padding:.1rem .3rem;border-radius:.25rem}
.check{font-size:.875rem;color:#334155}
a{color:#127563;font-weight:600}
</style>
</head>
<body>
<div class="banner" role="note">Identity Gateway emulator — not the real service</div>
<main>
<h1>The sign-in could not be accepted</h1>
<p>The Smart-ID callback was refused: ${escapeHtml(input.reason)}.</p>
<p class="check">Failed check: <code data-check="${escapeHtml(input.check)}">${escapeHtml(input.check)}</code></p>
${retry}
</main>
</body>
</html>`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}
