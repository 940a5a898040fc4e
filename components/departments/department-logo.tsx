// A department's logo at one of its fixed sizes; width and height keep the page from
// shifting while it loads. Nothing is shown for a department without a logo.
import { logoUrl, type LogoDisplaySize } from "@/lib/departments/limits";

type Props = {
  department: { name: string; logoHash: string | null };
  size: LogoDisplaySize;
  className?: string;
};

export function DepartmentLogo({ department, size, className = "" }: Props) {
  if (!department.logoHash) return null;
  return (
    // A plain <img>: the stored renditions are already sized and cached for a year.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={logoUrl(department.logoHash, size)}
      width={size}
      height={size}
      alt={`${department.name} logo`}
      className={`shrink-0 ${className}`}
    />
  );
}
