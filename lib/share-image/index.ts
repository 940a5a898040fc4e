export { renderShareImagePng, shareImageResponse } from "./render";
export { shareImageSize, type ShareCard } from "./event-card";
