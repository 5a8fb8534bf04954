declare module 'podcast-categories' {
  /** Apple Podcasts categories: category name -> subcategory name -> true. */
  const categories: Record<string, Record<string, boolean>>;
  export default categories;
}
