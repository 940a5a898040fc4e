// The 429 answer to a sign-in form post: a small page a person can read without JS.
import "server-only";

export function tooManyAttemptsResponse(retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many sign-in attempts · Coffee with a Cop</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#0f172a}a{color:#1d4f7c}</style>
</head><body><main><h1>Too many sign-in attempts</h1>
<p role="alert">For your security, signing in is paused. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}.</p>
<p>Forgot your password? Ask for a reset link on the sign-in page once the pause is over.</p>
<p><a href="/signin">Back to sign in</a></p></main></body></html>`;
  return new Response(html, {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds) },
  });
}
