import Link from "next/link";

type Host = { department: { slug: string; name: string } };

/** "Hosted by A, B and C", each a link to its department. */
export function HostList({ hosts, label = "Hosted by" }: { hosts: Host[]; label?: string }) {
  if (hosts.length === 0) return null;
  return (
    <span>
      {label}{" "}
      {hosts.map((host, index) => (
        <span key={host.department.slug}>
          {index > 0 && (index === hosts.length - 1 ? " and " : ", ")}
          <Link href={`/departments/${host.department.slug}`}>{host.department.name}</Link>
        </span>
      ))}
    </span>
  );
}
