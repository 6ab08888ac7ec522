/**
 * Header navigation. Sections that do not exist yet have no `href` and are not linked.
 */
export const NAV_ITEMS: { key: string; href?: string }[] = [
  { key: 'nav.home', href: '/' },
  { key: 'nav.plan', href: '/plan/' },
  { key: 'nav.indicators', href: '/indicators/' },
  { key: 'nav.projects', href: '/projects/' },
  { key: 'nav.reports', href: '/reports/' },
  { key: 'nav.data', href: '/data/' },
  { key: 'nav.search', href: '/search/' },
  { key: 'nav.about', href: '/about/' },
];
