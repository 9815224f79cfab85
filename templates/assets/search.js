// Search with Pagefind. Results are built with textContent only: indexed text is data, never markup.
// Every quote, article and person is a document of its own (src/search/documents.ts): a result that
// shows a quote is a quote that holds the words, and the counts are Pagefind's own.
const form = document.getElementById('search-form')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
// "Load more" exists only where the script runs.
const more = Object.assign(document.createElement('button'), { type: 'button', className: 'search-more', hidden: true })
document.getElementById('search-more-line').append(more)
const hints = document.getElementById('search-hints')
const filterNames = ['type', 'speaker', 'article', 'source', 'year']
/** Fields typed into, with a list of the values the index knows; the others are menus. */
const typedFilters = ['speaker', 'article', 'source']
/** Results shown at first, and added by each "Load more". */
const pageSize = 20
const undated = 'undated'
const typeNames = { quote: ['quote', 'quotes'], article: ['article', 'articles'], person: ['person', 'people'] }

// The form takes the address's query at once; what a reader types while the index loads is kept and searched when it is ready.
const params = new URLSearchParams(location.search)
input.value = params.get('q') ?? ''
for (const name of [...filterNames, 'sort']) form.elements[name].value = params.get(name) ?? ''

// The index comes in shards: the first one's bundle searches them all, once the others are merged into it.
const ready = (async () => {
  const [primary, ...others] = form.dataset.indexes.trim().split(/\s+/)
  const pagefind = await import(`${primary}pagefind.js`)
  await pagefind.options({ baseUrl: form.dataset.base, excerptLength: 40 })
  for (const index of others) await pagefind.mergeIndex(index, { baseUrl: form.dataset.base })
  return pagefind
})()

// Every value of every filter, with how many documents have it: the lists the typed fields suggest from, and the menus' counts.
// Loaded when first needed (a filter field is used or set), so a plain search fetches none of it.
let known
const knownValues = () => (known ??= ready.then(async (pagefind) => {
  const all = await pagefind.filters()
  for (const name of typedFilters) {
    const options = Object.entries(all[name] ?? {}).sort(([a], [b]) => a.localeCompare(b))
    document.getElementById(`${name}-values`).replaceChildren(...options.map(([value, count]) => {
      const option = document.createElement('option')
      option.value = value
      option.label = `${count} ${name === 'speaker' ? (count === 1 ? 'quote' : 'quotes') : count === 1 ? 'item' : 'items'}`
      return option
    }))
  }
  for (const option of form.elements.year.options) {
    const count = all.year?.[option.value]
    if (option.value && count !== undefined) option.textContent = `${option.value === undated ? 'Undated' : option.value} (${count})`
  }
  return all
}))

let latest = 0
/** The results of the current search not yet shown, and how to show them. */
let pending = []

async function run() {
  const ticket = ++latest
  const term = input.value.trim()
  const filters = {}
  for (const name of filterNames) if (form.elements[name].value) filters[name] = form.elements[name].value
  const order = form.elements.sort.value
  const url = new URL(location.href)
  url.search = new URLSearchParams(Object.entries({ q: term, ...filters, ...(order ? { sort: order } : {}) }).filter(([, value]) => value)).toString()
  history.replaceState(null, '', url)
  more.hidden = true
  pending = []
  if (!term && Object.keys(filters).length === 0) {
    list.replaceChildren()
    status.textContent = ''
    hints.hidden = false
    return
  }
  hints.hidden = true
  status.textContent = 'Searching…'
  const pagefind = await ready
  const typed = typedFilters.filter((name) => filters[name])
  const values = typed.length > 0 ? await knownValues() : {}
  const unknown = typed.find((name) => values[name]?.[filters[name]] === undefined)
  if (ticket !== latest) return
  if (unknown) {
    list.replaceChildren()
    status.textContent = `No ${unknown} is called “${filters[unknown]}”: choose one from the list as you type.`
    return
  }
  const found = await results(pagefind, term || null, filters, order)
  if (ticket !== latest) return
  list.replaceChildren()
  pending = found.results
  // The count is announced once the first results are there to read.
  await showMore(ticket, Boolean(term))
  if (ticket !== latest) return
  status.textContent = summary(found, filters)
  if (found.results.length === 0 && Object.keys(filters).length > 0) status.append(' ', ...removeButtons(filters))
  // What the list now answers, for anything that waits on it.
  list.dataset.answers = term
}

