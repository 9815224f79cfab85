/**
 * The API's lists as CSV (RFC 4180, UTF-8), for spreadsheets and data tools:
 * one row per item, the columns named as the JSON fields. A field that holds
 * an object is spread over columns named with a dot (`speaker.name`); a list
 * is written as its JSON.
 */
import type { TSchema } from '@sinclair/typebox'

/** A column: its name, a field's path with dots; what its values are, in words; and how to read it from an item. */
export interface Column {
  name: string
  type: string
  read: (item: unknown) => unknown
}

/**
 * The columns of a JSON Schema object: each property, and each property of a
 * property that is an object (or an object or null), except those left out.
 */
export function columnsOf(schema: TSchema, leaveOut: readonly string[] = []): Column[] {
  const columns: Column[] = []
  for (const [name, property] of Object.entries(propertiesOf(schema) ?? {})) {
    if (leaveOut.includes(name)) continue
    const nested = propertiesOf(property)
    if (!nested) {
      columns.push({ name, type: typeLabel(property), read: (item) => field(item, name) })
      continue
    }
    const orNull = isNullable(property) ? ' (empty where the field is null)' : ''
    for (const [inner, innerSchema] of Object.entries(nested)) {
      columns.push({ name: `${name}.${inner}`, type: `${typeLabel(innerSchema)}${orNull}`, read: (item) => field(field(item, name), inner) })
    }
  }
  return columns
}

function isNullable(schema: TSchema): boolean {
  return (schema['anyOf'] as TSchema[] | undefined)?.some((option) => option['type'] === 'null') ?? false
}

/** What a field holds, in words: "text", "whole number", "list (as JSON)", "one of: person, organization". */
function typeLabel(schema: TSchema): string {
  if (Array.isArray(schema['anyOf'])) {
    const options = schema['anyOf'] as TSchema[]
    if (options.every((option) => option['const'] !== undefined)) return `one of: ${options.map((option) => String(option['const'])).join(', ')}`
    return options.map(typeLabel).join(' or ')
  }
  const labels: Record<string, string> = { string: 'text', integer: 'whole number', number: 'number', boolean: 'true or false', array: 'list (as JSON)', object: 'object (as JSON)', null: 'null' }
  return labels[String(schema['type'])] ?? 'value'
}

/** The properties of an object schema, or of the one object of an "object or null" union. */
function propertiesOf(schema: TSchema): Record<string, TSchema> | undefined {
  if (schema['type'] === 'object' && schema['properties']) return schema['properties'] as Record<string, TSchema>
  const options = (schema['anyOf'] as TSchema[] | undefined)?.filter((option) => option['type'] !== 'null')
  return options?.length === 1 && options[0] ? propertiesOf(options[0]) : undefined
}

function field(item: unknown, name: string): unknown {
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[name] : undefined
}

/**
 * A value as one CSV field: quoted where it holds a quote mark, comma or line
 * break, quote marks doubled. Text that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` first) is kept as text by a leading apostrophe:
 * article text is data, never executed.
 */
export function csvField(value: unknown): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : plainText(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function plainText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Rows held before a write: enough to make few writes, never a string that grows with the archive. */
const rowsPerWrite = 500

/** The header line: the columns' names, ended by CRLF. */
export function csvHeader(columns: readonly Column[]): string {
  return `${columns.map((column) => csvField(column.name)).join(',')}\r\n`
}

/** An item's row, ended by CRLF. */
export function csvRow(columns: readonly Column[], item: unknown): string {
  return `${columns.map((column) => csvField(column.read(item))).join(',')}\r\n`
}

/** The header and one row per item, given to `write` in pieces. */
export async function streamCsv(columns: readonly Column[], items: readonly unknown[], write: (text: string) => Promise<void>): Promise<void> {
  const chunk = [csvHeader(columns)]
  for (const item of items) {
    chunk.push(csvRow(columns, item))
    if (chunk.length === rowsPerWrite) await write(chunk.splice(0).join(''))
  }
  await write(chunk.join(''))
}
