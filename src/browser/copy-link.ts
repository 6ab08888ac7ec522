/**
 * Permalinks (src/components/Permalink.astro) are plain links to an anchor; where the Clipboard API is there,
 * a click also copies the full address and says so for a moment, beside the link and to screen readers (one live
 * region for the page, made here: without JavaScript there is nothing to announce).
 */
export function copyLinksOnClick(): void {
  if (!navigator.clipboard) return;
  const links = document.querySelectorAll<HTMLAnchorElement>('a[data-permalink]');
  if (links.length === 0) return;
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('role', 'status');
  document.body.append(live);
  for (const link of links) {
    link.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(link.href);
        const said = link.dataset.copied ?? '';
        live.textContent = said;
        link.dataset.state = 'copied';
        setTimeout(() => {
          live.textContent = '';
          delete link.dataset.state;
        }, 3000);
      } catch {
        // Copying refused (permissions): the link still leads to the anchor.
      }
    });
  }
}
