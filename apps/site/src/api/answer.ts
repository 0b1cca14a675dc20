/** What the site needs of one API answer, read whole: both transports hand this over. */
export interface ApiAnswer {
  status: number
  etag: string | null
  body: string
}
