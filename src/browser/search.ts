/**
 * The search page: reads ?q= (and ?type=) from the URL, queries Pagefind's index for this page's
 * language, and lists results with their type and the section they land on. Pagefind loads only here.
 */
interface Strings {
  results: string;
  resultsFor: string;
  none: string;
  loading: string;
  error: string;
  more: string;
  types: Record<string, string>;
}
interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: SubResult[];
}
interface Pagefind {
  options(o: object): Promise<void>;
  search(q: string, o?: object): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] }>;
}

/**
 * Results shown at first, and added by each press of "more results". Every result shown loads that page's
 * Pagefind fragment (a long chapter's is ~10 KB gzip), so the first screen loads only a few.
 */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;

/**
 * The sub-result (section with an anchor) to land on: one whose heading names the query, if any, else the
 * one with the most matching words. Counting words alone can pick the wrong section for Chinese: 饮用水 is
 * searched as 饮用 + 水, and 水 also matches 水域, 水平… (whichever of those words sit in the index chunk
 * loaded), so (二)强化水环境治理保护 outscored (四)加强饮用水水源地保护.
 */
function bestSection(data: ResultData, query: string): SubResult | undefined {
  // Latin words must match whole ("dust" is not in "industrial"); Chinese has no spaces to respect.
  const escape = (q: string) => q.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = queryVariants(query).map((q) => new RegExp(`(^|[^a-z0-9])${escape(q)}($|[^a-z0-9])`));
  const named = (s: SubResult) => Number(names.some((re) => re.test(s.title.toLowerCase())));
  const sections = (data.sub_results ?? []).filter((s) => s.url !== data.url && s.url.includes('#'));
  return sections.sort((a, b) => named(b) - named(a) || (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
}

/**
 * People type Latin letters for the Roman numerals of water-quality classes (劣V类, III类); the plan
 * writes Ⅴ, Ⅲ. Search both spellings.
 */
export function queryVariants(query: string): string[] {
  const roman: Record<string, string> = { I: 'Ⅰ', II: 'Ⅱ', III: 'Ⅲ', IV: 'Ⅳ', V: 'Ⅴ' };
  const nfkc = query.normalize('NFKC');
  const withRoman = nfkc.replace(/(^|[^A-Za-z])(III|II|IV|V|I)(?=类|\s*类|$|[^A-Za-z])/g, (_, pre: string, r: string) => pre + roman[r]!);
  return [...new Set([query, nfkc, withRoman])];
}

/** Pagefind excerpts mark matches with <mark>; rebuild them as text nodes so nothing else can be injected. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter(Boolean)
    .map((part) => {
      const m = /^<mark>(.*)<\/mark>$/.exec(part);
      if (!m) return document.createTextNode(decode(part));
      const mark = document.createElement('mark');
      mark.textContent = decode(m[1]!);
      return mark;
    });
}
function decode(s: string): string {
  const doc = new DOMParser().parseFromString(`<body>${s}`, 'text/html');
  return doc.body.textContent ?? '';
}

export function setUpSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  // Hidden in the HTML: without JavaScript the form could not search (the <noscript> notice says so and links to the lists).
  form.hidden = false;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const typeSelect = form.querySelector<HTMLSelectElement>('select[name=type]')!;
  // Only where the site holds several plans.
  const planSelect = form.querySelector<HTMLSelectElement>('select[name=plan]');
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // Long plan chapters should not lose to short pages that mention a word once. No web worker: it would
      // download a second copy of Pagefind's search code (~12 KB gzip) to run a search of a few milliseconds.
      await pf.options({ excerptLength: 40, ranking: { pageLength: 0.3 }, noWorker: true });
      return pf;
    }));

  const render = async (results: { data(): Promise<ResultData> }[], query: string, from: number, count: number) => {
    const page = await Promise.all(results.slice(from, from + count).map((r) => r.data()));
    for (const data of page) {
      const type = data.filters.type?.[0] ?? 'page';
      // Plan chapters are long: land on the best section (bestSection). Other pages are short enough to open at the top.
      const sub = type === 'plan' ? bestSection(data, query) : undefined;
      const target = sub ?? { title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt };
      const li = document.createElement('li');
      li.className = 'search-result';
      const tag = document.createElement('span');
      tag.className = 'tag';
      tag.textContent = strings.types[type] ?? strings.types.page ?? type;
      const link = document.createElement('a');
      link.href = target.url;
      link.className = 'search-result__title';
      link.textContent = sub ? `${data.meta.title} › ${sub.title}` : (data.meta.title ?? data.url);
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(target.excerpt));
      li.append(link, tag, excerpt);
      list.append(li);
    }
    more.hidden = from + count >= results.length;
  };

  const run = async () => {
    const query = input.value.trim();
    const url = new URL(location.href);
    query ? url.searchParams.set('q', query) : url.searchParams.delete('q');
    typeSelect.value ? url.searchParams.set('type', typeSelect.value) : url.searchParams.delete('type');
    planSelect?.value ? url.searchParams.set('plan', planSelect.value) : url.searchParams.delete('plan');
    history.replaceState(null, '', url);
    list.replaceChildren();
    more.hidden = true;
    delete root.dataset.searchDone;
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const pf = await load();
      const filters = { ...(typeSelect.value ? { type: typeSelect.value } : {}), ...(planSelect?.value ? { plan: planSelect.value } : {}) };
      const options = Object.keys(filters).length ? { filters } : {};
      const searches = await Promise.all(queryVariants(query).map((q) => pf.search(q, options)));
      // Merge the spellings' results, best score first, each page once.
      const seen = new Set<string>();
      const merged = searches
        .flatMap((s) => s.results)
        .sort((a, b) => b.score - a.score)
        .filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
      const search = { results: merged };
      status.textContent = search.results.length
        ? `${strings.resultsFor.replace('{query}', query)} · ${strings.results.replace('{count}', String(search.results.length))}`
        : strings.none.replace('{query}', query);
      let shown = FIRST_PAGE;
      await render(search.results, query, 0, FIRST_PAGE);
      root.dataset.searchDone = query;
      more.onclick = async () => {
        const from = shown;
        shown += PAGE_SIZE;
        await render(search.results, query, from, PAGE_SIZE);
      };
    } catch (e) {
      status.textContent = strings.error;
      console.error(e);
    }
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  typeSelect.value = params.get('type') ?? '';
  if (planSelect) planSelect.value = params.get('plan') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  typeSelect.addEventListener('change', () => void run());
  planSelect?.addEventListener('change', () => void run());
  void run();
}
