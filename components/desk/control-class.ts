/** The look of the desk's compact selects and inputs, matched to the form fields. */
export const deskControl =
  'block min-h-11 w-full rounded-lg border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 focus:outline-none';
