// Sign-in as an attacker tries it: redirects elsewhere, replayed cookies after sign-out,
// lockouts of other people, and bodies next-auth was never meant to read.
import { decode } from "next-auth/jwt";
import { DEMO_ACCOUNTS, expect, signInWithApi, test } from "./fixtures/auth";
import { E2E_NEXTAUTH_SECRET } from "./fixtures/server-env";
import { OPEN_REDIRECT_PAYLOADS } from "../support/open-redirect-payloads";
import net from "node:net";
import type { APIRequestContext } from "@playwright/test";

/** Where a browser on `base` would go with this Location header. */
function origin(location: string | undefined, base: string): string {
  return new URL(location ?? "", base).origin;
}

async function signInFrom(
  request: APIRequestContext,
  address: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const csrf = await request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, ...form },
    headers: { "x-forwarded-for": address, ...headers },
    maxRedirects: 0,
  });
}

test.describe("after sign-in, people stay on this site", () => {
  test("every entry point keeps each of the open-redirect payloads on this site", async ({
    playwright,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const base = baseURL ?? "";
    const signedIn = await playwright.request.newContext({ baseURL });
    const { email, password } = DEMO_ACCOUNTS.staff;
    expect(
      (await signInFrom(signedIn, "203.0.113.150", { email, password, callbackUrl: "/admin" })).status(),
    ).toBe(302);
    const anonymous = await playwright.request.newContext({ baseURL });
    for (const [i, payload] of OPEN_REDIRECT_PAYLOADS.entries()) {
      const query = `callbackUrl=${encodeURIComponent(payload)}`;
      const signedInVisit = await signedIn.get(`/signin?${query}`, { maxRedirects: 0 });
      expect(signedInVisit.status(), payload).toBe(307);
      expect(origin(signedInVisit.headers().location, base), payload).toBe(new URL(base).origin);

      const prepare = await anonymous.get(`/api/auth/prepare-signin?${query}`, { maxRedirects: 0 });
      expect(prepare.status(), payload).toBe(303);
      const kept = new URL(prepare.headers().location ?? "", base).searchParams.get("callbackUrl") ?? "";
      expect(origin(kept, base), payload).toBe(new URL(base).origin);

      const nextAuthPage = await anonymous.get(`/api/auth/signin?${query}`, { maxRedirects: 0 });
      expect(nextAuthPage.status(), payload).toBeLessThan(500);
      expect(origin(nextAuthPage.headers().location, base), payload).toBe(new URL(base).origin);

      const fresh = await signInFrom(anonymous, `203.0.113.${i + 1}`, {
        email,
        password,
        callbackUrl: payload,
      });
      expect(fresh.status(), payload).toBe(302);
      expect(origin(fresh.headers().location, base), payload).toBe(new URL(base).origin);
    }
    await signedIn.dispose();
    await anonymous.dispose();
  });
});

test.describe("sessions", () => {
  test("a session cookie copied before sign-out opens nothing afterwards, and its token lasts 8 hours", async ({
    page,
    playwright,
    baseURL,
  }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill(DEMO_ACCOUNTS.moderator.email);
    await page.getByLabel("Password", { exact: true }).fill(DEMO_ACCOUNTS.moderator.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin/);
    const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toBeDefined();
    const token = await decode({ token: cookie?.value, secret: E2E_NEXTAUTH_SECRET });
    const lifetime = Number(token?.exp) - Number(token?.iat);
    expect(lifetime).toBeLessThanOrEqual(8 * 60 * 60);
    expect(lifetime).toBeGreaterThan(7 * 60 * 60);

    const thief = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: { cookie: `${cookie?.name}=${cookie?.value}` },
    });
    expect((await thief.get("/admin/moderation", { maxRedirects: 0 })).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status")).toHaveText("You are signed out.");
    const replay = await thief.get("/admin/moderation", { maxRedirects: 0 });
    expect(replay.status()).toBe(307);
    expect(replay.headers().location).toContain("/signin");
    await thief.dispose();
  });
});

test.describe("sign-in limits key on the client's real address", () => {
  test("a client cannot pick its own key with the site's internal peer header", async ({
    playwright,
    baseURL,
  }) => {
    const client = await playwright.request.newContext({ baseURL });
    const target = `peer.${Date.now()}@example.test`;
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const response = await signInFrom(
        client,
        "203.0.113.240",
        { email: target, password: `guess-${i}`, callbackUrl: "/admin" },
        { "x-cwac-peer-address": `10.66.0.${i}` },
      );
      statuses.push(response.status());
    }
    expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    await client.dispose();
  });

  test("five wrong passwords from one address do not keep the owner out from another", async ({
    playwright,
    baseURL,
  }) => {
    const attacker = await playwright.request.newContext({ baseURL });
    const { email, password } = DEMO_ACCOUNTS.admin;
    for (let i = 0; i < 6; i++)
      await signInFrom(attacker, "203.0.113.241", { email, password: `wrong-${i}` });
    expect((await signInFrom(attacker, "203.0.113.241", { email, password })).status()).toBe(429);
    const owner = await playwright.request.newContext({ baseURL });
    const response = await signInFrom(owner, "198.51.100.241", { email, password, callbackUrl: "/admin" });
    expect(response.status()).toBe(302);
    expect(response.headers().location).toMatch(/\/admin$/);
    await attacker.dispose();
    await owner.dispose();
  });
});

test.describe("the sign-in endpoint refuses what is not a small sign-in form", () => {
  const cases: { name: string; contentType: string; data: string; status: number }[] = [
    { name: "JSON", contentType: "application/json", data: '{"email":"a@b.c","password":"x"}', status: 415 },
    { name: "text", contentType: "text/plain", data: "email=a@b.c", status: 415 },
    {
      name: "broken multipart",
      contentType: "multipart/form-data; boundary=x",
      data: "--x\r\nbroken",
      status: 415,
    },
    {
      name: "20 kB form",
      contentType: "application/x-www-form-urlencoded",
      data: `email=${"a".repeat(20_000)}`,
      status: 413,
    },
  ];
  for (const { name, contentType, data, status } of cases) {
    test(`a ${name} body gets ${status}, not a 500`, async ({ request }) => {
      const response = await request.post("/api/auth/callback/credentials", {
        headers: { "content-type": contentType, "x-forwarded-for": "203.0.113.242" },
        data,
        maxRedirects: 0,
      });
      expect(response.status()).toBe(status);
      expect(await response.text()).not.toMatch(/Error|at .*\.js/);
    });
  }

  test("a 20 MB body is refused with 413 before it is read", async ({ baseURL }) => {
    const url = new URL(baseURL ?? "");
    const declared = 20 * 1024 * 1024;
    // A raw connection: the answer comes while the body is still being sent.
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(url.port), url.hostname, () => {
        socket.write(
          `POST /api/auth/callback/credentials HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${declared}\r\n\r\n`,
        );
        socket.write(Buffer.alloc(64 * 1024, "a"));
      });
      let received = "";
      socket.on("data", (chunk: Buffer) => {
        received += chunk.toString();
        if (received.includes("\r\n\r\n")) socket.destroy();
      });
      socket.on("close", () => resolve(received));
      socket.on("error", () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  });
});

test("signInWithApi still signs in (the fixture's road)", async ({ request }) => {
  const response = await signInWithApi(request, DEMO_ACCOUNTS.staff.email, DEMO_ACCOUNTS.staff.password);
  expect(response.status()).toBe(302);
});
