import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { logger } from "@/lib/logging/logger";
import { logRequestError } from "@/lib/logging/request-error";

function captured() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, log: logger(stream) };
}

describe("the error log line", () => {
  it("carries the request id and the error page's reference, and no query, email or stack", () => {
    const { lines, log } = captured();
    const error = Object.assign(
      new Error("Invalid `prisma.user.findUnique()` for ana.ruiz@example.org\n    at stack"),
      {
        digest: "3141592653",
      },
    );
    logRequestError(
      error,
      {
        path: "/account/reset-password?token=SECRET-TOKEN",
        method: "GET",
        headers: { "x-request-id": "req-123", cookie: "next-auth.session-token=abc" },
      },
      { routePath: "/account/reset-password", routeType: "render" },
      log,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      msg: "request failed",
      requestId: "req-123",
      digest: "3141592653",
      path: "/account/reset-password",
      route: "/account/reset-password",
    });
    const text = JSON.stringify(lines[0]);
    expect(text).not.toContain("SECRET-TOKEN");
    expect(text).not.toContain("ana.ruiz@example.org");
    expect(text).not.toContain("at stack");
    expect(text).not.toContain("session-token");
  });

  it("redacts passwords, tokens, emails and addresses wherever a caller puts them", () => {
    const { lines, log } = captured();
    log.info(
      { password: "hunter2hunter2", user: { email: "a@b.org", token: "t0k" }, address: "203.0.113.9" },
      "x",
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of ["hunter2hunter2", "a@b.org", "t0k", "203.0.113.9"])
      expect(text).not.toContain(secret);
  });
});
