// Bidirectional-text controls reorder what follows them: "txt.exe" typed after U+202E
// (right-to-left override) reads "exe.txt", and a link's text can be made to show
// another address than the one it opens. Residents' text never needs them (the
// Unicode bidi algorithm lays out Arabic or Hebrew by itself), so they are dropped
// wherever a comment is displayed: embeddings and overrides U+202A–U+202E, isolates
// U+2066–U+2069, the marks U+200E/U+200F and the Arabic letter mark U+061C.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}
