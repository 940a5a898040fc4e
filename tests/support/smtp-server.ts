// A small SMTP server on loopback for tests that send through nodemailer (SMTP_URL): it
// keeps what it accepts, and refuses the first `failFirst` messages with a temporary
// error (451), as a busy mail server does, and the recipients `refuses` names for good
// (550, no such mailbox), as a server does for an address that does not exist.
import net, { type AddressInfo } from "node:net";

export type ReceivedMail = { envelope: string[]; data: string };

export type TestSmtpServer = {
  url: string;
  received: ReceivedMail[];
  /** Messages offered, refused ones included. */
  attempts: () => number;
  close: () => Promise<void>;
};

type Options = {
  /** How many messages to refuse with 451 before accepting. */
  failFirst?: number;
  /** Recipients to refuse for good, with 550. */
  refuses?: (recipient: string) => boolean;
};

export async function startSmtpServer({
  failFirst = 0,
  refuses = () => false,
}: Options = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let attempts = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.setEncoding("utf8");
    const reply = (line: string) => socket.write(`${line}\r\n`);
    let buffer = "";
    let inData = false;
    let mail: ReceivedMail = { envelope: [], data: "" };
    reply("220 smtp.test ESMTP");
    socket.on("data", (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n")) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line !== ".") {
            mail.data += `${line.startsWith("..") ? line.slice(1) : line}\n`;
            continue;
          }
          inData = false;
          attempts++;
          if (attempts <= failFirst) reply("451 4.3.0 Please try again later");
          else {
            received.push(mail);
            reply("250 2.0.0 Queued");
          }
          mail = { envelope: [], data: "" };
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 smtp.test");
        else if (verb === "RCPT" && refuses(/<([^>]*)>/.exec(line)?.[1] ?? "")) {
          reply("550 5.1.1 No such mailbox");
        } else if (verb === "MAIL" || verb === "RCPT") {
          mail.envelope.push(line);
          reply("250 2.1.0 OK");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb === "QUIT") {
          reply("221 2.0.0 Bye");
          socket.end();
        } else if (verb === "RSET" || verb === "NOOP") reply("250 2.0.0 OK");
        else reply("502 5.5.2 Not implemented");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    attempts: () => attempts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
