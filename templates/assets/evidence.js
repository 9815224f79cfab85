// While a reader is on a quote (pointer or keyboard, the quote or its speaker link),
// light up the words in the text that are the evidence for its speaker.
const marks = (id) => document.querySelectorAll(`.evidence[data-for~="${CSS.escape(id)}"]`)
const quoteOf = (target) => target instanceof Element ? target.closest('q.quote')?.id ?? target.closest('.quote-speaker')?.getAttribute('data-quote') : undefined
const light = (event, on) => {
  const id = quoteOf(event.target)
  if (id) for (const mark of marks(id)) mark.classList.toggle('evidence-on', on)
}
for (const [type, on] of [['mouseover', true], ['mouseout', false], ['focusin', true], ['focusout', false]]) {
  document.addEventListener(type, (event) => light(event, on))
}
