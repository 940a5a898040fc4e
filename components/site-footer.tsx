export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-4xl space-y-2 px-4 py-6 text-sm text-slate-700">
        <p>
          <strong>In an emergency, call 911.</strong> This site is not monitored for emergencies or crime
          reports.
        </p>
        <p>
          Coffee with a Cop events are free and open to everyone. No agenda, no speeches: just conversation.
        </p>
      </div>
    </footer>
  );
}
