import { userForPage } from "@/lib/auth/page-guards";

export default async function AdminDashboard() {
  const user = await userForPage("/admin");
  return (
    <div>
      <h1 className="text-3xl font-bold">Dashboard</h1>
      <p className="mt-2">Welcome, {user.name}.</p>
    </div>
  );
}
