namespace KakakAsuh.ClientApi.Http;

/// <summary>Page and page size from the query string.</summary>
public readonly record struct Paging(int PageNumber, int PageSize)
{
    public const int MaxPageSize = 200;

    /// <summary>How deep a list can be paged: the page's last item is at most this far in, so no read is unbounded.</summary>
    public const int MaxDepth = 10_000;

    public int Skip => (PageNumber - 1) * PageSize;

    public static bool TryCreate(int? page, int? pageSize, out Paging paging, out Refused? problem)
    {
        paging = new Paging(page ?? 1, pageSize ?? 50);
        problem = paging.PageNumber < 1 ? Problems.Invalid("page", "The page is 1 or more.")
            : paging.PageSize is < 1 or > MaxPageSize ? Problems.Invalid("pageSize", $"The page size is 1 to {MaxPageSize}.")
            : (long)paging.PageNumber * paging.PageSize > MaxDepth ? Problems.Invalid("page", $"A list is paged {MaxDepth:N0} items deep at most: with {paging.PageSize} a page, the page is 1 to {MaxDepth / paging.PageSize}; narrow the filter to reach further.")
            : null;
        return problem is null;
    }
}
