// podcast-categories ships no types: it exports { [category]: { [subcategory]: true } }.
declare module 'podcast-categories' {
  const categories: Record<string, Record<string, boolean>>;
  export default categories;
}
