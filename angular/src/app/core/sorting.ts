import { Sort } from '@angular/material/sort';

/** The API's `sorting` parameter for a table's sort; no direction means the API's default order. */
export function toSorting(sort: Sort): string | undefined {
  return sort.direction ? `${sort.active} ${sort.direction}` : undefined;
}
