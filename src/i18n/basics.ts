/**
 * UI strings of the basics and experiments figures (effective weights, noisy gradients, the
 * annotated momentum update, bring your own data), per locale. Placeholders in braces are filled in
 * by the build and the islands with numbers computed by the core.
 */
import type { Locale } from "../site/chapter.ts";
import { punctuation } from "./ui.ts";

/** The terms of the momentum update as plain text (the same in every language). */
const stepLabels = {
  v: "vₜ",
  betav: "β vₜ₋₁",
  g: "gₜ,ₜ₋₁",
  x: "xₜ",
  xprev: "xₜ₋₁",
  step: "−ηₜ vₜ",
};

const en = {
  controls: "Figure controls",
  presets: "Presets",
  book: "Book",
  reset: "Reset",
  notice: "Some link settings were out of range or unreadable and were adjusted.",
  changed: "(changed from the settings described above)",
  weights: {
    name: "Weights β^τ of the gradient from τ steps ago",
    beta: "Momentum β",
    n: "Last step shown N",
    tau: "τ (steps ago)",
    weight: "weight β^τ",
    partial: "Sum of the shown weights Σ β^τ (τ = 0…{n})",
    limit: "Sum of all weights 1/(1 − β)",
    share: "Share of the total inside the window",
    shown: "Shown: β = {beta}, τ = 0…{n}.",
    summary:
      "β = {beta}: the weight falls from 1 at τ = 0 to {last} at τ = {n}; the shown weights add up to {partial} of {limit}.",
  },
  noise: {
    name: "Noisy gradient runs of SGD and momentum over the contours of f, and their distance to the minimum",
    sigma: "Noise σ",
    eta: "Momentum η",
    beta: "Momentum β",
    steps: "Steps",
    seed: "Seed",
    reroll: "Re-roll noise",
    sgd: "SGD",
    momentum: "momentum",
    comma: punctuation.en.comma,
    step: "step t",
    distance: "distance ‖xₜ‖",
    spreadHead: "Spread of the iterates in the last half of the run, over {runs} runs (seeds {from}–{to}):",
    spread: "rms {rms} (x₁: {s1}, x₂: {s2}) · mean f(xₜ) {f}",
    diverged: "diverged in {k} of {runs} runs",
    shown:
      "Shown: SGD with η = {etaSgd} and momentum with η = {eta}, β = {beta} (the same effective step η/(1 − β) = {etaSgd}); noise σ = {sigma}, seed {seed}, {steps} steps from (−5, −2).",
    summary: "Spread over the last half of the runs: SGD {sgd}, momentum {momentum}.",
  },
  step: {
    name: "One step of momentum on f(x) = 0.1 x₁² + 2 x₂²",
    t: "Step t",
    legend: "Velocities are drawn at scale η (they point uphill); the step −ηₜ vₜ points downhill.",
    terms: {
      v: "the new velocity: the leaky average after this step's gradient has been added.",
      betav: "the previous velocity shrunk by the factor β: what survives of the past.",
      g: "the gradient evaluated at xₜ₋₁: this step's new information.",
      x: "the new point.",
      xprev: "the point before the step, where the gradient is evaluated.",
      step: "the step: the new velocity times the learning rate, taken downhill.",
    },
    labels: stepLabels,
    equation: "vₜ ← β vₜ₋₁ + gₜ,ₜ₋₁; xₜ ← xₜ₋₁ − ηₜ vₜ. Focus or hover a term to see it in the figure.",
    shown: "Shown: step t = {t} of momentum with η = {eta}, β = {beta} from (−5, −2).",
    readout: "xₜ₋₁ = {xprev} · g = {g} · β vₜ₋₁ = {betav} · vₜ = {v} · xₜ = {x}",
    summary: "Step {t}: from {xprev} the velocity becomes {v}, and the step moves to {x}.",
  },
  data: {
    name: "Training loss of your table",
    file: "Table file (CSV, TSV or whitespace)",
    paste: "…or paste the table here",
    load: "Read pasted text",
    sample: "Use the book's data (airfoil)",
    sampleMpg: "Use Auto MPG",
    local: "Your file stays on this computer: it is read and trained on in this page, never uploaded.",
    target: "Target column",
    eta: "Learning rate η",
    beta: "Momentum β",
    batch: "Batch size",
    epochs: "Epochs",
    rows: "Rows used n",
    seed: "Seed",
    train: "Train",
    cancel: "Cancel",
    progress: "Training progress",
    table: "{name}: {rows} rows × {columns} columns; target: {target}.",
    sampleName: "Airfoil self-noise (the book's data)",
    sampleMpgName: "Auto MPG (sample)",
    yourFile: "your table",
    error: "Could not read the table: line {line}, column {column}: {reason}",
    badData: "Cannot train on this table: {reason}",
    tooBig: "The file is larger than {mb} MB; please use a smaller table.",
    running: "Training… {percent}%",
    cancelled: "Cancelled.",
    done: "Final loss {loss} (least-squares optimum {optimum}).",
    diverged: "Training diverged (the loss became infinite): lower η or β.",
    epoch: "epoch",
    loss: "loss",
    optimum: "least-squares optimum",
    shown:
      "Shown: {name}, target {target}, first {n} of {rows} rows; η = {eta}, β = {beta}, batch {batch}, {epochs} epochs, seed {seed}.",
    presetLabel: "η = {eta}, β = {beta}",
    summary: "Loss recorded {points} times; final loss {loss}; least-squares optimum {optimum}.",
  },
};

export type BasicsStrings = typeof en;

