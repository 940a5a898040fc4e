// next-auth's endpoints. Credential posts are rate-limited first: too many attempts for
// one account or from one address get a 429 page, and next-auth never sees them.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { consumeSignInAttempt } from "@/lib/auth/signin-limits";
import { tooManyAttemptsResponse } from "@/lib/auth/too-many-attempts";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = NextAuth(authOptions) as (request: Request, context: Context) => Promise<Response>;

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action === "callback" && provider === "credentials") {
    const form = await request.clone().formData();
    const email = form.get("email");
    const limit = await consumeSignInAttempt(typeof email === "string" ? email : "", request.headers);
    if (!limit.allowed) return tooManyAttemptsResponse(limit.retryAfterSeconds);
  }
  return handler(request, context);
}
