/// <reference lib="dom" />
// Entry of the page `jiaxiao-lint serve` serves: drafts are checked by the server's POST /api/lint.
import type { DraftRequest, DraftResult } from '../core/draft';
import { startPage } from './page';

async function viaServer(request: DraftRequest): Promise<DraftResult[]> {
  const response = await fetch('api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  const body = await response.json();
  if (!response.ok) throw new Error(body && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`);
  return body as DraftResult[];
}

startPage(viaServer);
