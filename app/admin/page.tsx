import { userForPage } from "@/lib/auth/page-guards";
import { ModerationSummary } from "@/components/comments/moderation/moderation-summary";

export default async function AdminDashboard() {
  const user = await userForPage("/admin");
  return (
    <div>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-2">Welcome, {user.name}.</p>
      <div className="mt-6">
        <ModerationSummary user={user} />
      </div>
    </div>
  );
}
