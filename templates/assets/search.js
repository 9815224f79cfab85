// Search with Pagefind. Results are built with textContent only: indexed text is data, never markup.
const form = document.getElementById('search-form')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const filterNames = ['speaker', 'article', 'source', 'year']
/** Pages whose results are shown: an article's page brings all its matching quotes. */
const shownPages = 30

// The form takes the address's query at once; what a reader types while the index loads is kept and searched when it is ready.
const params = new URLSearchParams(location.search)
input.value = params.get('q') ?? ''
for (const name of [...filterNames, 'sort']) form.elements[name].value = params.get(name) ?? ''

// The index comes in shards: the first one's bundle searches them all, once the others are merged into it.
const ready = (async () => {
  const [primary, ...others] = form.dataset.indexes.trim().split(/\s+/)
  const pagefind = await import(`${primary}pagefind.js`)
  await pagefind.options({ baseUrl: form.dataset.base })
  for (const index of others) await pagefind.mergeIndex(index, { baseUrl: form.dataset.base })
  return pagefind
})()

let latest = 0
async function run() {
  const ticket = ++latest
  const term = input.value.trim()
  const filters = {}
  for (const name of filterNames) if (form.elements[name].value) filters[name] = form.elements[name].value
  const order = form.elements.sort.value
  const url = new URL(location.href)
  url.search = new URLSearchParams(Object.entries({ q: term, ...filters, ...(order ? { sort: order } : {}) }).filter(([, value]) => value)).toString()
  history.replaceState(null, '', url)
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren()
    status.textContent = ''
    return
  }
  const pagefind = await ready
  const found = await results(pagefind, term || null, filters, order)
  const pages = await Promise.all(found.slice(0, shownPages).map((result) => result.data()))
  if (ticket !== latest) return
  const items = pages.flatMap((page) => itemsOf(page, filters.speaker))
  list.replaceChildren(...items.slice(0, 100))
  const count = items.length
  status.textContent = `${count} ${count === 1 ? 'result' : 'results'}${count > 100 ? ', the first 100 shown' : ''}`
}

/**
 * Best match ranks across shards by Pagefind's own scores. Pagefind cannot
 * put merged shards in date order, but every year lives in one shard, so a
 * date order is one search a year, newest (or oldest) year first.
 */
async function results(pagefind, term, filters, order) {
  if (!order) return (await pagefind.search(term, { filters })).results
  const years = filters.year ? [filters.year] : [...form.elements.year.options].map((option) => option.value).filter(Boolean)
  if (order === 'asc') years.reverse()
  const found = []
  for (const year of years) {
    found.push(...(await pagefind.search(term, { filters: { ...filters, year }, sort: { date: order } })).results)
    if (found.length >= shownPages) break
  }
  return found
}

// An article's quotes are its sub-results, each headed by its speaker and anchored at the quote; other pages show as themselves.
function itemsOf(page, speaker) {
  const quotes = (page.sub_results ?? []).filter((sub) => /#q\d+$/.test(sub.url) && (!speaker || sub.title === speaker))
  if (quotes.length > 0) return quotes.map((sub) => quoteItem(sub, page))
  if (speaker && !page.filters?.speaker?.includes(speaker)) return []
  return [pageItem(page)]
}

function quoteItem(sub, page) {
  const li = document.createElement('li')
  li.className = 'search-quote'
  const link = document.createElement('a')
  link.href = sub.url
  const words = document.createElement('q')
  const id = sub.url.slice(sub.url.lastIndexOf('#') + 1)
  if (page.meta[id]) words.textContent = page.meta[id]
  else words.append(...highlighted(sub.excerpt))
  link.append(words)
  const meta = document.createElement('p')
  meta.className = 'quote-meta'
  meta.textContent = `${sub.title} · ${page.meta.title} · ${page.meta.date ?? ''}`
  li.append(link, meta)
  return li
}

function pageItem(page) {
  const li = document.createElement('li')
  li.className = 'search-page'
  const link = document.createElement('a')
  link.href = page.url
  link.textContent = page.meta.title
  const excerpt = document.createElement('p')
  excerpt.append(...highlighted(page.excerpt))
  li.append(link, excerpt)
  return li
}

/** Pagefind marks matches with <mark>; everything else in an excerpt is text, and is set as text. */
function highlighted(excerpt) {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const match = /^<mark>([^<]*)<\/mark>$/.exec(part)
    if (!match) return document.createTextNode(decode(part.replace(/<[^>]*>/g, '')))
    const mark = document.createElement('mark')
    mark.textContent = decode(match[1])
    return mark
  })
}

function decode(text) {
  const area = document.createElement('textarea')
  area.innerHTML = text
  return area.value
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  run()
})
input.addEventListener('input', run)
// The text box's own change event fires when it loses focus, as a result is clicked; re-running then would replace the link under the pointer.
form.addEventListener('change', (event) => {
  if (event.target !== input) run()
})
run()
