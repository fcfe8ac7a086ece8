/**
 * The reader's analysis worker: the same `analyze()` as everywhere, off the main thread, so a
 * 300-page report never blocks scrolling or the hover card (the risk stage runs as one piece).
 * Input and output are checked: text + blocks in, an `Analysis` (zod) out.
 */
import { z } from 'zod';
import { analyze } from '../../lib/analyze';
import { AnalysisSchema } from '../../lib/schema/analysis';

const RequestSchema = z.object({
  text: z.string(),
  blocks: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});

self.onmessage = (e: MessageEvent<unknown>) => {
  const req = RequestSchema.safeParse(e.data);
  if (!req.success) {
    self.postMessage({ error: 'bad request' });
    return;
  }
  try {
    self.postMessage({ analysis: AnalysisSchema.parse(analyze(req.data.text, { blocks: req.data.blocks })) });
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
