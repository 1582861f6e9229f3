/**
 * UI strings of our own components and figures, per locale (Starlight's own strings live in
 * src/content/i18n).
 */

import type { Locale } from "../site/chapter.ts";
import type { Punctuation } from "./format.ts";

/** Each locale's punctuation between the parts of a generated sentence. */
export const punctuation: Record<Locale, Punctuation> = {
  en: { comma: ", ", list: "; ", colon: ": ", gap: " ", stop: "." },
  zh: { comma: "，", list: "；", colon: "：", gap: "", stop: "。" },
};

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
    `${label}: ${steps === 1 ? "1 step" : `${steps} steps`} from ${from} to ${to}.`,
  lossSummary: (points: number, last: string) =>
    `Loss recorded ${points === 1 ? "once" : `${points} times`}; final loss ${last}.`,
  chartSummary: (label: string, points: number, last: string) => `${label}: ${points} points, last ${last}.`,
  time: "time t",
  epoch: "epoch",
  loss: "loss",
  /** Controls and readouts of live figures (placeholders in braces are filled in by the island). */
  live: {
    gd: "GD",
    momentum: "momentum",
    nesterov: "Nesterov",
    methodGd: "gradient descent",
    methodMomentum: "momentum",
    methodNesterov: "Nesterov",
    controls: "Figure controls",
    method: "Method",
    eta: "Learning rate η",
    beta: "Momentum β",
    steps: "Steps",
    start: "start",
    presets: "Presets",
    book: "Book",
    optimal: "Optimal",
    reset: "Reset",
    step: "step {k}",
    f: "f(xₜ)",
    distance: "distance to optimum",
    diverged: "diverged at step {k}",
    offChart: "leaves the frame at step {k}",
    notice: "Some link settings were out of range and were adjusted.",
    shown: "Shown: {runs}; start {start}, {steps}.",
    stepsText: "{n} steps",
    oneStep: "1 step",
    changed: "(changed from the settings described above)",
    handle: "Start point {point}: drag it, or use the arrow keys",
    summary: "{label}: after {steps} at {point}, f = {f}.",
    compare: "Also gradient descent, same η",
    ...punctuation.en,
  } satisfies LiveStrings as LiveStrings,
  /** The convergence region over (ηλ, β) (src/components/RegionFigure.astro). */
  region: {
    name: "Convergence region of momentum: spectral radius ρ over ηλ and β",
    x: "ηλ",
    y: "β",
    regimes: {
      monotone: "monotone",
      rippling: "rippling",
      oscillating: "oscillating",
      divergent: "divergent",
    },
    momentumBound: "ηλ = 2 + 2β",
    gdBound: "GD: ηλ = 2",
    point: "λ = {lambda}",
    handle:
      "Curvature λ = {lambda} at ηλ = {x}, β = {beta}: drag it, or use the arrow keys (η left and right, β up and down)",
    readout: "λ = {lambda}: ηλ = {x}, ρ = {rho}, {regime}",
    rate: "overall rate (the larger ρ) = {rate}",
    caption:
      "Shown: η = {eta}, β = {beta}, so ηλ = {points}. Shading: the darker, the larger ρ (slower); red: ρ ≥ 1.",
    summary: "η = {eta}, β = {beta}. {readouts}. Overall rate {rate}.",
    controls: "Settings on the map",
    ...punctuation.en,
  },
  /** GD's |1 − ηλ|ᵗ next to momentum's |xₜ| (src/figures/scalar/ScalarFigure.astro). */
  scalar: {
    name: "Gradient descent's |1 − ηλ|ᵗ and momentum's |xₜ| on f(x) = λ/2·x², log scale",
    x: "step t",
    y: "|xₜ| / |x₀|",
    lambda: "Curvature λ",
    eta: "Learning rate η",
    beta: "Momentum β",
    steps: "Steps",
    gd: "GD |1 − ηλ|ᵗ",
    momentum: "momentum |xₜ|",
    rate: "ρᵗ",
    gdLine: "GD: 1 − ηλ = {factor}, |1 − ηλ| = {abs}, {verdict}",
    momentumLine: "momentum: ρ = {rho}, {regime}, {verdict}",
    converges: "converges",
    diverges: "diverges",
    caption: "Shown: λ = {lambda}, η = {eta}, β = {beta} (ηλ = {x}); {steps} steps from x₀ = 1.",
    summary:
      "λ = {lambda}, η = {eta}, β = {beta}. Gradient descent shrinks |x| by {abs} per step and {gdVerdict}; momentum has ρ = {rho} and {momentumVerdict}. After the last step GD is at {gdEnd}, momentum at {momentumEnd}.",
    book: "Book (x₂)",
    optimal: "Optimal",
    reset: "Reset",
    presets: "Presets",
    controls: "Figure controls",
    notice: "Some link settings were out of range and were adjusted.",
  },
  /** Original and eigen-coordinates of a rotated quadratic (src/figures/eigen/EigenFigure.astro). */
  eigen: {
    name: "Momentum on a rotated quadratic",
    titleX: "original coordinates x",
    titleZ: "eigen-coordinates z = Ox",
    x1: "x₁",
    x2: "x₂",
    z1: "z₁ (flat)",
    z2: "z₂ (steep)",
    eta: "Learning rate η",
    beta: "Momentum β",
    angle: "Angle θ (°)",
    kappa: "Condition number κ",
    steps: "Steps",
    start: "Start point {point} in the {panel}: drag it, or use the arrow keys",
    end: "after {steps}: f = {f}, z = {z}",
    stepsText: "{n} steps",
    oneStep: "1 step",
    diverged: "diverged at step {k}",
    caption:
      "Shown: η = {eta}, β = {beta}, θ = {angle}°, κ = {kappa} (curvatures {lambdas}); start x₀ = {start}, z₀ = {z0}; {steps}.",
    optimal: "Optimal",
    reset: "Reset",
    presets: "Presets",
    controls: "Figure controls",
    notice: "Some link settings were out of range and were adjusted.",
  },
  /** The playground page (src/figures/playground/Playground.astro). */
  playground: {
    name: "Optimizer trajectories over the level sets of the chosen objective",
    lossName: "Loss f(xₜ) − f* per step, log scale",
    x1: "x₁",
    x2: "x₂",
    step: "step t",
    loss: "f(xₜ) − f*",
    objective: "Objective",
    quadratic: "quadratic",
    rosenbrock: "stretched Rosenbrock",
    kappa: "Condition number κ",
    angle: "Angle θ (°)",
    b: "Stretch b",
    steps: "Steps",
    gdEta: "GD η",
    momEta: "Momentum η",
    momBeta: "Momentum β",
    nesEta: "Nesterov η",
    nesBeta: "Nesterov β",
    methods: "Optimizers",
    start: "Start point {point}: drag it, or use the arrow keys",
    quadraticText: "quadratic with κ = {kappa}, θ = {angle}°",
    rosenbrockText: "Rosenbrock (a = 1, b = {b})",
    caption: "Shown: {objective}; {runs}; start {start}, {steps}.",
    none: "no optimizer",
    noneLine: "No optimizer selected: tick one below",
    optimal: "Optimal (quadratic)",
    reset: "Reset",
    presets: "Presets",
    controls: "Playground controls",
    notice: "Some link settings were out of range or unreadable and were adjusted or ignored.",
  },
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
  live: {
    gd: "梯度下降",
    momentum: "动量法",
    nesterov: "Nesterov",
    methodGd: "梯度下降",
    methodMomentum: "动量法",
    methodNesterov: "Nesterov 加速梯度",
    controls: "图形控制",
    method: "方法",
    eta: "学习率 η",
    beta: "动量 β",
    steps: "步数",
    start: "起点",
    presets: "预设",
    book: "原书",
    optimal: "最优",
    reset: "重置",
    step: "第 {k} 步",
    f: "f(xₜ)",
    distance: "到最优点的距离",
    diverged: "在第 {k} 步发散",
    offChart: "在第 {k} 步离开画面",
    notice: "链接中的部分设置超出范围，已自动调整。",
    shown: "当前显示：{runs}；起点 {start}，{steps}。",
    stepsText: "{n} 步",
    oneStep: "1 步",
    changed: "（已不同于上文描述的设置）",
    handle: "起点 {point}：可拖动，或用方向键移动",
    summary: "{label}：{steps}后位于 {point}，f = {f}。",
    compare: "同时显示梯度下降（相同 η）",
    ...punctuation.zh,
  },
  region: {
    name: "动量法的收敛区域：谱半径 ρ 随 ηλ 和 β 的变化",
    x: "ηλ",
    y: "β",
    regimes: {
      monotone: "单调",
      rippling: "波动",
      oscillating: "振荡",
      divergent: "发散",
    },
    momentumBound: "ηλ = 2 + 2β",
    gdBound: "梯度下降：ηλ = 2",
    point: "λ = {lambda}",
    handle: "曲率 λ = {lambda}，位于 ηλ = {x}，β = {beta}：可拖动，或用方向键调整（左右改 η，上下改 β）",
    readout: "λ = {lambda}：ηλ = {x}，ρ = {rho}，{regime}",
    rate: "整体收敛速率（取较大的 ρ）= {rate}",
    caption:
      "当前显示：η = {eta}，β = {beta}，因此 ηλ = {points}。颜色越深，ρ 越大（收敛越慢）；红色：ρ ≥ 1。",
    summary: "η = {eta}，β = {beta}。{readouts}。总体速率 {rate}。",
    controls: "图上的设置",
    ...punctuation.zh,
  },
  scalar: {
    name: "标量函数 f(x) = λ/2·x² 上梯度下降的 |1 − ηλ|ᵗ 与动量法的 |xₜ|（对数坐标）",
    x: "步数 t",
    y: "|xₜ| / |x₀|",
    lambda: "曲率 λ",
    eta: "学习率 η",
    beta: "动量 β",
    steps: "步数",
    gd: "梯度下降 |1 − ηλ|ᵗ",
    momentum: "动量法 |xₜ|",
    rate: "ρᵗ",
    gdLine: "梯度下降：1 − ηλ = {factor}，|1 − ηλ| = {abs}，{verdict}",
    momentumLine: "动量法：ρ = {rho}，{regime}，{verdict}",
    converges: "收敛",
    diverges: "发散",
    caption: "当前显示：λ = {lambda}，η = {eta}，β = {beta}（ηλ = {x}）；从 x₀ = 1 出发，共 {steps} 步。",
    summary:
      "λ = {lambda}，η = {eta}，β = {beta}。梯度下降每步把 |x| 乘以 {abs}，{gdVerdict}；动量法的 ρ = {rho}，{momentumVerdict}。最后一步时梯度下降位于 {gdEnd}，动量法位于 {momentumEnd}。",
    book: "原书（x₂）",
    optimal: "最优",
    reset: "重置",
    presets: "预设",
    controls: "图形控制",
    notice: "链接中的部分设置超出范围，已自动调整。",
  },
  eigen: {
    name: "旋转二次函数上的动量法",
    titleX: "原坐标 x",
    titleZ: "特征坐标 z = Ox",
    x1: "x₁",
    x2: "x₂",
    z1: "z₁（平缓）",
    z2: "z₂（陡峭）",
    eta: "学习率 η",
    beta: "动量 β",
    angle: "角度 θ（°）",
    kappa: "条件数 κ",
    steps: "步数",
    start: "{panel}中的起点 {point}：可拖动，或用方向键移动",
    end: "{steps}后：f = {f}，z = {z}",
    stepsText: "{n} 步",
    oneStep: "1 步",
    diverged: "在第 {k} 步发散",
    caption:
      "当前显示：η = {eta}，β = {beta}，θ = {angle}°，κ = {kappa}（曲率 {lambdas}）；起点 x₀ = {start}，z₀ = {z0}；共 {steps}。",
    optimal: "最优",
    reset: "重置",
    presets: "预设",
    controls: "图形控制",
    notice: "链接中的部分设置超出范围，已自动调整。",
  },
  playground: {
    name: "所选目标函数等高线上的优化器轨迹",
    lossName: "每步的损失 f(xₜ) − f*（对数坐标）",
    x1: "x₁",
    x2: "x₂",
    step: "步数 t",
    loss: "f(xₜ) − f*",
    objective: "目标函数",
    quadratic: "二次函数",
    rosenbrock: "拉伸的 Rosenbrock 函数",
    kappa: "条件数 κ",
    angle: "角度 θ（°）",
    b: "拉伸系数 b",
    steps: "步数",
    gdEta: "梯度下降 η",
    momEta: "动量法 η",
    momBeta: "动量法 β",
    nesEta: "Nesterov η",
    nesBeta: "Nesterov β",
    methods: "优化器",
    start: "起点 {point}：可拖动，或用方向键移动",
    quadraticText: "二次函数，κ = {kappa}，θ = {angle}°",
    rosenbrockText: "Rosenbrock 函数（a = 1，b = {b}）",
    caption: "当前显示：{objective}；{runs}；起点 {start}，{steps}。",
    none: "未选择优化器",
    noneLine: "未选择优化器：请在下方勾选",
    optimal: "最优（二次函数）",
    reset: "重置",
    presets: "预设",
    controls: "演练场控制",
    notice: "链接中的部分设置超出范围或无法识别，已自动调整或忽略。",
  },
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
  const [name, comma] = [t[optimizer.method], t.live.comma];
  return optimizer.method === "gd"
    ? `${name}${comma}η = ${optimizer.eta}`
    : `${name}${comma}η = ${optimizer.eta}${comma}β = ${optimizer.beta}`;
}

/** Localised strings the island needs (the `live` strings above), with `{name}` placeholders. */
export interface LiveStrings extends Punctuation {
  gd: string;
  momentum: string;
  nesterov: string;
  methodGd: string;
  methodMomentum: string;
  methodNesterov: string;
  controls: string;
  method: string;
  eta: string;
  beta: string;
  steps: string;
  start: string;
  presets: string;
  book: string;
  optimal: string;
  reset: string;
  step: string;
  f: string;
  distance: string;
  diverged: string;
  offChart: string;
  notice: string;
  shown: string;
  stepsText: string;
  oneStep: string;
  changed: string;
  handle: string;
  summary: string;
  compare: string;
}
