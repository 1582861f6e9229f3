/**
 * What each figure's component and island receive (as JSON in `data-strings`): the figure's own
 * section of a locale's strings plus the shared words it shows, each defined once in
 * src/i18n/en.ts. The shapes (and their key order, so the pages stay as they were) are the ones the
 * islands read. Only types are imported here: an island that imports a helper gets no strings data.
 */
import type { Strings } from "./en.ts";

/**
 * The words of every live figure's shell (src/live/LiveShell.astro): the controls group, the
 * presets group, Reset, the bad-link notice and the "changed" note of its state caption.
 */
function shellStrings(c: Strings["common"]) {
  return { controls: c.controls, presets: c.presets, reset: c.reset, notice: c.notice, changed: c.changed };
}

/** A live trajectory (src/figures/trajectory): its controls, readouts and captions. */
export function liveStrings(t: Strings) {
  const { common: c, methods: m, methodNames: n, trajectory: v } = t;
  return {
    gd: m.gd,
    momentum: m.momentum,
    nesterov: m.nesterov,
    methodGd: n.gd,
    methodMomentum: m.momentum,
    methodNesterov: n.nesterov,
    controls: c.controls,
    method: v.method,
    eta: c.eta,
    beta: c.beta,
    steps: c.steps,
    start: v.start,
    presets: c.presets,
    book: c.book,
    optimal: c.optimal,
    reset: c.reset,
    step: v.step,
    f: v.f,
    distance: v.distance,
    diverged: c.diverged,
    offChart: v.offChart,
    frameNote: t.example.offChart,
    notice: c.notice,
    shown: v.shown,
    stepsText: c.stepsText,
    oneStep: c.oneStep,
    changed: c.changed,
    handle: c.startHandle,
    summary: v.summary,
    compare: v.compare,
    ...t.punctuation,
  };
}
export type LiveStrings = ReturnType<typeof liveStrings>;

/** The convergence region (src/figures/region). */
export function regionStrings(t: Strings) {
  return { ...t.region, changed: t.common.changed, ...t.punctuation };
}
export type RegionStrings = ReturnType<typeof regionStrings>;
export type Regimes = RegionStrings["regimes"];

/** The scalar rates (src/figures/scalar). */
export function scalarStrings(t: Strings) {
  const c = t.common;
  const { name, y, lambda, ...rest } = t.scalar;
  return {
    name,
    x: c.stepAxis,
    y,
    lambda,
    eta: c.eta,
    beta: c.beta,
    steps: c.steps,
    ...rest,
    optimal: c.optimal,
    ...shellStrings(c),
  };
}
export type ScalarStrings = ReturnType<typeof scalarStrings>;

/** The eigen-coordinates (src/figures/eigen). */
export function eigenStrings(t: Strings) {
  const c = t.common;
  const { name, titleX, titleZ, z1, z2, start, end, caption } = t.eigen;
  return {
    name,
    titleX,
    titleZ,
    x1: c.x1,
    x2: c.x2,
    z1,
    z2,
    eta: c.eta,
    beta: c.beta,
    angle: c.angle,
    kappa: c.kappa,
    steps: c.steps,
    start,
    end,
    stepsText: c.stepsText,
    oneStep: c.oneStep,
    diverged: c.diverged,
    caption,
    optimal: c.optimal,
    ...shellStrings(c),
  };
}
export type EigenStrings = ReturnType<typeof eigenStrings>;

/** The playground (src/figures/playground); its runs are written with liveStrings. */
export function playgroundStrings(t: Strings) {
  const { common: c, playground: p } = t;
  return {
    name: p.name,
    lossName: p.lossName,
    x1: c.x1,
    x2: c.x2,
    step: c.stepAxis,
    loss: p.loss,
    objective: p.objective,
    quadratic: p.quadratic,
    rosenbrock: p.rosenbrock,
    kappa: c.kappa,
    angle: c.angle,
    b: p.b,
    steps: c.steps,
    gdEta: p.gdEta,
    momEta: c.momentumEta,
    momBeta: c.beta,
    nesEta: p.nesEta,
    nesBeta: p.nesBeta,
    methods: p.methods,
    start: c.startHandle,
    quadraticText: p.quadraticText,
    rosenbrockText: p.rosenbrockText,
    caption: p.caption,
    none: p.none,
    noneLine: p.noneLine,
    optimal: p.optimal,
    ...shellStrings(c),
    controls: p.controls,
    /** The runs' names in the points' tooltips. */
    runLabels: t.methods,
    punctuation: t.punctuation,
  };
}
export type PlaygroundStrings = ReturnType<typeof playgroundStrings>;

