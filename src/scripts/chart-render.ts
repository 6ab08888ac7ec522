/** Draws an indicator chart with Chart.js (only the parts used, for a small bundle). */
import { Chart, LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Legend, Tooltip);

interface ChartData {
  kind: 'line' | 'cumulative';
  labels: string[];
  unit: string;
  datasets: { key: 'values' | 'path' | 'target'; label: string; data: (number | null)[] }[];
}

const STYLE = {
  values: { borderColor: '#1d5f3a', backgroundColor: '#1d5f3a', borderWidth: 3, pointRadius: 5, pointStyle: 'circle' as const },
  path: { borderColor: '#4a4f55', backgroundColor: '#4a4f55', borderWidth: 2, borderDash: [6, 4], pointRadius: 0, pointStyle: 'line' as const },
  target: { borderColor: '#b26b00', backgroundColor: '#b26b00', borderWidth: 2, borderDash: [2, 3], pointRadius: 0, pointStyle: 'line' as const },
};

export function drawChart(figure: HTMLElement): void {
  const data = JSON.parse(figure.dataset.chart ?? '{}') as ChartData;
  const canvas = figure.querySelector('canvas');
  if (!canvas) return;
  const chart = new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: data.datasets.map((d) => ({ label: d.label, data: d.data, spanGaps: d.key !== 'values', ...STYLE[d.key] })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
      scales: { y: { title: { display: Boolean(data.unit), text: data.unit } } },
    },
  });
  figure.dataset.chartReady = 'true';
  const button = figure.querySelector<HTMLButtonElement>('[data-chart-download]');
  if (button) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = chart.toBase64Image('image/png', 1);
      link.download = `${figure.id}.png`;
      link.click();
    });
  }
}
