/** Where each page of the site lives, the one place that knows its URLs. */
export const paths = {
  article: (slug: string) => `/articles/${slug}/`,
  original: (slug: string) => `/articles/${slug}/original.txt`,
  /** A web page's page itself, beside its article's text. */
  originalPage: (slug: string) => `/articles/${slug}/original.html`,
  actor: (id: string) => `/actors/${id}/`,
  source: (id: string) => `/sources/${id}/`,
  /** `/quotes/` for the newest page, `/quotes/page-1/` for the oldest, counting up. */
  quotes: (page: number, pages: number) => (page === pages ? '/quotes/' : `/quotes/page-${page}/`),
  /** The list of articles, newest first: the home page, then `/page/2/` and on. */
  articles: (page: number) => (page === 1 ? '/' : `/page/${page}/`),
  /** The list of actors: `/actors/`, then `/actors/page-2/` and on. */
  actors: (page: number) => (page === 1 ? '/actors/' : `/actors/page-${page}/`),
  /** The file Eleventy writes for a page's URL. */
  file: (url: string) => `${url.slice(1)}index.html`
}
