/** One documented endpoint: method and path template as printed in the SCP document. */
export interface DocumentedEndpoint {
  method: string;
  path: string;
  /** 1-based line of the endpoint's table row in the SCP document (seed 000_8c0a1546f2dc6205.txt); for the prose-only /janus/authenticate, the line of its URL. */
  line: number;
  /** The row's description column (Chinese, as printed). */
  title: string;
}
