import { DestroyRef, inject, Signal, signal, WritableSignal } from '@angular/core';
import { PageEvent } from '@angular/material/paginator';
import { Sort } from '@angular/material/sort';
import { Problem, toProblem } from './problem';
import { toSorting } from './sorting';

/** The paging and sorting part of a list request, as the API's list endpoints take it. */
export interface PageQuery {
  readonly skipCount: number;
  readonly maxResultCount: number;
  /** The table's sort as the API's `sorting` parameter; undefined means the API's default order. */
  readonly sorting: string | undefined;
}

export interface PageResult<T> {
  readonly items: T[];
  readonly totalCount: number;
}

export interface PagedListOptions<T> {
  /** Asks the API for one page; it adds the page's own filters to the query. */
  readonly load: (query: PageQuery) => Promise<PageResult<T>>;
  /** The message shown when the API gives no better one. */
  readonly failure: string;
  /** The sort the table starts with; none leaves the order to the API. */
  readonly sort?: Sort;
  readonly pageSize?: number;
  /** Empties the rows and the total when a load fails, instead of keeping the last page's. */
  readonly emptyOnError?: boolean;
}

/**
 * One page of a list the API filters, sorts and pages, with its loading state and problem. Create it in a
 * component's injection context and call `reload()` to load the first page. Only the newest request's answer is
 * shown: an earlier one that arrives later, or any after the component is destroyed, is dropped.
 */
export class PagedList<T> {
  private readonly options: PagedListOptions<T>;
  private readonly _items = signal<T[]>([]);
  private readonly _totalCount = signal(0);
  /** True until the first load ends, as a page starts loading at once. */
  private readonly _loading = signal(true);
  private readonly _problem = signal<Problem | null>(null);
  private readonly _pageIndex = signal(0);
  private readonly _pageSize: WritableSignal<number>;
  private readonly _sort: WritableSignal<Sort>;
  private request = 0;
  private destroyed = false;

  readonly items = this._items.asReadonly();
  readonly totalCount = this._totalCount.asReadonly();
  readonly loading = this._loading.asReadonly();
  readonly problem = this._problem.asReadonly();
  readonly pageIndex = this._pageIndex.asReadonly();
  readonly pageSize: Signal<number>;
  readonly sort: Signal<Sort>;

  constructor(options: PagedListOptions<T>) {
    this.options = options;
    this._pageSize = signal(options.pageSize ?? 10);
    this._sort = signal<Sort>(options.sort ?? { active: '', direction: '' });
    this.pageSize = this._pageSize.asReadonly();
    this.sort = this._sort.asReadonly();
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  /** Sorts by the table's new sort, staying on the same page. */
  sortBy(sort: Sort): Promise<void> {
    this._sort.set(sort);
    return this.reload();
  }

  /** Goes to the paginator's page, with its page size. */
  page(event: PageEvent): Promise<void> {
    this._pageIndex.set(event.pageIndex);
    this._pageSize.set(event.pageSize);
    return this.reload();
  }

  /** Loads page one again after the page's filters changed. */
  refilter(): Promise<void> {
    this._pageIndex.set(0);
    return this.reload();
  }

  /** Loads the current page again; the promise ends when this request has been answered, whether or not it was shown. */
  async reload(): Promise<void> {
    const request = ++this.request;
    const isCurrent = () => request === this.request && !this.destroyed;
    this._loading.set(true);
    this._problem.set(null);
    try {
      const result = await this.options.load({
        skipCount: this._pageIndex() * this._pageSize(),
        maxResultCount: this._pageSize(),
        sorting: toSorting(this._sort()),
      });
      if (isCurrent()) {
        this._items.set(result.items);
        this._totalCount.set(result.totalCount);
      }
    } catch (e) {
      if (isCurrent()) {
        if (this.options.emptyOnError) {
          this._items.set([]);
          this._totalCount.set(0);
        }
        this._problem.set(toProblem(e, this.options.failure));
      }
    } finally {
      if (isCurrent()) {
        this._loading.set(false);
      }
    }
  }
}
