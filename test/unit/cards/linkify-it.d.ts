// linkify-it (a dependency of mailparser) ships no types; the tests use it as a stand-in for Teams' autolinker.
declare module 'linkify-it' {
  export default class LinkifyIt {
    match(text: string): { url: string }[] | null;
  }
}
