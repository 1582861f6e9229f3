/**
 * UI strings of the live loss-curve figure on the experiments page (src/figures/loss/LossFigure.astro),
 * per locale. Placeholders in braces are filled in by the build and the island with numbers computed
 * by the core (src/figures/loss/model.ts).
 */
import type { Locale } from "../site/chapter.ts";

const en = {
  name: "Training loss against epochs for the chosen η and β, with the book's three settings as faint curves",
  caption:
    "Training loss of minibatch SGD with momentum on the whitened airfoil self-noise data. The vertical axis is the book's, zoomed in on the end of training, and triangles on the top edge mark losses above the window; the dashed line is the least-squares optimum.",
  controls: "Figure controls",
  presets: "The book's settings",
  reset: "Reset",
  notice: "Some link settings were out of range or unreadable and were adjusted or ignored.",
  eta: "Learning rate η",
  beta: "Momentum β",
  batch: "Batch size",
  epochs: "Epochs",
  seed: "Seed",
  compare: "Show the book's three settings",
  presetLabel: "η = {eta}, β = {beta}",
  run: "this run",
  epoch: "epoch",
  loss: "loss",
  optimum: "least-squares optimum",
  divergedMark: "diverged",
  final: "Final loss {loss} (least-squares optimum {optimum}).",
  growing: "Final loss {loss}, above the starting loss {initial}: the loss is growing. Lower η or β.",
  diverged:
    "Diverged at epoch {epoch}: the loss rose above a million times its starting value. Lower η or β.",
  step: "Effective step η/(1 − β) = {step}; the weights of the gradients in the velocity add up to 1/(1 − β) = {size}.",
  book: "Faint: the book's settings with this batch size, seed and number of epochs: {list}.",
  bookItem: "η = {eta}, β = {beta} → {loss}",
  bookDiverged: "diverged at epoch {epoch}",
  separator: "; ",
  shown:
    "Shown: η = {eta}, β = {beta}, batch size {batch}, {epochs} epochs, seed {seed}; the loss over all {rows} examples is recorded every {every} examples.",
  summary: "η = {eta}, β = {beta}, batch size {batch}, {epochs} epochs, seed {seed}: {outcome}",
};

export type LossStrings = typeof en;

const zh: LossStrings = {
  name: "所选 η 与 β 下训练损失随迭代周期的变化，淡色曲线为书中的三组设置",
  caption:
    "在标准化后的翼型自噪声数据上，带动量的小批量随机梯度下降的训练损失。纵轴与书中相同，放大了训练末段，顶边上的三角形标出高于显示范围的损失；虚线为最小二乘最优值。",
  controls: "图形控制",
  presets: "书中的设置",
  reset: "重置",
  notice: "链接中的部分设置超出范围或无法识别，已自动调整或忽略。",
  eta: "学习率 η",
  beta: "动量 β",
  batch: "批量大小",
  epochs: "迭代周期数",
  seed: "随机种子",
  compare: "显示书中的三组设置",
  presetLabel: "η = {eta}，β = {beta}",
  run: "当前设置",
  epoch: "迭代周期",
  loss: "损失",
  optimum: "最小二乘最优值",
  divergedMark: "发散",
  final: "最终损失 {loss}（最小二乘最优值 {optimum}）。",
  growing: "最终损失 {loss}，高于初始损失 {initial}：损失在增大。请减小 η 或 β。",
  diverged: "在迭代周期 {epoch} 处发散：损失超过了初始值的一百万倍。请减小 η 或 β。",
  step: "有效步长 η/(1 − β) = {step}；速度中各个梯度的权重之和为 1/(1 − β) = {size}。",
  book: "淡色曲线：书中的设置，采用当前的批量大小、随机种子和迭代周期数：{list}。",
  bookItem: "η = {eta}，β = {beta} → {loss}",
  bookDiverged: "在迭代周期 {epoch} 处发散",
  separator: "；",
  shown:
    "当前显示：η = {eta}，β = {beta}，批量大小 {batch}，{epochs} 个迭代周期，随机种子 {seed}；每处理 {every} 个样本，在全部 {rows} 个样本上记录一次损失。",
  summary: "η = {eta}，β = {beta}，批量大小 {batch}，{epochs} 个迭代周期，随机种子 {seed}：{outcome}",
};

const strings: Record<Locale, LossStrings> = { en, zh };

export function lossUi(locale: Locale): LossStrings {
  return strings[locale];
}
