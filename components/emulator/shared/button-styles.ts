/** The emulator's own button look (the gateway's pages, the virtual app and phone); brand-700 keeps white text above WCAG AA. */
export const emulatorButton =
  "rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60";
