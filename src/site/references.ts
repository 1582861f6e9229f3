/**
 * The chapter's bibliography, defined once. Cited in MDX as `[@key]` (src/markdown/citations.ts),
 * listed by the Bibliography component on the references page of each locale.
 */

export interface Reference {
  key: string;
  /** Short form used in the text: "Polyak, 1964". */
  short: string;
  authors: string[];
  title: string;
  /** Journal, proceedings or publisher line. */
  venue: string;
  year: number;
  doi?: string;
  url?: string;
  /** Why the chapter cites it, per locale. */
  note: { en: string; zh: string };
}

export const references: Reference[] = [
  {
    key: "polyak1964",
    short: "Polyak, 1964",
    authors: ["Boris T. Polyak"],
    title: "Some methods of speeding up the convergence of iteration methods",
    venue: "USSR Computational Mathematics and Mathematical Physics 4(5), 1–17",
    year: 1964,
    doi: "10.1016/0041-5553(64)90137-5",
    note: {
      en: "Introduces the heavy-ball (momentum) method and its optimal parameters for quadratics.",
      zh: "提出重球法（动量法）及其在二次函数上的最优参数。",
    },
  },
  {
    key: "nesterov1983",
    short: "Nesterov, 1983",
    authors: ["Yurii Nesterov"],
    title: "A method for solving the convex programming problem with convergence rate O(1/k²)",
    venue: "Soviet Mathematics Doklady 27(2), 372–376",
    year: 1983,
    note: {
      en: "The accelerated gradient method with a look-ahead gradient.",
      zh: "带“前瞻”梯度的加速梯度方法。",
    },
  },
  {
    key: "nesterov2018",
    short: "Nesterov, 2018",
    authors: ["Yurii Nesterov"],
    title: "Lectures on Convex Optimization (2nd ed.)",
    venue: "Springer Optimization and Its Applications 137, Springer",
    year: 2018,
    doi: "10.1007/978-3-319-91578-4",
    note: {
      en: "A thorough treatment of first-order methods and their lower bounds in convex optimization.",
      zh: "系统讲解凸优化中的一阶方法及其复杂度下界。",
    },
  },
  {
    key: "sutskever2013",
    short: "Sutskever et al., 2013",
    authors: ["Ilya Sutskever", "James Martens", "George Dahl", "Geoffrey Hinton"],
    title: "On the importance of initialization and momentum in deep learning",
    venue:
      "Proceedings of the 30th International Conference on Machine Learning (ICML), PMLR 28(3), 1139–1147",
    year: 2013,
    url: "https://proceedings.mlr.press/v28/sutskever13.html",
    note: {
      en: "Shows how much momentum (classical and Nesterov) matters for training deep networks.",
      zh: "说明动量（经典动量与 Nesterov 动量）对训练深度网络的重要性。",
    },
  },
  {
    key: "goh2017",
    short: "Goh, 2017",
    authors: ["Gabriel Goh"],
    title: "Why momentum really works",
    venue: "Distill 2(4), e6",
    year: 2017,
    doi: "10.23915/distill.00006",
    url: "https://distill.pub/2017/momentum/",
    note: {
      en: "An interactive essay on the dynamics of momentum on quadratics.",
      zh: "一篇交互式文章，讲解动量法在二次函数上的动力学。",
    },
  },
  {
    key: "flammarion2015",
    short: "Flammarion & Bach, 2015",
    authors: ["Nicolas Flammarion", "Francis Bach"],
    title: "From averaging to acceleration, there is only a step-size",
    venue: "Proceedings of the 28th Conference on Learning Theory (COLT), PMLR 40, 658–695",
    year: 2015,
    url: "https://proceedings.mlr.press/v40/Flammarion15.html",
    note: {
      en: "Analyses the two-step recursion behind momentum and averaging in detail.",
      zh: "详细分析动量法与平均方法背后的二阶递推。",
    },
  },
  {
    key: "lessard2016",
    short: "Lessard, Recht & Packard, 2016",
    authors: ["Laurent Lessard", "Benjamin Recht", "Andrew Packard"],
    title: "Analysis and design of optimization algorithms via integral quadratic constraints",
    venue: "SIAM Journal on Optimization 26(1), 57–95",
    year: 2016,
    doi: "10.1137/15M1009597",
    note: {
      en: "Derives the step size and momentum that make Nesterov's method fastest on quadratics, with rate 1 − 2/√(3κ + 1).",
      zh: "推导出使 Nesterov 方法在二次函数上收敛最快的步长与动量，收敛速率为 1 − 2/√(3κ + 1)。",
    },
  },
  {
    key: "airfoil",
    short: "Brooks, Pope & Marcolini, UCI",
    authors: ["Thomas F. Brooks", "D. Stuart Pope", "Michael A. Marcolini"],
    title: "Airfoil Self-Noise",
    venue: "UCI Machine Learning Repository (data set 291), licensed CC BY 4.0",
    year: 2014,
    doi: "10.24432/C5VW2C",
    note: {
      en: "The data set of the practical experiments, shipped unchanged with this site under its CC BY 4.0 licence (NASA wind-tunnel measurements, first published as NASA Reference Publication 1218, 1989).",
      zh: "实际实验所用的数据集，按其 CC BY 4.0 许可证原样随本网站发布（NASA 风洞测量数据，最早发表于 NASA 参考出版物 RP-1218，1989 年）。",
    },
  },
  {
    key: "d2l2023",
    short: "Zhang et al., 2023",
    authors: ["Aston Zhang", "Zachary C. Lipton", "Mu Li", "Alexander J. Smola"],
    title: "Dive into Deep Learning",
    venue: "Cambridge University Press",
    year: 2023,
    url: "https://d2l.ai/",
    note: {
      en: "The book whose section 12.6 this chapter accompanies.",
      zh: "本章所配套的教材（中文版第 11.6 节）。",
    },
  },
];

export function referenceByKey(key: string): Reference | undefined {
  return references.find((r) => r.key === key);
}

/** Anchor id of a reference on the references page. */
export function referenceId(key: string): string {
  return `ref-${key}`;
}
