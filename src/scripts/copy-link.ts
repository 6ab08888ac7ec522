/**
 * Permalinks (src/components/Permalink.astro) are plain links to an anchor; where the Clipboard API is there,
 * a click also copies the full address and says so for a moment (to screen readers too, through a live region).
 */
export function copyLinksOnClick(): void {
  if (!navigator.clipboard) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-permalink]')) {
    link.addEventListener('click', async () => {
      const status = link.parentElement?.querySelector<HTMLElement>('[data-permalink-status]');
      try {
        await navigator.clipboard.writeText(link.href);
        if (status) {
          status.textContent = link.dataset.copied ?? '';
          setTimeout(() => (status.textContent = ''), 3000);
        }
      } catch {
        // Copying refused (permissions): the link still leads to the anchor.
      }
    });
  }
}
