import type { Config } from "tailwindcss";

// Loaded from app/globals.css with `@config`. The palette follows Smart-ID's own teal, with an amber accent
// reserved for everything that belongs to the emulator, so a demo never confuses the two.
export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: {
          50: "#effcf9",
          100: "#c9f6ec",
          200: "#94ecda",
          // 300 and 400: text and accents on the dark theme's slate-900/950, well above WCAG AA.
          300: "#5cdcc1",
          400: "#2ec7a7",
          500: "#1fb596",
          600: "#12927a",
          700: "#127563",
          800: "#135d51",
          900: "#144d44",
        },
        emulator: {
          50: "#fffbeb",
          100: "#fef3c7",
          300: "#fcd34d",
          500: "#f59e0b",
          700: "#b45309",
          900: "#78350f",
        },
      },
      fontFamily: {
        sans: ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
      },
    },
  },
} satisfies Config;
