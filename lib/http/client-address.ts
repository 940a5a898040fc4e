// Who is asking, for rate limits: the connection's own address by default, and behind
// trusted proxies (TRUST_PROXY, read as Express's "trust proxy") the address the
// nearest untrusted hop reported in X-Forwarded-For. A client never chooses its key:
// entries it adds itself are skipped over by the proxies it has to pass.
// See docs/decisions/0010-rate-limit-keys.md.
import "server-only";
import type { IncomingMessage } from "node:http";
import ipaddr from "ipaddr.js";
import proxyaddr from "proxy-addr";
import { siteHmac } from "@/lib/crypto/site-hmac";
import { env } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "./peer-address";

type Trust = (address: string, hop: number) => boolean;
let compiledTrust: { source: string | undefined; trust: Trust } | undefined;

/** TRUST_PROXY: a number of proxy hops, or addresses/subnets/names ("loopback", "10.0.0.0/8"). */
export function compileTrust(setting: string | undefined): Trust {
  const value = setting?.trim();
  if (!value) return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(
    value
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

function trust(): Trust {
  const source = env().TRUST_PROXY;
  if (compiledTrust && compiledTrust.source === source) return compiledTrust.trust;
  const compiled = { source, trust: compileTrust(source) };
  compiledTrust = compiled;
  return compiled.trust;
}

let warnedMissingPeer = false;

/** The client's address as this site can know it, or "unknown" outside the site's server. */
export function clientAddress(headers: Headers): string {
  const peer = headers.get(PEER_ADDRESS_HEADER);
  if (!peer) {
    if (!warnedMissingPeer) {
      warnedMissingPeer = true;
      console.warn(
        `[client-address] no ${PEER_ADDRESS_HEADER} header: run the site with npm start (scripts/site-server.ts), not next start, or rate limits cannot tell clients apart`,
      );
    }
    return "unknown";
  }
  const forwardedFor = headers.get("x-forwarded-for") ?? undefined;
  const request = {
    headers: { "x-forwarded-for": forwardedFor },
    connection: { remoteAddress: peer },
    socket: { remoteAddress: peer },
  } as unknown as IncomingMessage;
  return proxyaddr(request, trust());
}

/**
 * What limits count against: the address itself for IPv4, and for IPv6 its /64 network,
 * which one subscriber usually holds whole (so they cannot step to a fresh address).
 */
export function rateLimitSubject(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).toNormalizedString().split(":").slice(0, 4);
  return `${parts.join(":")}::/64`;
}

/** A salted hash of the address: what rate limits and comments store, never the address. */
export function hashAddress(address: string): string {
  return siteHmac("address").update(rateLimitSubject(address)).digest("hex").slice(0, 32);
}

export function clientAddressHash(headers: Headers): string {
  return hashAddress(clientAddress(headers));
}
