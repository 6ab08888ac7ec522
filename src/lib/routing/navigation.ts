/**
 * Header navigation: the site's own pages, and the sections of the plan being read
 * (on the site's own pages, of the current plan).
 */
export const NAV_ITEMS: { key: string; href: string; scope: 'site' | 'plan' }[] = [
  { key: 'nav.home', href: '/', scope: 'site' },
  { key: 'nav.plan', href: '/text/', scope: 'plan' },
  { key: 'nav.indicators', href: '/indicators/', scope: 'plan' },
  { key: 'nav.projects', href: '/projects/', scope: 'plan' },
  { key: 'nav.reports', href: '/reports/', scope: 'plan' },
  { key: 'nav.data', href: '/data/', scope: 'plan' },
  { key: 'nav.search', href: '/search/', scope: 'site' },
  { key: 'nav.about', href: '/about/', scope: 'site' },
];
