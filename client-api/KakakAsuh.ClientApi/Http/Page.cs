namespace KakakAsuh.ClientApi.Http;

/// <summary>One page of a list: the items, and how many match in all.</summary>
public sealed record Page<T>(int Total, int PageNumber, int PageSize, IReadOnlyList<T> Items);