const zh: BasicsStrings = {
  controls: "图形控制",
  presets: "预设",
  book: "原书",
  reset: "重置",
  notice: "链接中的部分设置超出范围或无法识别，已自动调整。",
  changed: "（已不同于上文描述的设置）",
  weights: {
    name: "τ 步之前的梯度所占的权重 β^τ",
    beta: "动量 β",
    n: "显示到第 N 步",
    tau: "τ（之前的步数）",
    weight: "权重 β^τ",
    partial: "所显示权重之和 Σ β^τ（τ = 0…{n}）",
    limit: "全部权重之和 1/(1 − β)",
    share: "窗口内权重占总和的比例",
    shown: "当前显示：β = {beta}，τ = 0…{n}。",
    summary:
      "β = {beta}：权重从 τ = 0 时的 1 降到 τ = {n} 时的 {last}；所显示的权重之和为 {partial}，总和为 {limit}。",
  },
  noise: {
    name: "带噪声梯度下 SGD 与动量法在 f 的等高线上的轨迹，以及它们到最小值的距离",
    sigma: "噪声 σ",
    eta: "动量法的 η",
    beta: "动量 β",
    steps: "步数",
    seed: "随机种子",
    reroll: "重新抽取噪声",
    sgd: "SGD",
    momentum: "动量法",
    comma: punctuation.zh.comma,
    step: "步数 t",
    distance: "到最小值的距离 ‖xₜ‖",
    spreadHead: "后半程迭代点的离散程度，基于 {runs} 次运行（种子 {from}–{to}）：",
    spread: "均方根 {rms}（x₁：{s1}，x₂：{s2}）· f(xₜ) 均值 {f}",
    diverged: "{runs} 次运行中有 {k} 次发散",
    shown:
      "当前显示：学习率 η = {etaSgd} 的 SGD，与 η = {eta}、β = {beta} 的动量法（有效步长同为 η/(1 − β) = {etaSgd}）；噪声 σ = {sigma}，种子 {seed}，从 (−5, −2) 出发 {steps} 步。",
    summary: "后半程的离散程度：SGD 为 {sgd}，动量法为 {momentum}。",
  },
  step: {
    name: "动量法在 f(x) = 0.1 x₁² + 2 x₂² 上的一步",
    t: "第 t 步",
    legend: "速度按 η 缩放绘制（指向上坡）；位移 −ηₜ vₜ 指向下坡。",
    terms: {
      v: "新的速度：加入本步梯度之后的泄漏平均值。",
      betav: "按因子 β 缩小后的上一步速度：过去留下来的部分。",
      g: "在 xₜ₋₁ 处计算的梯度：本步的新信息。",
      x: "新的位置。",
      xprev: "这一步之前的位置，梯度就在这里计算。",
      step: "这一步的位移：新速度乘以学习率，朝下坡方向。",
    },
    labels: stepLabels,
    equation: "vₜ ← β vₜ₋₁ + gₜ,ₜ₋₁；xₜ ← xₜ₋₁ − ηₜ vₜ。聚焦或悬停在某一项上，可在图中看到它。",
    shown: "当前显示：η = {eta}、β = {beta} 的动量法从 (−5, −2) 出发的第 t = {t} 步。",
    readout: "xₜ₋₁ = {xprev} · g = {g} · β vₜ₋₁ = {betav} · vₜ = {v} · xₜ = {x}",
    summary: "第 {t} 步：速度在 {xprev} 处变为 {v}，这一步移动到 {x}。",
  },
  data: {
    name: "你的数据表的训练损失",
    file: "数据文件（CSV、TSV 或空白分隔）",
    paste: "……或把表格粘贴到这里",
    load: "读取粘贴的文本",
    sample: "使用书中的数据（翼型自噪声）",
    sampleMpg: "使用 Auto MPG 数据",
    local: "你的文件只留在本机：它在本页面中读取和训练，从不上传。",
    target: "目标列",
    eta: "学习率 η",
    beta: "动量 β",
    batch: "批量大小",
    epochs: "迭代周期数",
    rows: "使用的行数 n",
    seed: "随机种子",
    train: "训练",
    cancel: "取消",
    progress: "训练进度",
    table: "{name}：{rows} 行 × {columns} 列；目标：{target}。",
    sampleName: "翼型自噪声（书中的数据）",
    sampleMpgName: "Auto MPG（示例）",
    yourFile: "你的表格",
    error: "无法读取表格：第 {line} 行，第 {column} 列：{reason}",
    badData: "无法在此表格上训练：{reason}",
    tooBig: "文件超过 {mb} MB，请换一个更小的表格。",
    running: "训练中…… {percent}%",
    cancelled: "已取消。",
    done: "最终损失 {loss}（最小二乘最优值 {optimum}）。",
    diverged: "训练发散（损失变为无穷大）：请减小 η 或 β。",
    epoch: "迭代周期",
    loss: "损失",
    optimum: "最小二乘最优值",
    shown:
      "当前显示：{name}，目标 {target}，使用 {rows} 行中的前 {n} 行；η = {eta}，β = {beta}，批量 {batch}，{epochs} 个迭代周期，种子 {seed}。",
    presetLabel: "η = {eta}，β = {beta}",
    summary: "共记录 {points} 次损失；最终损失 {loss}；最小二乘最优值 {optimum}。",
  },
};

const strings: Record<Locale, BasicsStrings> = { en, zh };

export function basicsUi(locale: Locale): BasicsStrings {
  return strings[locale];
}

type Section = "weights" | "noise" | "step" | "data";

/**
 * The strings one figure's island needs (the shared ones and its own section), as JSON for its
 * element: the other sections are left out to keep the page small. The island reads them back as
 * BasicsStrings and only touches its own section.
 */
export function stringsFor(t: BasicsStrings, section: Section): string {
  const { weights, noise, step, data, ...shared } = t;
  const sections = { weights, noise, step, data };
  return JSON.stringify({ ...shared, [section]: sections[section] });
}