/** Shows the next page of results, and "Load more" while there are more. */
async function showMore(ticket, withTerm) {
  const next = pending.slice(0, pageSize)
  pending = pending.slice(pageSize)
  const pages = await Promise.all(next.map((result) => result.data()))
  if (ticket !== latest) return
  list.append(...pages.map((page) => itemOf(page, withTerm)))
  more.hidden = pending.length === 0
  more.textContent = `Load ${Math.min(pageSize, pending.length)} more (${pending.length} not shown)`
}

/**
 * Best match ranks across shards by Pagefind's own scores. Pagefind cannot
 * put merged shards in date order, but every year lives in one shard, so a
 * date order is one search a year, newest (or oldest) year first, and the
 * undated last either way.
 */
async function results(pagefind, term, filters, order) {
  if (!order) {
    const response = await pagefind.search(term, { filters })
    return { results: response.results, types: response.filters?.type ?? {} }
  }
  const years = filters.year ? [filters.year] : [...form.elements.year.options].map((option) => option.value).filter((value) => value && value !== undated)
  if (order === 'asc') years.reverse()
  if (!filters.year) years.push(undated)
  const found = { results: [], types: {} }
  for (const year of years) {
    const response = await pagefind.search(term, { filters: { ...filters, year }, sort: year === undated ? undefined : { date: order } })
    found.results.push(...response.results)
    for (const [type, count] of Object.entries(response.filters?.type ?? {})) found.types[type] = (found.types[type] ?? 0) + count
  }
  return found
}

/** "12 results: 9 quotes, 3 articles", the true counts of everything the search found. */
function summary(found, filters) {
  const count = found.results.length
  const head = `${count} ${count === 1 ? 'result' : 'results'}`
  if (count === 0) return `No results.${Object.keys(filters).length > 0 ? ' Try removing a filter:' : ' Try fewer or other words.'}`
  const parts = Object.entries(typeNames).flatMap(([type, [one, many]]) => (found.types[type] ? [`${found.types[type]} ${found.types[type] === 1 ? one : many}`] : []))
  return parts.length > 1 ? `${head}: ${parts.join(', ')}` : head
}

/** One button a filter, that clears it and searches again. */
function removeButtons(filters) {
  return Object.entries(filters).map(([name, value]) => {
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'remove-filter'
    button.textContent = `Remove ${name}: ${value}`
    button.addEventListener('click', () => {
      form.elements[name].value = ''
      run()
    })
    return button
  })
}

function itemOf(page, withTerm) {
  if (page.filters?.type?.includes('quote')) return quoteItem(page, withTerm)
  return pageItem(page, page.filters?.type?.includes('person') ? 'Person' : page.meta.date)
}

/** A quote: its words, the searched ones marked, then who said it, where and when. */
function quoteItem(page, withTerm) {
  const li = document.createElement('li')
  li.className = 'search-quote'
  const link = document.createElement('a')
  link.href = page.url
  const words = document.createElement('q')
  if (withTerm) words.append(...highlighted(page.excerpt))
  else words.textContent = page.content.trim()
  link.append(words)
  const meta = document.createElement('p')
  meta.className = 'quote-meta'
  const kind = page.meta.kind === 'scare' ? 'Scare quote' : page.meta.speaker ? `Said by ${page.meta.speaker}` : 'No speaker given'
  meta.textContent = `${kind} · ${page.meta.title} · ${page.meta.date ?? ''}`
  li.append(link, meta)
  return li
}

/** An article (its own words matched) or a person: a title, and the excerpt with the searched words marked. */
function pageItem(page, note) {
  const li = document.createElement('li')
  li.className = 'search-page'
  const link = document.createElement('a')
  link.href = page.url
  link.textContent = page.meta.title
  const meta = document.createElement('p')
  meta.className = 'result-meta'
  meta.textContent = note ?? ''
  const excerpt = document.createElement('p')
  excerpt.append(...highlighted(page.excerpt))
  li.append(link, meta, excerpt)
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
more.addEventListener('click', () => showMore(latest, Boolean(input.value.trim())))
for (const name of [...typedFilters, 'year']) form.elements[name].addEventListener('focus', knownValues, { once: true })
// The text box's own change event fires when it loses focus, as a result is clicked; re-running then would replace the link under the pointer.
form.addEventListener('change', (event) => {
  if (event.target !== input) run()
})
for (const example of document.querySelectorAll('[data-example]')) {
  example.addEventListener('click', () => {
    input.value = example.dataset.example
    run()
  })
}
run()
