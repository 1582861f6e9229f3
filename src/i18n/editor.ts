/**
 * Strings of the editable examples (Example.astro and its islands), per locale. They travel to the
 * browser as JSON, so placeholders are written {name} and filled in by the island.
 */
import type { Locale } from "../site/chapter.ts";

const en = {
  controls: "Example controls",
  edit: "Edit",
  editLabel: "Edit and run this example",
  run: "Run",
  runLabel: "Run the code (Ctrl+Enter)",
  reset: "Reset",
  resetLabel: "Reset to the book's version",
  share: "Share",
  shareLabel: "Copy a link to this code",
  modified: "modified",
  editorLabel: "Code of the example {name}",
  tabHint: "Ctrl+Enter runs the code. To leave the editor with the keyboard, press Esc and then Tab.",
  loading: "Loading the editor…",
  loadFailed: "The editor could not be loaded ({message}). The book's version above is unchanged.",
  running: "Running…",
  done: "Ran in {ms} ms.",
  noFigure: "The result has nothing to draw, so the figure was left out.",
  timeout:
    "Stopped after {s} s: the code ran too long (an endless loop?). The page is unaffected; change the code and run it again.",
  syntaxError: "Syntax error at line {line}, column {column}: {message}",
  runtimeError: "{name} at line {line}: {message}",
  runtimeErrorNoLine: "{name}: {message}",
  diverged:
    "{label} diverged at step {step}: the iterates grew without bound. Try a smaller learning rate η or another β.",
  trainingDiverged:
    "Training {label} diverged: the loss became infinite or NaN (not a number). Try a smaller learning rate.",
  notFinite: "Some values of {label} are NaN or infinite (not numbers), so they cannot be drawn.",
  restored: "Your edited code is back (as of its last finished run). Run it, or Reset to the book's version.",
  shared: "This code comes from a shared link and has not run. Read it, then press Run.",
  badShare: "This share link could not be read: {reason}. Nothing was changed.",
  shareProblems: {
    encoding: "the code in it is not valid text",
    empty: "it carries no code",
    damaged: "the code in it is damaged",
    format: "the code in it is not in the expected format",
    size: "the code in it is too large",
    args: "its arguments are not plain numbers or text",
  },
  copied: "A link to this code was copied to the clipboard.",
  copyThis: "Copy this link:",
  shareLink: "Share link",
  resetDone: "Back to the book's version.",
  runnerFailed: "The code could not be run: {message}",
  call: "Called as {call}.",
} as const;

type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type EditorStrings = Widen<typeof en>;

const zh: EditorStrings = {
  controls: "示例操作",
  edit: "编辑",
  editLabel: "编辑并运行这个示例",
  run: "运行",
  runLabel: "运行代码（Ctrl+Enter）",
  reset: "还原",
  resetLabel: "还原为书中的版本",
  share: "分享",
  shareLabel: "复制指向这段代码的链接",
  modified: "已修改",
  editorLabel: "示例 {name} 的代码",
  tabHint: "按 Ctrl+Enter 运行代码。用键盘离开编辑器：先按 Esc，再按 Tab。",
  loading: "正在加载编辑器…",
  loadFailed: "编辑器未能加载（{message}）。上面书中的版本没有改变。",
  running: "正在运行…",
  done: "运行用时 {ms} 毫秒。",
  noFigure: "运行结果中没有可以绘制的数据，因此没有显示图。",
  timeout:
    "运行超过 {s} 秒，已被终止：代码运行时间过长（是否有死循环？）。页面不受影响；修改代码后可以再次运行。",
  syntaxError: "第 {line} 行第 {column} 列有语法错误：{message}",
  runtimeError: "第 {line} 行出错（{name}）：{message}",
  runtimeErrorNoLine: "运行出错（{name}）：{message}",
  diverged: "{label} 在第 {step} 步发散：迭代值无限增大。请尝试更小的学习率 η 或其他的 β。",
  trainingDiverged: "训练 {label} 发散：损失变成了无穷大或 NaN（非数值）。请尝试更小的学习率。",
  notFinite: "{label} 中有 NaN 或无穷大的值（不是数），无法绘制。",
  restored: "已恢复你编辑过的代码（以最近一次完整运行时的版本为准）。可以运行它，或还原为书中的版本。",
  shared: "这段代码来自分享链接，尚未运行。请先阅读，再按“运行”。",
  badShare: "无法读取这个分享链接：{reason}。没有做任何改动。",
  shareProblems: {
    encoding: "其中的代码不是有效的文本",
    empty: "其中没有代码",
    damaged: "其中的代码已损坏",
    format: "其中的代码格式不对",
    size: "其中的代码太大",
    args: "其中的参数不是普通的数字或文本",
  },
  copied: "指向这段代码的链接已复制到剪贴板。",
  copyThis: "请复制这个链接：",
  shareLink: "分享链接",
  resetDone: "已还原为书中的版本。",
  runnerFailed: "代码无法运行：{message}",
  call: "调用方式：{call}。",
};

const strings: Record<Locale, EditorStrings> = { en, zh };

export function editorStrings(locale: Locale): EditorStrings {
  return strings[locale];
}
