/** The part of autocannon's options and result the API bench uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    p50: number
    p97_5: number
    p99: number
    average: number
  }
  interface Result {
    latency: Histogram & { p90: number }
    requests: Histogram & { total: number }
    non2xx: number
    errors: number
    timeouts: number
    duration: number
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    amount?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    timeout?: number
  }
  export default function autocannon(options: Options): Promise<Result>
}
