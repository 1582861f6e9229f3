/** The part of subset-font (HarfBuzz's hb-subset, as WebAssembly) that the build uses. */
declare module "subset-font" {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: "sfnt" | "woff" | "woff2" | "truetype"; noHinting?: boolean },
  ): Promise<Buffer>;
}
