import { HttpErrorResponse } from '@angular/common/http';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { PagedList, PagedListOptions, PageQuery, PageResult } from './paged-list';

type Load = (query: PageQuery) => Promise<PageResult<string>>;

function create(options: Partial<PagedListOptions<string>> & { load: Load }, injector = TestBed.inject(EnvironmentInjector)) {
  return injector.runInContext(() => new PagedList<string>({ failure: 'The things could not be loaded.', ...options }));
}

const page = (items: string[], totalCount = items.length): PageResult<string> => ({ items, totalCount });

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PagedList', () => {
  it('is loading until its first load ends, then holds the page and its total', async () => {
    const load = vi.fn<Load>().mockResolvedValue(page(['a', 'b'], 12));
    const list = create({ load, sort: { active: 'name', direction: 'asc' } });
    expect(list.loading()).toBe(true);

    await list.reload();

    expect(load).toHaveBeenCalledWith({ skipCount: 0, maxResultCount: 10, sorting: 'name asc' });
    expect(list.items()).toEqual(['a', 'b']);
    expect(list.totalCount()).toBe(12);
    expect(list.loading()).toBe(false);
    expect(list.problem()).toBeNull();
  });

  it('leaves the order to the API without a default sort, and takes its page size', async () => {
    const load = vi.fn<Load>().mockResolvedValue(page([]));
    const list = create({ load, pageSize: 25 });

    await list.reload();

    expect(load).toHaveBeenCalledWith({ skipCount: 0, maxResultCount: 25, sorting: undefined });
    expect(list.sort()).toEqual({ active: '', direction: '' });
    expect(list.pageSize()).toBe(25);
  });

  it('goes to the paginator page with its page size', async () => {
    const load = vi.fn<Load>().mockResolvedValue(page(['k'], 40));
    const list = create({ load });

    await list.page({ pageIndex: 2, pageSize: 10, length: 40 });
    expect(load).toHaveBeenLastCalledWith({ skipCount: 20, maxResultCount: 10, sorting: undefined });

    await list.page({ pageIndex: 1, pageSize: 25, length: 40, previousPageIndex: 2 });
    expect(load).toHaveBeenLastCalledWith({ skipCount: 25, maxResultCount: 25, sorting: undefined });
    expect(list.pageIndex()).toBe(1);
    expect(list.pageSize()).toBe(25);
  });

  it('sorts on the same page, and a sort without direction leaves the order to the API', async () => {
    const load = vi.fn<Load>().mockResolvedValue(page([]));
    const list = create({ load, sort: { active: 'name', direction: 'asc' } });
    await list.page({ pageIndex: 1, pageSize: 10, length: 30 });

    await list.sortBy({ active: 'creationTime', direction: 'desc' });
    expect(load).toHaveBeenLastCalledWith({ skipCount: 10, maxResultCount: 10, sorting: 'creationTime desc' });
    expect(list.sort()).toEqual({ active: 'creationTime', direction: 'desc' });

    await list.sortBy({ active: 'creationTime', direction: '' });
    expect(load).toHaveBeenLastCalledWith({ skipCount: 10, maxResultCount: 10, sorting: undefined });
  });

  it('goes back to page one, keeping the page size and sort, when the filters change', async () => {
    let filter = '';
    const load = vi.fn<Load>((query) => Promise.resolve(page([`${filter}:${query.skipCount}`])));
    const list = create({ load, sort: { active: 'name', direction: 'desc' } });
    await list.page({ pageIndex: 3, pageSize: 25, length: 100 });

    filter = 'sme';
    await list.refilter();

    expect(list.pageIndex()).toBe(0);
    expect(load).toHaveBeenLastCalledWith({ skipCount: 0, maxResultCount: 25, sorting: 'name desc' });
    expect(list.items()).toEqual(['sme:0']);
  });

  it('reloads the same page', async () => {
    const load = vi.fn<Load>().mockResolvedValueOnce(page(['old'])).mockResolvedValueOnce(page(['new']));
    const list = create({ load });
    await list.page({ pageIndex: 1, pageSize: 10, length: 20 });

    await list.reload();

    expect(load).toHaveBeenCalledTimes(2);
    expect(load.mock.calls[1][0].skipCount).toBe(10);
    expect(list.items()).toEqual(['new']);
  });

  it('shows the fallback problem when the load fails, and keeps the last page by default', async () => {
    const load = vi.fn<Load>().mockResolvedValueOnce(page(['a'], 1)).mockRejectedValueOnce(new Error('offline'));
    const list = create({ load });
    await list.reload();

    await list.reload();

    expect(list.problem()).toEqual({ message: 'The things could not be loaded.', fieldErrors: {} });
    expect(list.loading()).toBe(false);
    expect(list.items()).toEqual(['a']);
    expect(list.totalCount()).toBe(1);
  });

  it('empties the list on a failed load when asked to', async () => {
    const load = vi.fn<Load>().mockResolvedValueOnce(page(['a'], 1)).mockRejectedValueOnce(new Error('offline'));
    const list = create({ load, emptyOnError: true });
    await list.reload();

    await list.reload();

    expect(list.items()).toEqual([]);
    expect(list.totalCount()).toBe(0);
    expect(list.problem()?.message).toBe('The things could not be loaded.');
  });

  it("shows the API's own problem, and clears it when a later load starts", async () => {
    const forbidden = new HttpErrorResponse({ status: 403, error: { title: 'Forbidden', detail: 'You may not list things.' } });
    const next = deferred<PageResult<string>>();
    const load = vi.fn<Load>().mockRejectedValueOnce(forbidden).mockReturnValueOnce(next.promise);
    const list = create({ load });
    await list.reload();
    expect(list.problem()?.message).toBe('You may not list things.');

    const reloading = list.reload();
    expect(list.problem()).toBeNull();
    expect(list.loading()).toBe(true);

    next.resolve(page(['b']));
    await reloading;
    expect(list.items()).toEqual(['b']);
    expect(list.loading()).toBe(false);
  });

  it('never lets an earlier answer that arrives late overwrite a newer one', async () => {
    const first = deferred<PageResult<string>>();
    const second = deferred<PageResult<string>>();
    const load = vi.fn<Load>().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const list = create({ load });

    const firstLoad = list.reload();
    const secondLoad = list.page({ pageIndex: 1, pageSize: 10, length: 30 });
    second.resolve(page(['page 2'], 30));
    await secondLoad;
    first.resolve(page(['page 1'], 99));
    await firstLoad;

    expect(list.items()).toEqual(['page 2']);
    expect(list.totalCount()).toBe(30);
    expect(list.loading()).toBe(false);
  });

  it('stays loading until the newest request is answered', async () => {
    const first = deferred<PageResult<string>>();
    const second = deferred<PageResult<string>>();
    const load = vi.fn<Load>().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const list = create({ load });

    const firstLoad = list.reload();
    const secondLoad = list.refilter();
    first.resolve(page(['stale']));
    await firstLoad;

    expect(list.loading()).toBe(true);
    expect(list.items()).toEqual([]);

    second.resolve(page(['fresh']));
    await secondLoad;
    expect(list.items()).toEqual(['fresh']);
    expect(list.loading()).toBe(false);
  });

  it('ignores a late failure of an earlier request', async () => {
    const first = deferred<PageResult<string>>();
    const load = vi.fn<Load>().mockReturnValueOnce(first.promise).mockResolvedValueOnce(page(['fresh']));
    const list = create({ load, emptyOnError: true });

    const firstLoad = list.reload();
    await list.sortBy({ active: 'name', direction: 'asc' });
    first.reject(new Error('offline'));
    await firstLoad;

    expect(list.problem()).toBeNull();
    expect(list.items()).toEqual(['fresh']);
  });

  it('drops an answer that arrives after its component is gone', async () => {
    const injector = createEnvironmentInjector([], TestBed.inject(EnvironmentInjector));
    const answer = deferred<PageResult<string>>();
    const list = create({ load: () => answer.promise }, injector);

    const loading = list.reload();
    injector.destroy();
    answer.resolve(page(['late']));
    await loading;

    expect(list.items()).toEqual([]);
  });
});
