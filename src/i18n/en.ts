/**
 * The English strings of our own components and figures (Starlight's own are in src/content/i18n):
 * the reference every other locale translates key for key (src/i18n/zh.ts, typed by this shape).
 * Each string is written once: the words several figures share are in `common`, `methods` and
 * `punctuation`, and src/i18n/views.ts hands each figure its section plus the shared words it shows.
 * Placeholders are written `{name}` and filled by `fill` (src/i18n/format.ts).
 */
import type { Punctuation } from "./format.ts";

export const en = {
  /** Between the parts of a generated sentence (format.ts `Punctuation`). */
  punctuation: { comma: ", ", list: "; ", colon: ": ", gap: " ", stop: "." } satisfies Punctuation,
  /** Methods as legends and readouts name them (short) and as menus and checkboxes do (full). */
  methods: { gd: "GD", momentum: "momentum", nesterov: "Nesterov" },
  methodNames: { gd: "gradient descent", nesterov: "Nesterov" },
  /** Words every live figure shares. */
  common: {
    controls: "Figure controls",
    presets: "Presets",
    book: "Book",
    optimal: "Optimal",
    reset: "Reset",
    /** A figure's link (URL) held settings that were clamped to their range or ignored. */
    notice: "Some link settings were out of range or unreadable and were adjusted or ignored.",
    /** Under a figure whose code could not be loaded because the browser is offline (src/live/loader.ts). */
    offline: "You are offline: this figure stays as drawn and comes alive when the connection is back.",
    /** Under a figure whose code failed to load while online. */
    loadFailed: "This figure stays as drawn: its code could not be loaded. Reloading the page tries again.",
    changed: "(changed from the settings described above)",
    eta: "Learning rate η",
    beta: "Momentum β",
    /** Momentum's η where other methods' η sit beside it (noisy gradients, the playground). */
    momentumEta: "Momentum η",
    steps: "Steps",
    seed: "Seed",
    kappa: "Condition number κ",
    angle: "Angle θ (°)",
    x1: "x₁",
    x2: "x₂",
    /** The horizontal axis of per-step plots. */
    stepAxis: "step t",
    stepsText: "{n} steps",
    oneStep: "1 step",
    diverged: "diverged at step {k}",
    startHandle: "Start point {point}: drag it, or use the arrow keys",
    batch: "Batch size",
    epochs: "Epochs",
    epoch: "epoch",
    loss: "loss",
    optimum: "least-squares optimum",
    presetLabel: "η = {eta}, β = {beta}",
    finalLoss: "Final loss {loss} (least-squares optimum {optimum}).",
  },
  /** The figure of an example's result (src/figures/example/figure.ts) and the example's frame. */
  example: {
    output: "Output",
    callTitle: "Call of",
    offChart: "{label} leaves the frame at t = {t}; at the end {coord} = {value}",
    trajectorySummary: "{label}: {steps} from {from} to {to}.",
    lossOnce: "Loss recorded once; final loss {last}.",
    lossTimes: "Loss recorded {n} times; final loss {last}.",
    chartSummary: "{label}: {points} points, last {last}.",
  },
  /** A live trajectory (src/figures/trajectory/LiveFigure.astro). */
  trajectory: {
    method: "Method",
    start: "start",
    step: "step {k}",
    f: "f(xₜ)",
    distance: "distance to optimum",
    offChart: "leaves the frame at step {k}",
    shown: "Shown: {runs}; start {start}, {steps}.",
    summary: "{label}: after {steps} at {point}, f = {f}.",
    compare: "Also gradient descent, same η",
  },
  /** The convergence region over (ηλ, β) (src/figures/region/RegionFigure.astro). */
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
      "Shown: η = {eta}, β = {beta}, so ηλ = {points}. Shading: the stronger the tint, the larger ρ (slower); red: ρ ≥ 1.",
    summary: "η = {eta}, β = {beta}. {readouts}. Overall rate {rate}.",
    controls: "Settings on the map",
  },
  /** GD's |1 − ηλ|ᵗ next to momentum's |xₜ| (src/figures/scalar/ScalarFigure.astro). */
  scalar: {
    name: "Gradient descent's |1 − ηλ|ᵗ and momentum's |xₜ| on f(x) = λ/2·x², log scale",
    y: "|xₜ| / |x₀|",
    lambda: "Curvature λ",
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
    /** The book's setting along x₂, the steep direction. */
    book: "Book (x₂)",
  },
  /** Original and eigen-coordinates of a rotated quadratic (src/figures/eigen/EigenFigure.astro). */
  eigen: {
    name: "Momentum on a rotated quadratic",
    titleX: "original coordinates x",
    titleZ: "eigen-coordinates z = Ox",
    z1: "z₁ (flat)",
    z2: "z₂ (steep)",
    start: "Start point {point} in the {panel}: drag it, or use the arrow keys",
    end: "after {steps}: f = {f}, z = {z}",
    caption:
      "Shown: η = {eta}, β = {beta}, θ = {angle}°, κ = {kappa} (curvatures {lambdas}); start x₀ = {start}, z₀ = {z0}; {steps}.",
  },
  /** The playground page (src/figures/playground/Playground.astro). */
  playground: {
    name: "Optimizer trajectories over the level sets of the chosen objective",
    lossName: "Loss f(xₜ) − f* per step, log scale",
    loss: "f(xₜ) − f*",
    objective: "Objective",
    quadratic: "quadratic",
    rosenbrock: "stretched Rosenbrock",
    b: "Stretch b",
    gdEta: "GD η",
    nesEta: "Nesterov η",
    nesBeta: "Nesterov β",
    methods: "Optimizers",
    quadraticText: "quadratic with κ = {kappa}, θ = {angle}°",
    rosenbrockText: "Rosenbrock (a = 1, b = {b})",
    caption: "Shown: {objective}; {runs}; start {start}, {steps}.",
    none: "no optimizer",
    noneLine: "No optimizer selected: tick one below",
    optimal: "Optimal (quadratic)",
    controls: "Playground controls",
  },
  /** The landing page's opening figure: gradient descent and momentum side by side (src/figures/opening). */
  opening: {
    name: "Gradient descent and momentum side by side on f(x) = 0.1·x₁² + 2·x₂², with the same learning rate",
    /** Under a panel: how its run ends ({x} is x with the last step's index, x₂₀). */
    converges: "converges: f({x}) = {f}",
    diverges: "diverges: f({x}) = {f}",
    /** The rate is exactly 1: the run keeps bouncing at the same height. */
    neither: "does not converge: f({x}) = {f}",
    /** The core stopped a run that left its divergence bound before the last step. */
    stopped: "diverges: the run stops at step {k}",
    caption:
      "Shown: the same learning rate η = {eta} in both panels, momentum β = {beta}; {steps} from {start}.",
    summary: "With η = {eta}, {gd} {gdEnd}; {momentum} (β = {beta}) {momentumEnd}.",
  },
  /** Weights β^τ of past gradients (src/figures/weights/EffectiveWeights.astro). */
  weights: {
    name: "Weights of the gradient from τ steps ago: β to the power τ",
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
  /** SGD and momentum with noisy gradients (src/figures/noise/NoisyGradients.astro). */
  noise: {
    name: "Noisy gradient runs of SGD and momentum over the contours of f, and their distance to the minimum",
    sigma: "Noise σ",
    reroll: "Re-roll noise",
    sgd: "SGD",
    distance: "distance ‖xₜ‖",
    spreadHead: "Spread of the iterates in the last half of the run, over {runs} runs (seeds {from}–{to}):",
    spread: "rms {rms} (x₁: {s1}, x₂: {s2}) · mean f(xₜ) {f}",
    diverged: "diverged in {k} of {runs} runs",
    /** In the distance panel, whose window stops at twice the start's distance (a diverging run would flatten the others). */
    offTop: "{label} goes off the top at step {k}",
    shown:
      "Shown: SGD with η = {etaSgd} and momentum with η = {eta}, β = {beta} (the same effective step η/(1 − β) = {etaSgd}); noise σ = {sigma}, seed {seed}, {steps} steps from (−5, −2).",
    summary: "Spread over the last half of the runs: SGD {sgd}, momentum {momentum}.",
  },
  /** One annotated momentum step (src/figures/step/MomentumStep.astro). */
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
    /** The terms of the update as plain text. */
    labels: { v: "vₜ", betav: "β vₜ₋₁", g: "gₜ,ₜ₋₁", x: "xₜ", xprev: "xₜ₋₁", step: "−ηₜ vₜ" },
    equation: "vₜ ← β vₜ₋₁ + gₜ,ₜ₋₁; xₜ ← xₜ₋₁ − ηₜ vₜ. Focus or hover a term to see it in the figure.",
    shown: "Shown: step t = {t} of momentum with η = {eta}, β = {beta} from (−5, −2).",
    readout: "xₜ₋₁ = {xprev} · g = {g} · β vₜ₋₁ = {betav} · vₜ = {v} · xₜ = {x}",
    summary: "Step {t}: from {xprev} the velocity becomes {v}, and the step moves to {x}.",
  },
  /** Training on the reader's own table (src/figures/own-data/OwnData.astro). */
  data: {
    name: "Training loss of your table",
    file: "Table file (CSV, TSV or whitespace)",
    paste: "…or paste the table here",
    load: "Read pasted text",
    sample: "Use the book's data (airfoil)",
    sampleMpg: "Use Auto MPG",
    local: "Your file stays on this computer: it is read and trained on in this page, never uploaded.",
    target: "Target column",
    rows: "Rows used n",
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
    reading: "Reading the table… {percent}%",
    /** After the table's line, when the file was not valid UTF-8. */
    latin1:
      "The file is not UTF-8, so it was read as Windows-1252 (Latin-1): check that the column names look right.",
    fewColumns: "Could not read the table: it needs at least two columns (features and a target).",
    fewRows: "Could not read the table: it needs at least two rows of data.",
    constant:
      "Cannot train on this table: column {column} ({name}) has the same value in every row, so it cannot be standardized. Remove it and read the table again.",
    binary: "This file is not text (a spreadsheet or an image?): save the table as CSV and read it again.",
    running: "Training… {percent}%",
    cancelled: "Cancelled.",
    diverged: "Training diverged (the loss became infinite): lower η or β.",
    shown:
      "Shown: {name}, target {target}, first {n} of {rows} rows; η = {eta}, β = {beta}, batch {batch}, {epochs} epochs, seed {seed}.",
    summary: "Loss recorded {points} times; final loss {loss}; least-squares optimum {optimum}.",
  },
  /** The live loss curves on the experiments page (src/figures/loss/LossFigure.astro). */
  loss: {
    name: "Training loss against epochs for the chosen η and β, with the book's three settings as faint curves",
    caption:
      "Training loss of minibatch SGD with momentum on the whitened airfoil self-noise data. The vertical axis is the book's, zoomed in on the end of training, and triangles on the top edge mark losses above the window; the dashed line is the least-squares optimum.",
    presets: "The book's settings",
    compare: "Show the book's three settings",
    run: "this run",
    divergedMark: "diverged",
    growing: "Final loss {loss}, above the starting loss {initial}: the loss is growing. Lower η or β.",
    diverged:
      "Diverged at epoch {epoch}: the loss rose above a million times its starting value. Lower η or β.",
    step: "Effective step η/(1 − β) = {step}; the weights of the gradients in the velocity add up to 1/(1 − β) = {size}.",
    book: "Faint: the book's settings with this batch size, seed and number of epochs: {list}.",
    bookItem: "η = {eta}, β = {beta} → {loss}",
    bookDiverged: "diverged at epoch {epoch}",
    shown:
      "Shown: η = {eta}, β = {beta}, batch size {batch}, {epochs} epochs, seed {seed}; the loss over all {rows} examples is recorded every {every} examples.",
    summary: "η = {eta}, β = {beta}, batch size {batch}, {epochs} epochs, seed {seed}: {outcome}",
  },
  /** The editable examples (src/editor/Example.astro and its island). */
  editor: {
    controls: "Example controls",
    edit: "Edit",
    editLabel: "Edit and run this example",
    run: "Run",
    runLabel: "Run the code (Ctrl+Enter)",
    /** The editor's button back to the book's code (not "Reset": a figure's Reset, nearby, restores its link's settings). */
    restore: "Book's code",
    resetLabel: "Back to the book's version of this code",
    share: "Share",
    shareLabel: "Copy a link to this code",
    modified: "modified",
    editorLabel: "Code of the example {name}",
    tabHint: "Ctrl+Enter runs the code. To leave the editor with the keyboard, press Esc and then Tab.",
    loading: "Loading the editor…",
    loadFailed: "The editor could not be loaded ({message}). The book's version above is unchanged.",
    /** Edit pressed while the browser is offline (the editor's code is not loaded yet). */
    offline:
      "You are offline: the editor loads when the connection is back. The book's version above is unchanged.",
    running: "Running…",
    done: "Ran in {ms} ms.",
    noFigure: "The result has nothing to draw, so the figure was left out.",
    /** Under a figure a run replaced (src/editor/run-figure.ts): whose it is, then whose the author's caption is. */
    figureEdited: "Figure from your edited code.",
    figureStale: "Figure from your last successful run: the latest run failed (its error is shown above).",
    captionIsBook: "The caption above describes the book's version.",
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
    restored:
      "Your edited code is back (as of its last finished run). Run it, or go back to the book's code.",
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
    /** What the sandbox cut from a run's output or result (src/runner/limits.ts). */
    cuts: {
      lines: "Only the first {limit} lines are shown (lines left out: {dropped}).",
      longLines:
        "Lines longer than {limit} characters were cut to that length and end in “…” ({count} in all).",
      output: "Output truncated at {limit} characters.",
      points: "The result has {total} points; at most {limit} are drawn (thinned, keeping peaks).",
      series: "The result has {total} series; the first {limit} are drawn.",
      result:
        "The result is too large to show (over {limit} characters as data), so it was left out; export fewer values to draw it.",
      reply: "The run's reply ({size} bytes) is over the {limit} bytes the page reads, so it was not read.",
    },
  },
};

/** Every locale's strings have this shape. */
export type Strings = typeof en;

/**
 * What another locale writes: every key of `T`, each a string, or `null` for "the English text, on
 * purpose" (a symbol or name that reads the same), for one string or a whole group.
 */
export type Translation<T> = {
  [K in keyof T]: (T[K] extends string ? string : Translation<T[K]>) | null;
};
