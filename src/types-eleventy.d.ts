/** Eleventy ships no type declarations for its module entry; this is the part onrecord uses. */
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options: Record<string, unknown>)
    write(): Promise<unknown>
  }
  export const HtmlBasePlugin: unknown
}
