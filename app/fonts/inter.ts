import localFont from 'next/font/local';

// Inter's variable weights, Latin subset (from @fontsource-variable/inter 5.3.0, SIL OFL 1.1; see
// Inter-OFL.txt). Shipped with the app: builds have no network, and pages load no third-party
// font. Other scripts fall back to the system stack in globals.css.
export const inter = localFont({
  src: './inter-latin-wght.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
});
