// The fields aiguard asks git log for (src/git/commit-stream.ts), without its per-run boundary nonce. A module of its
// own: bench/floor.mjs, timed as the floor, loads nothing it does not need.
export const FORMAT = '--format=%x1e%H%x00%an <%ae>%x00%cn <%ce>%x00%cI%x00%aI%x00%e%x00%B';
