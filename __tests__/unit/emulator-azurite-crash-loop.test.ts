import { describe, expect, it } from '@jest/globals';
import { CRASH_LOOP_DEATHS, CRASH_LOOP_MS, isCrashLoop } from '../../src/emulator/azurite-watch.js';

describe("the emulator's crash-loop rule for Azurite", () => {
  const now = 1_000_000;
  it('restarts after kills now and then, two of them seconds apart included', () => {
    expect(isCrashLoop([now], now)).toBe(false);
    expect(isCrashLoop([now - 4_000, now], now)).toBe(false);
    // Older deaths fall out of the window.
    expect(isCrashLoop([now - CRASH_LOOP_MS - 1, now - CRASH_LOOP_MS, now - 4_000, now], now)).toBe(false);
  });

  it(`stops at ${CRASH_LOOP_DEATHS} deaths within ${CRASH_LOOP_MS / 1000} s`, () => {
    expect(isCrashLoop([now - 2_000, now - 1_000, now], now)).toBe(true);
    expect(isCrashLoop([now - CRASH_LOOP_MS + 1, now - 10_000, now], now)).toBe(true);
  });
});
