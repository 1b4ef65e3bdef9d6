import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeLeavingWay, DURABILITY_WAYS, runDurabilityTrial } from './runDurabilityTrial';

// One trial per way here; `npm run bench` runs twenty of each and prints the table.
describe('typed text survives every way of leaving the page', () => {
  for (const way of DURABILITY_WAYS) {
    // A crash may lose the keystrokes of the last 100 ms (one every 25 ms), and one more for
    // jitter; every other way of leaving loses nothing.
    const mayLose =
      way.kind === 'kill' && way.afterMs < 100 ? Math.ceil((100 - way.afterMs) / 25) + 1 : 0;
    it(`${describeLeavingWay(way)}: at most ${mayLose} characters lost`, async () => {
      const { typed, survived } = await runDurabilityTrial(way);
      console.log(`${describeLeavingWay(way)}: ${survived} of ${typed} characters survived`);
      assert.ok(survived >= typed - mayLose, `only ${survived} of ${typed} characters survived`);
    });
  }
});
