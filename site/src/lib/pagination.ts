/** Items per page on the paginated lists (blog index, episode list). */
export const POSTS_PER_PAGE = 12;
export const EPISODES_PER_PAGE = 12;
