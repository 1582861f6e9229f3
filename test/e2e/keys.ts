/** A key held down in Chromium, as a reader holds one: for the tests of what a figure draws meanwhile. */
import type { Page } from "playwright-core";

const keyCodes = { ArrowLeft: 37, ArrowRight: 39 } as const;

/**
 * Holds `key` down on the focused element for `presses` presses: one keydown, then the keyboard's
 * repeats (keydowns marked autoRepeat), then the keyup, all sent to Chromium at once, so the page
 * gets them as fast as it can take them, as from a held key. Pressed one by one, each after the
 * page had answered the last (Playwright's keyboard.press) and the test had read the figure, the
 * presses came further apart than a figure's input takes to settle (150 ms) whenever the machine
 * was busy, and the figure rightly drew no draft.
 */
export async function holdKey(page: Page, key: keyof typeof keyCodes, presses: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const code = keyCodes[key];
  const event = { key, code: key, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code };
  try {
    // Sent without waiting for each answer: DevTools hands them to the page in this order.
    await Promise.all([
      ...Array.from({ length: presses }, (_, k) =>
        cdp.send("Input.dispatchKeyEvent", { type: "keyDown", autoRepeat: k > 0, ...event }),
      ),
      cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...event }),
    ]);
  } finally {
    await cdp.detach();
  }
}
