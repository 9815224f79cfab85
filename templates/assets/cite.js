// "Cite this quote": fills in the date the reader reads the quote, and adds a button that copies the citation.
// Without the script the citation is there as text, with "[date accessed]" for the reader to fill in.
const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
for (const citation of document.querySelectorAll('.citation')) {
  citation.textContent = citation.textContent.replace('[date accessed]', today)
  if (!navigator.clipboard) continue
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'copy-citation'
  button.textContent = 'Copy citation'
  const status = document.createElement('span')
  status.className = 'copy-status'
  status.setAttribute('role', 'status')
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(citation.textContent)
      status.textContent = 'Copied'
    } catch {
      status.textContent = 'Could not copy: select the text instead'
    }
  })
  citation.after(button, status)
}
