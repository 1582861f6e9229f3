/**
 * UI strings of our own components and figures, per locale (Starlight's own strings live in
 * src/content/i18n).
 */
import type { LiveStrings } from "../islands/state.ts";
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
    f: "f(x_t)",
    distance: "distance to optimum",
    diverged: "diverged at step {k}",
    offChart: "leaves the frame at step {k}",
    notice: "Some link settings were out of range and were adjusted.",
    shown: "Shown: {runs}; start {start}, {steps}.",
    stepsText: "{n} steps",
    changed: "(changed from the settings described above)",
    handle: "Start point {point}: drag it, or use the arrow keys",
    summary: "{label}: after {steps} steps at {point}, f = {f}.",
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
    rate: "rate max ρ = {rate}",
    caption:
      "Shown: η = {eta}, β = {beta}, so ηλ = {points}. Shading: the darker, the larger ρ (slower); red: ρ ≥ 1.",
    summary: "η = {eta}, β = {beta}. {readouts}. Overall rate {rate}.",
    controls: "Settings on the map",
  },
  /** GD's |1 − ηλ|^t next to momentum's |x_t| (src/components/theory/ScalarFigure.astro). */
  scalar: {
    name: "Gradient descent's |1 − ηλ|^t and momentum's |x_t| on f(x) = λ/2·x², log scale",
    x: "step t",
    y: "|x_t| / |x_0|",
    lambda: "Curvature λ",
    eta: "Learning rate η",
    beta: "Momentum β",
    gd: "GD |1 − ηλ|^t",
    momentum: "momentum |x_t|",
    rate: "ρ^t",
    gdLine: "GD: 1 − ηλ = {factor}, |1 − ηλ| = {abs}, {verdict}",
    momentumLine: "momentum: ρ = {rho}, {regime}, {verdict}",
    converges: "converges",
    diverges: "diverges",
    caption: "Shown: λ = {lambda}, η = {eta}, β = {beta} (ηλ = {x}); {steps} steps from x_0 = 1.",
    summary:
      "λ = {lambda}, η = {eta}, β = {beta}. Gradient descent shrinks |x| by {abs} per step and {gdVerdict}; momentum has ρ = {rho} and {momentumVerdict}. After the last step GD is at {gdEnd}, momentum at {momentumEnd}.",
    book: "Book (x₂)",
    optimal: "Optimal",
    reset: "Reset",
    presets: "Presets",
    controls: "Figure controls",
    notice: "Some link settings were out of range and were adjusted.",
  },
  /** Original and eigen-coordinates of a rotated quadratic (src/components/theory/EigenFigure.astro). */
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
    start: "Start point {point} in the {panel}: drag it, or use the arrow keys",
    end: "after {steps} steps: f = {f}, z = {z}",
    diverged: "diverged at step {k}",
    caption:
      "Shown: η = {eta}, β = {beta}, θ = {angle}°, κ = {kappa} (curvatures {lambdas}); start x₀ = {start}, z₀ = {z0}; {steps} steps.",
    optimal: "Optimal",
    reset: "Reset",
    presets: "Presets",
    controls: "Figure controls",
    notice: "Some link settings were out of range and were adjusted.",
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
    f: "f(x_t)",
    distance: "到最优点的距离",
    diverged: "在第 {k} 步发散",
    offChart: "在第 {k} 步离开画面",
    notice: "链接中的部分设置超出范围，已自动调整。",
    shown: "当前显示：{runs}；起点 {start}，{steps}。",
    stepsText: "{n} 步",
    changed: "（已不同于上文描述的设置）",
    handle: "起点 {point}：可拖动，或用方向键移动",
    summary: "{label}：{steps} 步后位于 {point}，f = {f}。",
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
    rate: "收敛速率 max ρ = {rate}",
    caption:
      "当前显示：η = {eta}，β = {beta}，因此 ηλ = {points}。颜色越深，ρ 越大（收敛越慢）；红色：ρ ≥ 1。",
    summary: "η = {eta}，β = {beta}。{readouts}。总体速率 {rate}。",
    controls: "图上的设置",
  },
  scalar: {
    name: "标量函数 f(x) = λ/2·x² 上梯度下降的 |1 − ηλ|^t 与动量法的 |x_t|（对数坐标）",
    x: "步数 t",
    y: "|x_t| / |x_0|",
    lambda: "曲率 λ",
    eta: "学习率 η",
    beta: "动量 β",
    gd: "梯度下降 |1 − ηλ|^t",
    momentum: "动量法 |x_t|",
    rate: "ρ^t",
    gdLine: "梯度下降：1 − ηλ = {factor}，|1 − ηλ| = {abs}，{verdict}",
    momentumLine: "动量法：ρ = {rho}，{regime}，{verdict}",
    converges: "收敛",
    diverges: "发散",
    caption: "当前显示：λ = {lambda}，η = {eta}，β = {beta}（ηλ = {x}）；从 x_0 = 1 出发，共 {steps} 步。",
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
    start: "{panel}中的起点 {point}：可拖动，或用方向键移动",
    end: "{steps} 步后：f = {f}，z = {z}",
    diverged: "在第 {k} 步发散",
    caption:
      "当前显示：η = {eta}，β = {beta}，θ = {angle}°，κ = {kappa}（曲率 {lambdas}）；起点 x₀ = {start}，z₀ = {z0}；共 {steps} 步。",
    optimal: "最优",
    reset: "重置",
    presets: "预设",
    controls: "图形控制",
    notice: "链接中的部分设置超出范围，已自动调整。",
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
  const name = t[optimizer.method];
  return optimizer.method === "gd"
    ? `${name}, η = ${optimizer.eta}`
    : `${name}, η = ${optimizer.eta}, β = ${optimizer.beta}`;
}
