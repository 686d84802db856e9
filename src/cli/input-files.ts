import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { NewsgraphError } from '../doc/message.js'
import { MAX_BATCH_BYTES, MAX_INPUT_BYTES } from '../limits.js'
import { guessFormat, type InputFormat } from '../read/index.js'

/*
 * Getting the bytes of the CLI's inputs, with the size limit checked before a large file is
 * read into memory (a 50 MB text file is refused from its size alone).
 */

/** The bytes of a file or of stdin (`-`), or the `NewsgraphError` that stops them being read. */
export async function inputBytes(name: string, format: InputFormat | undefined): Promise<Uint8Array> {
  if (name === '-') return readStdin()
  let size: number
  try {
    const stat = statSync(name)
    if (stat.isDirectory()) throw unreadable(name, 'is a directory, not a file')
    size = stat.size
  } catch (error) {
    if (error instanceof NewsgraphError) throw error
    throw unreadable(name, systemReason(error))
  }
  const kind = format ?? guessFormat(name, readHead(name))
  const limit = kind === 'jsonl' ? MAX_BATCH_BYTES : MAX_INPUT_BYTES
  if (size > limit) {
    throw new NewsgraphError({
      severity: 'error',
      rule: 'read/too-large',
      reason: `input is ${(size / 1024 / 1024).toFixed(1)} MB, more than the limit of ${limit / 1024 / 1024} MB`,
      expected: `at most ${limit} bytes`,
      actual: String(size),
      input: name,
    })
  }
  try {
    return readFileSync(name)
  } catch (error) {
    throw unreadable(name, systemReason(error))
  }
}

/** Reads stdin, stopping just past the batch limit so that the reader can refuse it. */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer
    chunks.push(buffer)
    total += buffer.length
    if (total > MAX_BATCH_BYTES) break
  }
  return Buffer.concat(chunks)
}

function readHead(name: string): Uint8Array {
  const fd = openSync(name, 'r')
  try {
    const head = Buffer.alloc(4096)
    return head.subarray(0, readSync(fd, head, 0, head.length, 0))
  } finally {
    closeSync(fd)
  }
}

function unreadable(name: string, reason: string): NewsgraphError {
  return new NewsgraphError({
    severity: 'error',
    rule: 'read/unreadable',
    reason: `cannot read file: ${reason}`,
    input: name,
  })
}

function systemReason(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory, not a file'
  return error instanceof Error ? error.message : String(error)
}
