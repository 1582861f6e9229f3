/** The URL parameters of a share link (own module: the page-load script needs only these names). */
export const SHARE_PARAM = "share";
export const CODE_PARAM = "code";
