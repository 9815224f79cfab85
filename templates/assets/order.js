// A button that turns a list of groups (a person's quotes, by article) newest-first or oldest-first.
// Without the script the page keeps the order it was built in, newest first.
for (const holder of document.querySelectorAll('[data-order-of]')) {
  const list = document.getElementById(holder.dataset.orderOf)
  if (!list) continue
  let newest = true
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'order-button'
  const label = () => `Showing: ${newest ? holder.dataset.newest : holder.dataset.oldest}. Show ${newest ? holder.dataset.oldest : holder.dataset.newest}`
  button.textContent = label()
  button.addEventListener('click', () => {
    newest = !newest
    list.append(...[...list.children].reverse())
    button.textContent = label()
  })
  holder.append(button)
}
