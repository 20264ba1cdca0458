/** opencc-js's dictionaries (`opencc-js/dict/STCharacters`...): "key value…|key value…", OpenCC's .txt joined. */
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
