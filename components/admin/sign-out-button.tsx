import { signOutAction } from "@/lib/auth/sign-out";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className="rounded border border-white/70 px-3 py-1 text-white hover:bg-brand-900"
      >
        Sign out
      </button>
    </form>
  );
}