/** The landing page's opening figure (src/figures/opening): its words, the panels' method names and the slider's. */
export function openingStrings(t: Strings) {
  const { eta, x1, x2, book, stepsText, oneStep } = t.common;
  return {
    ...t.opening,
    eta,
    x1,
    x2,
    book,
    stepsText,
    oneStep,
    /** The panels' titles name the methods in full ("gradient descent, η = 0.6"). */
    methods: { ...t.methods, gd: t.methodNames.gd },
    punctuation: t.punctuation,
    ...shellStrings(t.common),
  };
}
export type OpeningStrings = ReturnType<typeof openingStrings>;

/** The basics and experiments figures (effective weights, noisy gradients, one step, own data). */
export function basicsStrings(t: Strings) {
  const { common: c, weights, noise, data } = t;
  const { name: weightsName, ...weightsRest } = weights;
  const { name: noiseName, sigma, reroll, sgd, ...noiseRest } = noise;
  const { rows, train, cancel, progress, table, sampleName, yourFile, error, badData, tooBig } = data;
  const { running, cancelled, diverged, shown, summary } = data;
  const { reading, latin1, fewColumns, fewRows, constant, binary } = data;
  return {
    ...shellStrings(c),
    book: c.book,
    weights: { name: weightsName, beta: c.beta, ...weightsRest },
    noise: {
      name: noiseName,
      sigma,
      eta: c.momentumEta,
      beta: c.beta,
      steps: c.steps,
      seed: c.seed,
      reroll,
      sgd,
      momentum: t.methods.momentum,
      comma: t.punctuation.comma,
      step: c.stepAxis,
      ...noiseRest,
    },
    step: t.step,
    data: {
      name: data.name,
      file: data.file,
      paste: data.paste,
      load: data.load,
      sample: data.sample,
      sampleMpg: data.sampleMpg,
      local: data.local,
      target: data.target,
      eta: c.eta,
      beta: c.beta,
      batch: c.batch,
      epochs: c.epochs,
      rows,
      seed: c.seed,
      train,
      cancel,
      progress,
      table,
      sampleName,
      sampleMpgName: data.sampleMpgName,
      yourFile,
      error,
      badData,
      tooBig,
      reading,
      latin1,
      fewColumns,
      fewRows,
      constant,
      binary,
      running,
      cancelled,
      done: c.finalLoss,
      diverged,
      epoch: c.epoch,
      loss: c.loss,
      optimum: c.optimum,
      shown,
      presetLabel: c.presetLabel,
      summary,
    },
  };
}
export type BasicsStrings = ReturnType<typeof basicsStrings>;

/**
 * One basics figure's strings as JSON for its element: the shared ones and its own section (the
 * other sections are left out to keep the page small; the island touches only its own).
 */
export function basicsJson(t: BasicsStrings, section: "weights" | "noise" | "step" | "data"): string {
  const { weights, noise, step, data, ...shared } = t;
  const sections = { weights, noise, step, data };
  return JSON.stringify({ ...shared, [section]: sections[section] });
}

/** The live loss curves (src/figures/loss). */
export function lossStrings(t: Strings) {
  const { common: c, loss: l } = t;
  return {
    name: l.name,
    caption: l.caption,
    ...shellStrings(c),
    presets: l.presets,
    eta: c.eta,
    beta: c.beta,
    batch: c.batch,
    epochs: c.epochs,
    seed: c.seed,
    compare: l.compare,
    presetLabel: c.presetLabel,
    run: l.run,
    epoch: c.epoch,
    loss: c.loss,
    optimum: c.optimum,
    divergedMark: l.divergedMark,
    final: c.finalLoss,
    growing: l.growing,
    diverged: l.diverged,
    step: l.step,
    book: l.book,
    bookItem: l.bookItem,
    bookDiverged: l.bookDiverged,
    separator: t.punctuation.list,
    shown: l.shown,
    summary: l.summary,
  };
}
export type LossStrings = ReturnType<typeof lossStrings>;

/** The figure of an example's result (src/figures/example/figure.ts), at build time and in the browser. */
export function exampleFigureStrings(t: Strings) {
  const c = t.common;
  return {
    ...t.example,
    methods: t.methods,
    punctuation: t.punctuation,
    diverged: c.diverged,
    stepsText: c.stepsText,
    oneStep: c.oneStep,
    epoch: c.epoch,
    loss: c.loss,
  };
}
export type ExampleFigureStrings = ReturnType<typeof exampleFigureStrings>;

/** An editable example (src/editor): its buttons and messages, and its figure's strings. */
export function editorStrings(t: Strings) {
  const { controls, edit, editLabel, run, runLabel, ...rest } = t.editor;
  return {
    controls,
    edit,
    editLabel,
    run,
    runLabel,
    reset: t.editor.restore,
    ...rest,
    figure: exampleFigureStrings(t),
  };
}
export type EditorStrings = ReturnType<typeof editorStrings>;
