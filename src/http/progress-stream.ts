import { PassThrough } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from './error-handler.ts';

/** What a caller sends in `Accept` to follow a long operation (an import) as it runs. */
export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

/** Progress lines are written at most this often (and at the end of each phase). */
const PROGRESS_INTERVAL_MS = 50;

/**
 * Runs `work` and answers with its result. A caller that accepts `application/x-ndjson` (the CLI's
 * imports, for their progress bar) gets the answer as lines instead: `{"progress":{phase,done,
 * total}}` while the work runs, then `{"status":N,"body":…}` with the status and body the plain
 * answer would have had (the error envelope when it failed). Any other caller gets plain JSON.
 */
export async function answerWithProgress<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (onProgress?: (progress: Progress) => void) => Promise<T>,
): Promise<T | FastifyReply> {
  if (!(request.headers.accept ?? '').includes(PROGRESS_MEDIA_TYPE)) return work();
  const stream = new PassThrough();
  let last = 0;
  const onProgress = (progress: Progress) => {
    const now = Date.now();
    if (progress.done !== progress.total && now - last < PROGRESS_INTERVAL_MS) return;
    last = now;
    stream.write(`${JSON.stringify({ progress })}\n`);
  };
  void work(onProgress).then(
    (body) => stream.end(`${JSON.stringify({ status: reply.statusCode, body })}\n`),
    (error: unknown) => {
      const apiError = toApiError(error as FastifyError, request);
      if (apiError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
      stream.end(`${JSON.stringify({ status: apiError.statusCode, body: apiError.toBody() })}\n`);
    },
  );
  return reply.type(`${PROGRESS_MEDIA_TYPE}; charset=utf-8`).send(stream);
}
