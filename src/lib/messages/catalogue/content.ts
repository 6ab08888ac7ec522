/**
 * Messages of the chapters and report narratives staff write in MDX: the closed format (content/closed-format.ts),
 * the content folder (content/files.ts), the references to the site's components (content/references.ts), the
 * plan's structure (plan/chapters.ts, plan/preflight.ts) and the narratives (reports/narratives.ts).
 */
import { entry, ref } from '../entry.ts';

const LANG_ZH = { zh: '中文', en: '英文' } as const;
const LANG_EN = { zh: 'Chinese', en: 'English' } as const;

export const CONTENT = {
  // What is not allowed in the text, and what to write instead (content/closed-format.ts).
  'content.importExport': entry({
    example: {},
    zh: () => '正文中不能使用 import 或 export 语句：网站的组件无需导入即可使用，请删除这一行',
    en: () => "import and export lines are not allowed: the text can use the site's components without importing them; delete the line",
  }),
  'content.curlyBraces': entry({
    example: {},
    zh: () => '正文中不能使用花括号“{”“}”（MDX会把它当作代码）；请改用其他括号，例如（ ）或【 】',
    en: () => 'curly braces { } are not allowed in text (MDX reads them as code); use other brackets such as （ ） or 【 】',
  }),
  'content.image': entry({
    example: {},
    zh: () => '正文中不能插入图片；请用文字描述，或请网站维护人员添加',
    en: () => 'images are not allowed in the text; describe the figure in words or ask for it to be added to the site',
  }),
  'content.imageReference': entry({ example: {}, zh: () => '正文中不能插入图片', en: () => 'images are not allowed in the text' }),
  'content.rawHtml': entry({ example: {}, zh: () => '不能使用HTML代码，请用Markdown书写', en: () => 'raw HTML is not allowed; write the text in Markdown' }),
  'content.codeBlock': entry({
    example: {},
    zh: () => '正文中不能使用代码块，请写成普通段落',
    en: () => 'code blocks are not allowed in the text; write plain paragraphs',
  }),
  'content.inlineCode': entry({
    example: {},
    zh: () => '正文中不能使用代码格式（`…`），请直接书写文字',
    en: () => 'code spans (`…`) are not allowed in the text; write the words plainly',
  }),
  'content.referenceLink': entry({
    example: {},
    zh: () => '不能使用引用式链接，请直接写成 [文字](https://…)',
    en: () => 'reference-style links are not allowed; write the link in place as [text](https://…)',
  }),
  'content.footnote': entry({ example: {}, zh: () => '不支持脚注，请把注释写成一句话', en: () => 'footnotes are not supported; write the note as a sentence' }),
  'content.markdownHeading': entry({
    example: {},
    zh: () => '标题请写成 <h2 id="…">…</h2>（或 h3、h4），使中英文两个版本共用同一锚点',
    en: () => 'write headings as <h2 id="…">…</h2> (or h3, h4), so that both languages share the section\'s anchor',
  }),
  'content.otherNode': entry({
    example: { type: 'math' },
    zh: (p) => `不支持这种内容（${p.type}）；正文只能包含标题、段落、列表、表格和链接`,
    en: (p) => `this kind of content (${p.type}) is not allowed; write headings, paragraphs, lists, tables and links`,
  }),
  'content.unsafeLink': entry({
    example: {},
    zh: () => '链接必须以 https:// 开头，或指向本网站的页面（/…、#…）；不允许 javascript:、data:、http:、mailto: 等地址',
    en: () => 'links must start with https:// or point to a page of this site (/…, #…); other addresses (javascript:, data:, http:, mailto:) are not allowed',
  }),
  'content.invisibleCharacter': entry({
    example: { char: 'U+200B', column: 7 },
    zh: (p) => `含有不可见字符或控制字符（${p.char}，第${p.column}列）：请删除；方向控制符和零宽空格会使发布的文字与审核时看到的不同`,
    en: (p) =>
      `contains an invisible or control character (${p.char}, column ${p.column}): delete it; direction marks and zero-width spaces would make the published text differ from what a reviewer reads`,
  }),

  // The parser's complaints, in plain words (closed-format.ts parseErrorMessage).
  'content.tagNotClosed': entry({
    example: { tag: 'strong' },
    zh: (p) => `标签 <${p.tag}> 没有结束：请写成 <${p.tag}>…</${p.tag}>；没有内容的元素写成 <${p.tag} />，例如 <br />`,
    en: (p) => `the tag <${p.tag}> is not closed: write <${p.tag}>…</${p.tag}>, or <${p.tag} /> for an element without content such as <br />`,
  }),
  'content.htmlComment': entry({
    example: {},
    zh: () => '不能使用 HTML 注释 <!-- … -->：请删除注释',
    en: () => 'HTML comments <!-- … --> are not allowed: delete the comment',
  }),
  'content.lessThan': entry({
    example: {},
    zh: () => '紧挨字母或数字的“<”会被当作标签的开始：请写成文字（如“低于”），或在“<”后加一个空格',
    en: () => 'a "<" directly before a letter or digit starts a tag: write it in words ("less than", 低于) or put a space after it',
  }),
  'content.mdxParse': entry({
    example: { parser: 'Unexpected end of file in expression' },
    zh: (p) => `MDX格式错误：请检查这一行的标签是否成对（如 <strong>…</strong>），是否用了“<”“{”等符号（解析器的原话：${p.parser}）`,
    en: (p) => `MDX does not parse: ${p.parser}`,
  }),

  // The header between the --- lines.
  'content.headerLine': entry({
    example: {},
    zh: () => '文件开头（两行 --- 之间）每行写一项，格式为 名称: 值',
    en: () => 'the header (between the --- lines) holds one field per line, written as name: value',
  }),
  'content.headerUnknownField': entry({
    example: { field: 'layout', kind: 'chapter' as 'chapter' | 'narrative' },
    zh: (p) => `文件开头有无法识别的字段“${p.field}”（${p.kind === 'chapter' ? '规划章节只能写 chapter、label、title、updated' : '报告正文只能写 year'}）`,
    en: (p) =>
      `unknown field in the header: "${p.field}" (a ${p.kind === 'chapter' ? 'chapter holds chapter, label, title and updated' : 'narrative holds only year'})`,
  }),
  'content.headerField': entry({
    example: { field: 'title', problem: ref('text.markup') },
    zh: (p, r) => `文件开头的 ${p.field}：${r(p.problem)}`,
    en: (p, r) => `the header field ${p.field} ${r(p.problem)}`,
  }),

  // Elements and attributes.
  'content.elementNotAllowed': entry({
    example: { name: 'div', allowed: ['<h2>', '<strong>'] },
    zh: (p) => `此处不能使用 <${p.name}> 元素；允许的元素：${p.allowed.join(' ')}，其余内容请用Markdown书写`,
    en: (p) => `the element <${p.name}> is not allowed here; allowed: ${p.allowed.join(' ')}, and Markdown for the rest`,
  }),
  'content.fragment': entry({
    example: {},
    zh: () => '不能使用 <>…</> 片段，请去掉它们',
    en: () => 'fragments <>…</> are not allowed; write the text without them',
  }),
  'content.attributeCode': entry({
    example: { element: 'IndicatorRef' },
    zh: (p) => `属性必须写成 名称="值" 的形式；{…} 是代码，不允许使用（<${p.element}>）`,
    en: (p) => `attributes must be written as name="value"; {…} is code and not allowed (in <${p.element}>)`,
  }),
  'content.attributeNotAllowed': entry({
    example: { attribute: 'style', element: 'strong', allowed: [] as string[] },
    zh: (p) =>
      p.allowed.length
        ? `<${p.element}> 不能带属性 ${p.attribute}（允许的属性：${p.allowed.join(', ')}）`
        : `<${p.element}> 不能带任何属性（发现 ${p.attribute}）`,
    en: (p) => `the attribute ${p.attribute} is not allowed on <${p.element}>${p.allowed.length ? ` (allowed: ${p.allowed.join(', ')})` : ''}`,
  }),
  'content.attributeNeedsQuotes': entry({
    example: { attribute: 'id', element: 'IndicatorRef' },
    zh: (p) => `<${p.element}> 的属性 ${p.attribute} 须用引号写值，例如 ${p.attribute}="…"（{…} 是代码，不允许使用）`,
    en: (p) => `the attribute ${p.attribute} of <${p.element}> needs a value in quotes, e.g. ${p.attribute}="…" ({…} is code and not allowed)`,
  }),
  'content.attributeText': entry({
    example: { attribute: 'title', element: 'Box', problem: ref('text.markup') },
    zh: (p, r) => `<${p.element}> 的属性 ${p.attribute}：${r(p.problem)}`,
    en: (p, r) => `the attribute ${p.attribute} of <${p.element}> ${r(p.problem)}`,
  }),
  'content.attributePattern': entry({
    example: { attribute: 'id', element: 'h2', expected: ref('content.expectAnchor') },
    zh: (p, r) => `<${p.element}> 的属性 ${p.attribute} 应为${r(p.expected)}`,
    en: (p, r) => `the attribute ${p.attribute} of <${p.element}> must be ${r(p.expected)}`,
  }),
  'content.expectAnchor': entry({
    example: {},
    zh: () => '由小写英文字母、数字和连字符组成的锚点，例如 "section-1-2"',
    en: () => 'an anchor of lower-case ASCII letters, digits and hyphens, e.g. "section-1-2"',
  }),
  'content.expectId': entry({
    example: {},
    zh: () => '由小写英文字母、数字和连字符组成的标识，例如 "pm25-concentration"',
    en: () => 'an id of lower-case ASCII letters, digits and hyphens, e.g. "pm25-concentration"',
  }),
  'content.expectHeaders': entry({
    example: {},
    zh: () => '用“|”分隔的四个列标题，例如 "指标|2020年|2025年|指标属性"',
    en: () => 'four column heads separated by "|", e.g. "指标|2020年|2025年|指标属性"',
  }),
  'content.expectOneOf': entry({
    example: { values: ['zh', 'en'] },
    zh: (p) => p.values.map((v) => `"${v}"`).join(' 或 '),
    en: (p) => p.values.map((v) => `"${v}"`).join(' or '),
  }),
  'content.attributeRequired': entry({
    example: { element: 'Box', attribute: 'id' },
    zh: (p) => `<${p.element}> 缺少属性 ${p.attribute}="…"`,
    en: (p) => `<${p.element}> needs the attribute ${p.attribute}="…"`,
  }),

  // Translator's notes.
  'content.translatorNoteInChinese': entry({
    example: {},
    zh: () => '<TranslatorNote>（译者注）只能用于英文章节：中文正文是通过的规划原文，须逐字保留；请在此删除译者注',
    en: () => '<TranslatorNote> belongs in English chapters only: the Chinese text is the plan as adopted, word for word; delete the note here',
  }),
  'content.noteInline': entry({
    example: {},
    zh: () => '<TranslatorNote> 须单独成段，写在所说明的段落之后，不能写在段落之中',
    en: () => 'write <TranslatorNote> on lines of its own, after the paragraph it explains, not inside a paragraph',
  }),
  'content.noteEmpty': entry({
    example: {},
    zh: () => '<TranslatorNote> 内容为空：请写明译者注，或删除它',
    en: () => '<TranslatorNote> is empty: write the note, or delete it',
  }),
  'content.noteHoldsText': entry({
    example: { what: '<h2>' },
    zh: (p) => `译者注中只能写文字（段落、列表、强调、链接），不能使用 ${p.what}`,
    en: (p) => `a translator's note holds text only (paragraphs, lists, emphasis, links): ${p.what} is not allowed inside <TranslatorNote>`,
  }),

  // The content folder (content/files.ts).
  'content.symlink': entry({
    example: {},
    zh: () => '内容文件夹中不能有符号链接（其中的文件会绕过检查）：请把文件复制进来',
    en: () => 'symbolic links are not allowed in the content folder (their files would escape the check): copy the files in instead',
  }),
  'content.strayFile': entry({
    example: {},
    zh: () => '此文件既不是规划章节（plans/<规划>/<zh或en>/chapter-N.mdx），也不是报告正文（plans/<规划>/reports/<zh或en>/<年份>.mdx）：请移到相应位置或删除',
    en: () =>
      'this file is not a plan chapter (plans/<plan>/<zh|en>/chapter-N.mdx) or a report narrative (plans/<plan>/reports/<zh|en>/<year>.mdx): move it there or delete it',
  }),
  'content.noSuchPage': entry({
    example: {},
    zh: () => '本网站没有这个页面或章节：请核对地址（规划的页面为 /规划标识/…，英文版为 /en/规划标识/…；可从预览时浏览器的地址栏复制）',
    en: () =>
      "no such page or section on this site: check the address (a plan's pages are /<plan>/…, in English /en/<plan>/…; copy it from the address bar of the preview)",
  }),

  // The site's components named in the text (content/references.ts).
  'mdx.unknownProject': entry({
    example: { id: 'a-project' },
    zh: (p) => `<ProjectLink id="${p.id}">：该规划的 projects.json 中没有这个工程标识；请核对标识，或先在 projects.json 中添加该工程`,
    en: (p) => `<ProjectLink id="${p.id}">: no project with this id in the plan's projects.json; check the id, or add the project there first`,
  }),
  'mdx.unknownIndicator': entry({
    example: { id: 'pm10' },
    zh: (p) => `<IndicatorRef id="${p.id}">：该规划的 indicators.json 中没有这个指标标识`,
    en: (p) => `<IndicatorRef id="${p.id}">: no indicator with this id in the plan's indicators.json`,
  }),
  'mdx.undeclaredBox': entry({
    example: { id: 'zl-1' },
    zh: (p) => `<Box id="${p.id}"> 没有在该规划的 plan.json 中声明：请在 "boxes" 中加上 { "id": "${p.id}", "label": { "zh": …, "en": … } }`,
    en: (p) => `<Box id="${p.id}"> is not declared in the plan's plan.json: add { "id": "${p.id}", "label": { "zh": …, "en": … } } to "boxes"`,
  }),

  // The plan's chapters (plan/chapters.ts, plan/preflight.ts).
  'chapter.fileName': entry({
    example: {},
    zh: () => '规划章节文件须命名为 chapter-章号.mdx，例如 chapter-3.mdx',
    en: () => 'plan chapter files must be named chapter-<number>.mdx',
  }),
  'chapter.anchorPattern': entry({
    example: {},
    zh: () => '章节锚点只能使用小写英文字母、数字和连字符，并以字母开头',
    en: () => 'section anchor must be lower-case ASCII letters, digits and hyphens, starting with a letter (e.g. "section-2-1")',
  }),
  'chapter.duplicateAnchor': entry({
    example: { line: 10 },
    zh: (p) => `章节锚点重复（第${p.line}行已使用）`,
    en: (p) => `duplicate section anchor (first used on line ${p.line})`,
  }),
  'chapter.headingNoId': entry({ example: {}, zh: () => '标题缺少 id="…" 锚点', en: () => 'heading has no id="…" anchor' }),
  'chapter.numberMismatch': entry({
    example: { expected: 'chapter-3.mdx' },
    zh: (p) => `章节编号与文件名不一致（文件名应为 ${p.expected}）`,
    en: (p) => `chapter number does not match the file name (expected a file named ${p.expected})`,
  }),
  'chapter.definedTwice': entry({
    example: { chapter: 3, other: 'src/content/plans/p/zh/chapter-3.mdx' },
    zh: (p) => `第${p.chapter}章重复（另见 ${p.other}）`,
    en: (p) => `chapter ${p.chapter} is defined twice (also in ${p.other})`,
  }),
  'chapter.numberGap': entry({
    example: { expected: 2 },
    zh: (p) => `章节须连续编号（应为${p.expected}）`,
    en: (p) => `chapters must be numbered 1, 2, 3 … without gaps (expected ${p.expected})`,
  }),
  'chapter.noChineseOriginal': entry({ example: {}, zh: () => '英文章节没有对应的中文原文', en: () => 'English chapter has no Chinese original' }),
  'chapter.sectionMissing': entry({
    example: { anchor: 'section-2', file: 'zh/chapter-1.mdx' },
    zh: (p) => `译文缺少章节“${p.anchor}”（见${p.file}）`,
    en: (p) => `section "${p.anchor}" of ${p.file} is missing from the translation`,
  }),
  'chapter.sectionExtra': entry({
    example: { anchor: 'section-9', file: 'zh/chapter-1.mdx' },
    zh: (p) => `章节“${p.anchor}”在中文原文${p.file}中不存在`,
    en: (p) => `section "${p.anchor}" does not exist in the Chinese original ${p.file}`,
  }),
  'chapter.sectionOrder': entry({
    example: { file: 'zh/chapter-1.mdx', expected: ['section-1', 'section-2'] },
    zh: (p) => `译文章节顺序与中文原文${p.file}不一致（应为 ${p.expected.join(', ')}）`,
    en: (p) => `sections are in a different order than in ${p.file} (expected ${p.expected.join(', ')})`,
  }),

  // Report narratives (reports/narratives.ts).
  'narrative.fileName': entry({
    example: {},
    zh: () => '报告正文须以年份命名，例如 2024.mdx',
    en: () => 'report narratives must be named after their year, e.g. 2024.mdx',
  }),
  'narrative.noData': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年尚无数据，不能撰写该年度报告正文`,
    en: (p) => `there is no data for ${p.year} yet (no observations in the ${p.year} progress file), so there is no report to write a narrative for`,
  }),
  'narrative.notListed': entry({
    example: { year: 2024 },
    zh: (p) =>
      `该规划的 reports.json 中没有${p.year}年：请在其中加上 { "year": ${p.year}, "status": "draft" }（npm run new-report 会自动添加）；把 status 改为 "published" 即发布该报告`,
    en: (p) =>
      `${p.year} is not in the plan's reports.json: add { "year": ${p.year}, "status": "draft" } there (npm run new-report does this); the report is published when its status is "published"`,
  }),
  'narrative.publishedInHeader': entry({
    example: {},
    zh: () => '报告的发布日期不写在正文中，而是写在该规划 reports.json 中该年份的 "published"；请删除这一行',
    en: () =>
      'a report\'s publication date is not written in its narrative: it is the "published" date of this year in the plan\'s reports.json; delete this line',
  }),
  'narrative.unknownHeaderField': entry({
    example: {},
    zh: () => '文件开头有无法识别的字段：报告正文开头只写 year',
    en: () => 'unknown field in the header: a narrative\'s header holds only "year"',
  }),
  'narrative.reservedAnchor': entry({
    example: { anchor: 'summary' },
    zh: (p) => `锚点“${p.anchor}”已被报告页面使用，请换一个`,
    en: (p) => `the anchor "${p.anchor}" is used by the report page itself; choose another`,
  }),
  'narrative.placeholder': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年度报告已设为发布，但正文中仍有“在此填写”之类的占位文字：请替换为正文，或在 reports.json 中把该报告改回 "draft"（草稿）`,
    en: (p) =>
      `the ${p.year} report is published but its narrative still has a placeholder: replace it with the text, or set the report back to "draft" in reports.json`,
  }),
  'narrative.chineseParagraph': entry({
    example: { year: 2024 },
    zh: (p) => `${p.year}年度报告已设为发布，但英文正文的这一段是中文：请在此填写英文译文`,
    en: (p) => `the ${p.year} report is published but this paragraph of its English narrative is in Chinese: put the English translation here`,
  }),
  'narrative.sectionsDiffer': entry({
    example: { year: 2024, anchors: ['foreword', 'findings'] },
    zh: (p) => `${p.year}年度报告已设为发布，但英文正文的章节与中文不同（中文：${p.anchors.join(', ') || '无'}）：请使用相同的锚点，顺序一致`,
    en: (p) =>
      `the ${p.year} report is published but its English narrative has other sections than the Chinese (${p.anchors.join(', ') || 'none'}): use the same anchors in the same order`,
  }),
  'narrative.missingCounterpart': entry({
    example: { lang: 'zh' as 'zh' | 'en', other: 'en' as 'zh' | 'en', year: 2024 },
    zh: (p) => `缺少翻译：${p.year}年报告正文只有${LANG_ZH[p.lang]}版，没有${LANG_ZH[p.other]}版`,
    en: (p) => `missing: the ${p.lang} narrative for ${p.year} has no ${LANG_EN[p.other]} counterpart`,
  }),
};
