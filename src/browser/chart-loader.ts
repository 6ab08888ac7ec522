/** Loads Chart.js only when a chart nears the viewport; the data table is readable before that. */
export function loadChartsWhenVisible(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]:not([data-chart-ready])')];
  if (figures.length === 0) return;
  const draw = async (figure: HTMLElement) => {
    figure.dataset.chartReady = 'loading';
    const { drawChart } = await import('./chart-render.ts');
    drawChart(figure);
  };
  if (!('IntersectionObserver' in window)) {
    figures.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLElement);
      }
    },
    { rootMargin: '300px' },
  );
  figures.forEach((f) => observer.observe(f));
}
