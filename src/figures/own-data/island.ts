/**
 * The live "bring your own data" figure (src/figures/own-data/OwnData.astro): reads a table from a
 * file or pasted text in a module Web Worker (decoding and the core's parser off the page's thread,
 * with progress; the numbers come back as one transferred buffer), trains in another (Cancel
 * terminates it) and redraws the loss curve with Plot (src/live/plot.ts) as points arrive. Nothing is uploaded.
 */
import { airfoil, type LossPoint } from "momentum-live/core";
import type { Size } from "../../draw/svg.ts";
import { fill } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import { liveFigure } from "../../live/figure.ts";
import { fitWidth, shapesOf } from "../../live/fit.ts";
import { type LivePlot, livePlot } from "../../live/plot.ts";
import { clamp, numericSettings } from "../../live/settings.ts";
import { lossLayers, lossShapes } from "../loss/figure.ts";
import {
  lossCurve,
  maxBytes,
  sampleTables,
  type TrainMessage,
  tableLine,
  trainBook,
  trainCaption,
  trainedView,
  trainJob,
  trainPresets,
  trainRanges,
} from "./model.ts";
import type { WorkerRequest } from "./own-data-worker.ts";
import { type FlatTable, problemMark, problemText, type ReadMessage } from "./read.ts";

/** The figure's worker (read.ts and model.ts run in it), with the request it is started for. */
function startWorker(request: WorkerRequest, transfer: Transferable[] = []): Worker {
  const worker = new Worker(new URL("./own-data-worker.ts", import.meta.url), { type: "module" });
  worker.postMessage(request, transfer);
  return worker;
}

