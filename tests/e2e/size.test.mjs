// The single file's size, held to its ceiling (scripts/size-budget.mjs), with
// how far it is from the budget printed on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST } from './support.mjs';
import { BUDGET, CEILING, measure } from '../../scripts/size-budget.mjs';

test('the single file is within its size ceiling, and says how far it is from the budget', (t) => {
  const size = measure(join(DIST, 'bamboo-reader.html'));
  const line = (key) => `${key}: ${size[key].toLocaleString('en-US')} B; ceiling ${CEILING[key].toLocaleString('en-US')} B; budget ${BUDGET[key].toLocaleString('en-US')} B (${size[key] > BUDGET[key] ? `over by ${(size[key] - BUDGET[key]).toLocaleString('en-US')} B` : 'met'})`;
  for (const key of ['disk', 'gzip']) t.diagnostic(line(key));
  for (const key of ['disk', 'gzip']) {
    assert.ok(CEILING[key] >= BUDGET[key], 'the ceiling is never below the budget');
    assert.ok(size[key] <= CEILING[key], `the single file grew past its ceiling. ${line(key)}`);
  }
});
