/**
 * Filters a list without reloading: each <select name="x"> keeps items whose data-x matches.
 * The form stays hidden without JavaScript, where the full list is shown. Selections go into the URL
 * (?group=…&status=…) so a filtered view can be shared.
 */
export function setUpFilters(formSelector: string, itemSelector: string, sectionSelector?: string): void {
  const form = document.querySelector<HTMLFormElement>(formSelector);
  if (!form) return;
  form.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>(itemSelector)];
  const sections = sectionSelector ? [...document.querySelectorAll<HTMLElement>(sectionSelector)] : [];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const count = form.querySelector<HTMLElement>('[data-count-template]');
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const v = params.get(s.name);
    if (v && [...s.options].some((o) => o.value === v)) s.value = v;
  }
  const apply = () => {
    let shown = 0;
    for (const item of items) {
      const match = selects.every((s) => !s.value || (item.dataset[s.name] ?? '').split(' ').includes(s.value));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector(`${itemSelector}:not([hidden])`);
    if (count) {
      count.textContent =
        shown === 0
          ? (count.dataset.none ?? '')
          : (count.dataset.countTemplate ?? '').replace('{shown}', String(shown)).replace('{total}', String(items.length));
    }
    const url = new URL(location.href);
    for (const s of selects) s.value ? url.searchParams.set(s.name, s.value) : url.searchParams.delete(s.name);
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}
