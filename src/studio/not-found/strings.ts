import type { Dictionary } from '../shared/i18n.ts';

export const NOT_FOUND_TEXT: Dictionary = {
  'notfound.title': { en: 'No such studio page', zh: '没有这个工作室页面' },
  'notfound.body': { en: 'There is no studio page at {path}.', zh: '工作室里没有 {path} 这个页面。' },
  'notfound.guess': { en: 'Did you mean {link}?', zh: '你要找的可能是 {link}。' },
  'notfound.pages': { en: "The studio's pages are in the menu above; your posts are listed under Posts ({link}).", zh: '工作室的页面都在上方菜单里；你的文章列在“文章”下（{link}）。' },
  'notfound.api': { en: 'There is no studio endpoint at {path}.', zh: '工作室没有 {path} 这个接口。' },
};
