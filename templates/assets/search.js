// Search with Pagefind. Results are built with textContent only: indexed text is data, never markup.
const form = document.getElementById('search-form')
const input = document.getElementById('search-input')
const status = document.getElementById('search-status')
const list = document.getElementById('search-results')
const filterNames = ['speaker', 'article', 'source', 'year']

const pagefind = await import(form.dataset.bundle)
await pagefind.options({ baseUrl: form.dataset.base })

const params = new URLSearchParams(location.search)
input.value = params.get('q') ?? ''
for (const name of [...filterNames, 'sort']) form.elements[name].value = params.get(name) ?? ''

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
  const search = await pagefind.search(term || null, { filters, ...(order ? { sort: { date: order } } : {}) })
  const results = await Promise.all(search.results.slice(0, 50).map((result) => result.data()))
  if (ticket !== latest) return
  list.replaceChildren(...results.map(item))
  const count = search.results.length
  status.textContent = `${count} ${count === 1 ? 'result' : 'results'}${count > 50 ? ', the first 50 shown' : ''}`
}

function item(data) {
  const li = document.createElement('li')
  const link = document.createElement('a')
  link.href = data.url
  if (data.meta.kind === 'quote') {
    li.className = 'search-quote'
    const words = document.createElement('q')
    words.textContent = data.meta.quote
    link.append(words)
    const meta = document.createElement('p')
    meta.className = 'quote-meta'
    meta.textContent = `${data.meta.speaker || 'No speaker given'} · ${data.meta.headline} · ${data.meta.date}`
    li.append(link, meta)
  } else {
    li.className = 'search-page'
    link.textContent = data.meta.title
    const excerpt = document.createElement('p')
    excerpt.textContent = data.excerpt.replace(/<[^>]*>/g, '')
    li.append(link, excerpt)
  }
  return li
}

form.addEventListener('submit', (event) => {
  event.preventDefault()
  run()
})
input.addEventListener('input', run)
form.addEventListener('change', run)
run()