export function wake(element: HTMLElement): void {
  if (element.dataset.live === "ready") return;
  const t = JSON.parse(element.dataset.strings ?? "null") as BasicsStrings | null;
  const plot = element.querySelector<HTMLElement>(".figure-plot");
  if (!t || !plot) return;
  const q = <T extends Element>(s: string) => element.querySelector<T>(s);
  const status = q<HTMLElement>("[data-status]");
  const progress = q<HTMLProgressElement>("[data-progress]");
  const tableText = q<HTMLElement>("[data-table]");
  const targetSelect = q<HTMLSelectElement>("[data-target]");
  const rowsInput = q<HTMLInputElement>("[data-rows]");
  const fileInput = q<HTMLInputElement>("[data-file]");
  const paste = q<HTMLTextAreaElement>("[data-paste]");
  const caption = q<HTMLElement>("[data-state-caption]");
  const summary = q<HTMLElement>("[data-summary]");
  const trainButton = q<HTMLButtonElement>('[data-action="train"]');
  const cancelButton = q<HTMLButtonElement>('[data-action="cancel"]');

  const { airfoil: sample, mpg: sampleMpg } = sampleTables();
  let table = sample;
  let name = t.data.sampleName;
  let worker: Worker | null = null;
  let reader: Worker | null = null;

  // The training settings on the kit (src/live/figure.ts); the figure is drawn by training, not by them.
  const live = liveFigure(element, {
    key: "fig-own-data",
    settings: numericSettings(trainRanges, trainBook),
    url: false,
    keepBuild: true,
    draw: () => ({}),
  });

  const say = (text: string, kind: "info" | "error" = "info") => {
    if (!status) return;
    status.textContent = text;
    status.dataset.kind = kind;
  };

  /** Shows `next`, `n` of its rows in use (the book's 1500 for its airfoil table, else all). */
  function useTable(next: FlatTable, label: string, n = next.n, notice = ""): void {
    stop();
    stopReading();
    delete element.dataset.error;
    table = next;
    name = label;
    if (targetSelect) {
      targetSelect.replaceChildren(
        ...next.columns.map((c, i) => new Option(c, String(i), false, i === next.columns.length - 1)),
      );
      targetSelect.value = String(next.columns.length - 1);
    }
    if (rowsInput) {
      rowsInput.max = String(next.n);
      rowsInput.value = String(n);
    }
    const line = tableLine(label, next, next.columns.length - 1, t as BasicsStrings);
    if (tableText) tableText.textContent = line;
    element.dataset.rows = String(next.n);
    say(notice ? `${line} ${notice}` : line);
  }

  function stopReading(): void {
    reader?.terminate();
    reader = null;
    delete element.dataset.reading;
    if (trainButton && !worker) trainButton.disabled = false;
  }

  /** Reads a file or pasted text in a worker; the table in use stays until the new one is read. */
  function read(source: Blob | string, label: string): void {
    const tt = t as BasicsStrings;
    stop();
    stopReading();
    element.dataset.reading = "running";
    if (trainButton) trainButton.disabled = true; // until the table it would train on is read
    say(fill(tt.data.reading, { percent: 0 }));
    if (progress) progress.value = 0;
    const current = startWorker({ type: "read", source });
    reader = current;
    current.onmessage = (event: MessageEvent<ReadMessage>) => {
      const m = event.data;
      if (m.type === "reading") {
        if (progress) progress.value = m.share;
        say(fill(tt.data.reading, { percent: Math.floor(100 * m.share) }));
        return;
      }
      stopReading();
      if (progress) progress.value = 1;
      if (m.outcome.ok) {
        useTable(
          m.outcome.table,
          label,
          m.outcome.table.n,
          m.outcome.encoding === "utf-8" ? "" : tt.data.latin1,
        );
        return;
      }
      say(problemText(m.outcome.problem, tt), "error");
      element.dataset.error = problemMark(m.outcome.problem);
    };
    current.onerror = () => {
      stopReading();
      say(fill(tt.data.badData, { reason: "the file could not be read" }), "error");
      element.dataset.error = "data";
    };
  }

  function target(): number {
    const v = Number(targetSelect?.value);
    return Number.isInteger(v) && v >= 0 && v < table.columns.length ? v : table.columns.length - 1;
  }

  function rows(): number {
    const v = Math.round(Number(rowsInput?.value));
    const n = Number.isFinite(v) ? clamp(v, 2, table.n) : table.n;
    if (rowsInput && rowsInput.value !== String(n)) rowsInput.value = String(n);
    return n;
  }

  function stop(): void {
    worker?.terminate();
    worker = null;
    if (trainButton) trainButton.disabled = false;
    if (cancelButton) cancelButton.disabled = true;
  }

  /** The figure drawn with Plot (src/live/plot.ts), taken over from the build at the first draw. */
  let drawing: { plot: LivePlot; size: () => Size | undefined } | null = null;
  let last: (() => void) | null = null;
  function draw(
    losses: LossPoint[],
    optimum: number | null,
    initialLoss: number,
    epochs: number,
    text: string,
  ) {
    last = () => draw(losses, optimum, initialLoss, epochs, text);
    if (!drawing) {
      const box = plot as HTMLElement;
      // The build drew two shapes; from now on one (src/live/fit.ts).
      const size = fitWidth(box, shapesOf(box) ?? lossShapes, () => last?.());
      const taken = livePlot(box, (t as BasicsStrings).data.name, "", size.built);
      if (!taken) return;
      drawing = { plot: taken, size };
    }
    const layers = lossLayers({
      ...lossCurve({ losses, optimum, initialLoss }, epochs, t as BasicsStrings),
      size: drawing.size(),
    });
    // The axes follow the data (the loss's range, the epochs): both layers each time.
    drawing.plot.base(layers);
    drawing.plot.live(layers);
    plot?.querySelector("svg:not(.ml-overlay)")?.setAttribute("aria-description", text);
  }

  function train(): void {
    stop();
    const values = live.get();
    // A copy of the numbers moves to the worker (the figure keeps its table for the next run).
    const job = trainJob({ ...table, values: table.values.slice() }, target(), rows(), values);
    const tt = t as BasicsStrings;
    delete element.dataset.finalLoss;
    delete element.dataset.error;
    element.dataset.training = "running";
    if (caption) caption.textContent = trainCaption(name, table, job, tt);
    if (progress) progress.value = 0;
    say(fill(tt.data.running, { percent: 0 }));
    if (trainButton) trainButton.disabled = true;
    if (cancelButton) cancelButton.disabled = false;
    const losses: LossPoint[] = [];
    let optimum: number | null = null;
    let total = 1;
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw(losses, optimum, Number.NaN, values.epochs, "");
      });
    };
    worker = startWorker({ type: "train", job }, [job.data.buffer]);
    worker.onmessage = (event: MessageEvent<TrainMessage>) => {
      const m = event.data;
      if (m.type === "start") {
        optimum = m.optimum;
        total = m.total;
      } else if (m.type === "progress") {
        losses.push(m.point);
        const share = m.point.examples / total;
        if (progress) progress.value = share;
        say(fill(tt.data.running, { percent: Math.floor(100 * share) }));
        schedule();
      } else if (m.type === "done") {
        cancelAnimationFrame(frame);
        frame = 0;
        stop();
        const view = trainedView({ ...m, optimum }, values.epochs, tt);
        draw(m.losses, optimum, m.initialLoss, values.epochs, view.summary);
        if (progress) progress.value = 1;
        say(view.done);
        if (summary) summary.textContent = view.summary;
        element.dataset.training = "done";
        element.dataset.finalLoss = String(m.finalLoss);
        element.dataset.optimum = String(optimum);
      } else if (m.type === "error") {
        stop();
        say(fill(tt.data.badData, { reason: m.message }), "error");
        element.dataset.training = "error";
        element.dataset.error = "data";
      }
    };
    worker.onerror = () => {
      stop();
      say(fill(tt.data.badData, { reason: "the worker failed" }), "error");
      element.dataset.training = "error";
    };
  }

  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > maxBytes) {
      say(fill((t as BasicsStrings).data.tooBig, { mb: maxBytes / 1024 / 1024 }), "error");
      element.dataset.error = "size";
      return;
    }
    read(file, file.name);
  });
  q('[data-action="paste"]')?.addEventListener("click", () =>
    read(paste?.value ?? "", (t as BasicsStrings).data.yourFile),
  );
  q('[data-action="sample"]')?.addEventListener("click", () =>
    useTable(sample, (t as BasicsStrings).data.sampleName, airfoil.keep),
  );
  q('[data-action="sample-mpg"]')?.addEventListener("click", () =>
    useTable(sampleMpg, (t as BasicsStrings).data.sampleMpgName),
  );
  targetSelect?.addEventListener("change", () => {
    if (tableText) tableText.textContent = tableLine(name, table, target(), t as BasicsStrings);
  });
  rowsInput?.addEventListener("change", () => rows());
  for (const button of Array.from(element.querySelectorAll<HTMLButtonElement>("[data-preset]"))) {
    button.addEventListener("click", () => {
      const preset = trainPresets[Number(button.dataset.preset)];
      if (preset) live.set({ ...preset, seed: live.get().seed });
    });
  }
  trainButton?.addEventListener("click", train);
  cancelButton?.addEventListener("click", () => {
    if (!worker) return;
    stop();
    say((t as BasicsStrings).data.cancelled);
    element.dataset.training = "cancelled";
  });
}
