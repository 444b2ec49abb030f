import { ApiError, buildUrl } from './client';

/** How far an upload is: bytes sent of the file's size. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/** Options of one streamed upload. */
export interface UploadOptions {
  params: Record<string, string>;
  file: Blob;
  /** Sent as X-Client-Token; reuse it when retrying the same upload. */
  clientToken?: string;
  onProgress?: (progress: UploadProgress) => void;
  /** Aborting it cancels the upload; the promise then rejects with an `AbortError` DOMException. */
  signal?: AbortSignal;
}

/** The console's error answer as an ApiError (the same mapping as the fetch client). */
function errorOf(xhr: XMLHttpRequest): ApiError {
  let e: { code?: string; message?: string; requestId?: string; scpCode?: number; fields?: { field: string; message: string }[] } | undefined;
  try {
    e = (JSON.parse(xhr.responseText) as { error?: typeof e })?.error;
  } catch {
    e = undefined;
  }
  return new ApiError(xhr.status, e?.code ?? 'http_error', e?.message ?? `The console answered HTTP ${xhr.status}`, e?.requestId, e?.scpCode, e?.fields);
}

/**
 * PUTs a file as the raw request body to a console route (same origin, the
 * session cookie), through XMLHttpRequest rather than fetch: only XHR reports
 * upload progress. Answers the route's JSON; failures throw ApiError.
 */
export function uploadFile(path: string, { params, file, clientToken, onProgress, signal }: UploadOptions): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', buildUrl(path, params));
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (clientToken) xhr.setRequestHeader('x-client-token', clientToken);
    xhr.upload.onprogress = (e) => onProgress?.({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    const abort = () => xhr.abort();
    signal?.addEventListener('abort', abort, { once: true });
    const done = () => signal?.removeEventListener('abort', abort);
    xhr.onload = () => {
      done();
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(xhr.status === 204 || !xhr.responseText ? undefined : JSON.parse(xhr.responseText));
        } catch {
          reject(new ApiError(xhr.status, 'http_error', 'The console answered with something other than JSON'));
        }
      } else {
        reject(errorOf(xhr));
      }
    };
    xhr.onerror = () => {
      done();
      reject(new ApiError(0, 'network_error', 'The console cannot be reached; check your connection'));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was cancelled', 'AbortError'));
    };
    xhr.send(file);
  });
}
