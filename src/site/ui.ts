/**
 * UI strings of our own components and figures, per locale (Starlight's own strings live in
 * src/content/i18n).
 */
import type { Locale } from "./chapter.ts";

const en = {
  output: "Output",
  exampleCallTitle: "Call of",
  gd: "GD",
  momentum: "momentum",
  nesterov: "Nesterov",
  diverged: (step: number) => `diverged at step ${step}`,
  offChart: (label: string, t: number, coord: string, value: string) =>
    `${label} leaves the frame at t = ${t}; at the end ${coord} = ${value}`,
  trajectorySummary: (label: string, steps: number, from: string, to: string) =>
    `${label}: ${steps} steps from ${from} to ${to}.`,
  lossSummary: (points: number, last: string) => `Loss recorded ${points} times; final loss ${last}.`,
  chartSummary: (label: string, points: number, last: string) => `${label}: ${points} points, last ${last}.`,
  time: "time t",
  epoch: "epoch",
  loss: "loss",
};

export type LabelStrings = typeof en;

const zh: LabelStrings = {
  output: "输出",
  exampleCallTitle: "调用",
  gd: "梯度下降",
  momentum: "动量法",
  nesterov: "Nesterov",
  diverged: (step) => `在第 ${step} 步发散`,
  offChart: (label, t, coord, value) => `${label} 在 t = ${t} 时离开画面；最终 ${coord} = ${value}`,
  trajectorySummary: (label, steps, from, to) => `${label}：从 ${from} 出发，${steps} 步后到达 ${to}。`,
  lossSummary: (points, last) => `共记录 ${points} 次损失；最终损失 ${last}。`,
  chartSummary: (label, points, last) => `${label}：${points} 个点，最后一点 ${last}。`,
  time: "时间 t",
  epoch: "迭代周期",
  loss: "损失",
};

const strings: Record<Locale, LabelStrings> = { en, zh };

export function ui(locale: Locale): LabelStrings {
  return strings[locale];
}

/** Our locale key from Astro's current locale ("en", "zh", "zh-CN" …). */
export function localeOf(current: string | undefined): Locale {
  return current?.startsWith("zh") ? "zh" : "en";
}

/** "momentum, η = 0.6, β = 0.5" — the legend label of an optimizer given as data. */
export function optimizerLabel(
  optimizer: { method: "gd" | "momentum" | "nesterov"; eta: number; beta: number },
  t: LabelStrings,
): string {
  const name = t[optimizer.method];
  return optimizer.method === "gd"
    ? `${name}, η = ${optimizer.eta}`
    : `${name}, η = ${optimizer.eta}, β = ${optimizer.beta}`;
}
