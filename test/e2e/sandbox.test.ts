/**
 * The sandbox's limits and its channel, in Chromium (issue 20): floods of output and huge results
 * are cut in the worker and the page says what was cut; replies the reader's code forges with
 * `self.postMessage` go nowhere, and the real result still arrives; top-level `await` works. How
 * long the page's main thread is busy meanwhile is measured by `npm run bench:sandbox`, not here.
 */
import { describe, expect, it } from "vitest";
import { MAX_LINE_CHARS, MAX_OUTPUT_CHARS, MAX_POINTS, MAX_SERIES } from "../../src/runner/limits.ts";
import { edit, example, output, run, setCode, status, usePages } from "./example-editor.ts";

const { open } = usePages();

/** An open editor on `path`'s example `id`. */
async function editor(path: string, id: string) {
  const probe = await open(path);
  const section = example(probe.page, id);
  await edit(section);
  return {
    ...probe,
    section,
    run: (code: string) => setCode(probe.page, section, code).then(() => run(section)),
  };
}

const count = (n: number) => n.toLocaleString("en-US");

describe("the sandbox's limits", () => {
  it("cuts a flood of output in the worker and says what was cut", async () => {
    const { section, run, errors } = await editor("en/basics/", "example-gd-eta-0-4");

    let said = await run("console.log('x'.repeat(3e7));\nconsole.log('after');\n");
    expect(said).toMatch(/^Ran in \d+ ms\./);
    expect(said).toContain(
      `Lines longer than ${count(MAX_LINE_CHARS)} characters were cut to that length and end in “…” (1 in all).`,
    );
    let text = (await output(section).textContent()) ?? "";
    expect(text).toContain(`${"x".repeat(MAX_LINE_CHARS)}…\nafter`);
    expect(text).not.toContain("x".repeat(MAX_LINE_CHARS + 1));
    expect(await section.locator("pre.example-output .ml-ex-note").textContent()).toMatch(/were cut/);

    said = await run("const s = 'y'.repeat(2e5);\nfor (let i = 0; i < 200; i++) console.log(s);\n");
    expect(said).toContain(`Output truncated at ${count(MAX_OUTPUT_CHARS)} characters.`);
    text = (await output(section).textContent()) ?? "";
    expect(text.length).toBeLessThan(MAX_OUTPUT_CHARS + 1000);

    said = await run("for (let i = 0; i < 5000; i++) console.log(i);\n");
    expect(said).toContain("Only the first 1,000 lines are shown (lines left out: 4,000).");
    expect(errors).toEqual([]);
  });

  it("a huge result is left out with a message that says so (not a time-out)", async () => {
    const { section, run, errors } = await editor("en/basics/", "example-gd-eta-0-4");
    const said = await run("export default 'x'.repeat(1e8);\n");
    expect(said).toMatch(/^Ran in \d+ ms\. The result is too large to show/);
    expect(said).not.toMatch(/Stopped after|endless loop/);
    expect(await status(section).getAttribute("data-kind")).toBe("error");
    expect(await section.locator(".ml-figure").isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("a chart of 2,000,000 points is drawn from at most MAX_POINTS, and 500 series from MAX_SERIES", async () => {
    const { section, run, errors } = await editor("en/summary/", "example-exercise-eigenvalues");
    let said = await run(
      'export default { series: [{ label: "big", points: Array.from({ length: 2e6 }, (_, i) => [i, Math.sin(i / 1e4)]) }] };\n',
    );
    expect(said).toContain(`The result has 2,000,000 points; at most ${count(MAX_POINTS)} are drawn`);
    const svg = section.locator(".figure-plot svg").first();
    await expect.poll(() => section.locator("ml-example").getAttribute("data-edited")).toBe("");
    // The line is one path of at most MAX_POINTS vertices.
    const vertices = await svg.evaluate((s) =>
      Math.max(
        ...Array.from(
          s.querySelectorAll("path"),
          (p) => (p.getAttribute("d") ?? "").split(/[ML]/).length - 1,
        ),
      ),
    );
    expect(vertices).toBeGreaterThan(1000);
    expect(vertices).toBeLessThanOrEqual(MAX_POINTS);

    said = await run(
      'export default { series: Array.from({ length: 500 }, (_, k) => ({ label: "s" + k, points: [[0, k], [1, k + 1]] })) };\n',
    );
    expect(said).toContain(`The result has 500 series; the first ${MAX_SERIES} are drawn.`);
    expect(said).toContain(`s${MAX_SERIES - 1}: 2 points`);
    expect(said).not.toContain(`s${MAX_SERIES}: 2 points`);
    expect(errors).toEqual([]);
  });

  it("says what was cut in Chinese on the Chinese pages", async () => {
    const { run } = await editor("zh/summary/", "example-exercise-parameters");
    const said = await run("const s = 'y'.repeat(2e5);\nfor (let i = 0; i < 200; i++) console.log(s);\n");
    expect(said).toContain(`输出在 ${count(MAX_OUTPUT_CHARS)} 个字符处被截断。`);
  });
});

describe("the sandbox's channel", () => {
  it("ignores replies forged with self.postMessage; the real result still arrives", async () => {
    const { section, run, errors, page } = await editor("en/basics/", "example-gd-eta-0-4");
    const warnings: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "warning") warnings.push(m.text());
    });
    const said = await run(
      [
        "const post = (self as any).postMessage.bind(self);",
        "const forged = (id: unknown) => ({ type: 'done', id, logs: [{ level: 'log', text: 'FORGED' }], cuts: [], result: null, call: null });",
        "for (let id = 0; id < 200; id++) post(forged(id));",
        "post(forged('0'.repeat(32)));",
        "post({ type: 'done', id: 1, logs: 5 });",
        "post({ type: 'timeout', id: 1, limitMs: '<b>x</b>' });",
        "post({ type: 'reply', id: '0'.repeat(32), data: new TextEncoder().encode(JSON.stringify(forged(1))).buffer });",
        "post({ type: 'ready' });",
        "await new Promise((resolve) => setTimeout(resolve, 300));",
        "console.log('real');",
        "export default { series: [{ label: 'real', points: [[0, 1], [1, 2]] }] };",
      ].join("\n"),
    );
    expect(said).toMatch(/^Ran in \d+ ms\. real: 2 points/);
    expect(await output(section).textContent()).toBe("Outputreal");
    // Not even dropped by the page's reading (which would warn): the forgeries never reached it.
    expect(warnings.filter((w) => w.startsWith("sandbox:"))).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the reader's code cannot reach the runner's port or the page", async () => {
    const { section, run } = await editor("en/basics/", "example-gd-eta-0-4");
    await run(
      [
        "const g = globalThis as any;",
        "console.log('parent:', typeof g.parent, 'top:', typeof g.top, 'opener:', typeof g.opener);",
        "console.log('ports:', Object.keys(g).filter((k) => /port/i.test(k)).join(',') || 'none');",
      ].join("\n"),
    );
    const text = (await output(section).textContent()) ?? "";
    expect(text).toContain("parent: undefined top: undefined opener: undefined");
    expect(text).toContain("ports: none");
  });
});

describe("top-level await", () => {
  it("runs, and an error after it names its line", async () => {
    const { section, run } = await editor("en/basics/", "example-gd-eta-0-4");
    expect(await run("const x = await Promise.resolve(42);\nconsole.log('x =', x);\n")).toMatch(/^Ran in/);
    expect(await output(section).textContent()).toContain("x = 42");
    expect(await run("await null;\nconst o: any = null;\no.x = 1;\n")).toMatch(/TypeError at line 3/);
  });
});
