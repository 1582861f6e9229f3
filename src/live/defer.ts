/**
 * Form fields that wait for their island. A `<select>` or a number box anywhere in the page makes
 * the browser's autofill inspect it right after the page's DOMContentLoaded, and inspecting a field
 * inside a block that lazy rendering skips (src/starlight/lazy-render.ts) makes the browser style and lay
 * out that whole block then and there: on the basics page four examples one after another, about
 * 45 ms of main-thread work at load on this 2-core machine (a phone takes four times as long).
 * So the build keeps such fields in a `<template data-defer>` (inert: not part of the page)
 * followed by a stand-in `.ml-face` of the same size, which shows the field's value; the island
 * puts the fields in place when it wakes.
 */
export function instantiateDeferred(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>("template[data-defer]"))) {
    const face = template.nextElementSibling;
    if (face?.matches(".ml-face")) face.remove();
    template.replaceWith(template.content);
  }
}
