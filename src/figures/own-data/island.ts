/**
 * The live "bring your own data" figure (src/figures/own-data/OwnData.astro): reads a table from a
 * file or pasted text with the core's parser, trains in a module Web Worker (Cancel terminates it)
 * and redraws the loss curve (plain SVG) as points arrive. Nothing is uploaded.
 */
import {
  airfoil,
  airfoilColumns,
  airfoilRows,
  autoMpgColumns,
  autoMpgRows,
  type LossPoint,
  type Table,
} from "momentum-live/core";
import { fill, showSig } from "../../i18n/format.ts";
import type { BasicsStrings } from "../../i18n/views.ts";
import { liveFigure } from "../../live/figure.ts";
import { sizeFor } from "../../live/fit.ts";
import { clamp, numericSettings } from "../../live/settings.ts";
import { lossCurveSvg, lossShapes } from "../loss/figure.ts";
import {
  doneText,
  lossCurve,
  maxBytes,
  readTable,
  type TrainJob,
  type TrainMessage,
  tableLine,
  trainBook,
  trainCaption,
  trainPresets,
  trainRanges,
} from "./model.ts";

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

  const sample: Table = { columns: [...airfoilColumns], rows: airfoilRows.map((r) => [...r]) };
  const sampleMpg: Table = { columns: [...autoMpgColumns], rows: autoMpgRows.map((r) => [...r]) };
  let table = sample;
  let name = t.data.sampleName;
  let worker: Worker | null = null;

  // The training settings on the kit (src/live/figure.ts); the figure is drawn by training, not by them.
  const live = liveFigure(element, {
    key: "fig-own-data",
    settings: numericSettings(trainRanges, trainBook),
    numeric: trainRanges,
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
  function useTable(next: Table, label: string, n = next.rows.length): void {
    stop();
    table = next;
    name = label;
    if (targetSelect) {
      targetSelect.replaceChildren(
        ...next.columns.map((c, i) => new Option(c, String(i), false, i === next.columns.length - 1)),
      );
      targetSelect.value = String(next.columns.length - 1);
    }
    if (rowsInput) {
      rowsInput.max = String(next.rows.length);
      rowsInput.value = String(n);
    }
    if (tableText)
      tableText.textContent = tableLine(label, next, next.columns.length - 1, t as BasicsStrings);
    element.dataset.rows = String(next.rows.length);
    say(tableLine(label, next, next.columns.length - 1, t as BasicsStrings));
  }

  function readText(text: string, label: string): void {
    const read = readTable(text);
    if (read.ok) {
      useTable(read.table, label);
      return;
    }
    const message =
      read.line === null
        ? fill((t as BasicsStrings).data.badData, { reason: read.reason })
        : fill((t as BasicsStrings).data.error, {
            line: read.line,
            column: read.column,
            reason: read.reason,
          });
    say(message, "error");
    element.dataset.error = read.line === null ? "data" : `${read.line}:${read.column}`;
  }

  function target(): number {
    const v = Number(targetSelect?.value);
    return Number.isInteger(v) && v >= 0 && v < table.columns.length ? v : table.columns.length - 1;
  }

  function rows(): number {
    const v = Math.round(Number(rowsInput?.value));
    const n = Number.isFinite(v) ? clamp(v, 2, table.rows.length) : table.rows.length;
    if (rowsInput && rowsInput.value !== String(n)) rowsInput.value = String(n);
    return n;
  }

  function stop(): void {
    worker?.terminate();
    worker = null;
    if (trainButton) trainButton.disabled = false;
    if (cancelButton) cancelButton.disabled = true;
  }

  function draw(
    losses: LossPoint[],
    optimum: number | null,
    initialLoss: number,
    epochs: number,
    text: string,
  ) {
    (plot as HTMLElement).innerHTML = lossCurveSvg(
      // At the container's width on a narrow screen (the build drew both shapes; this, one).
      {
        ...lossCurve({ losses, optimum, initialLoss }, epochs, t as BasicsStrings),
        size: sizeFor(lossShapes, (plot as HTMLElement).getBoundingClientRect().width),
      },
      (t as BasicsStrings).data.name,
      text,
    );
  }

  function train(): void {
    stop();
    const values = live.get();
    const job: TrainJob = { rows: table.rows, target: target(), n: rows(), values };
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
    worker = new Worker(new URL("./own-data-worker.ts", import.meta.url), { type: "module" });
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
        const text = fill(tt.data.summary, {
          points: m.losses.length,
          loss: showSig(m.finalLoss, 4),
          optimum: optimum === null ? "–" : showSig(optimum, 4),
        });
        draw(m.losses, optimum, m.initialLoss, values.epochs, text);
        if (progress) progress.value = 1;
        say(doneText({ finalLoss: m.finalLoss, optimum, diverged: m.diverged }, tt));
        if (summary) summary.textContent = text;
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
    worker.postMessage(job);
  }

  fileInput?.addEventListener("change", () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    if (file.size > maxBytes) {
      say(fill((t as BasicsStrings).data.tooBig, { mb: maxBytes / 1024 / 1024 }), "error");
      element.dataset.error = "size";
      return;
    }
    file.text().then(
      (text) => readText(text, file.name),
      () => say(fill((t as BasicsStrings).data.badData, { reason: "the file could not be read" }), "error"),
    );
  });
  q('[data-action="paste"]')?.addEventListener("click", () =>
    readText(paste?.value ?? "", (t as BasicsStrings).data.yourFile),
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
