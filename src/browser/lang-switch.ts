/** Carries the current section anchor (#hash) over to the other language's page. */
export function keepSectionOnLanguageSwitch(): void {
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]');
  const update = () => {
    for (const link of links) {
      const url = new URL(link.href);
      url.hash = location.hash;
      link.href = url.href;
    }
  };
  update();
  addEventListener('hashchange', update);
}
