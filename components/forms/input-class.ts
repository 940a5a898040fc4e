// The look of every text input, select and textarea, in every form of the site.
export const inputClass =
  "block w-full rounded-md border-2 border-slate-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700";
