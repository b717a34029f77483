namespace KakakAsuh.Common;

/// <summary>How a refusal maps onto what the caller did wrong.</summary>
public enum RefusalKind
{
    /// <summary>The input itself is malformed (HTTP 400).</summary>
    Invalid,
    /// <summary>The thing the command is about does not exist (HTTP 404).</summary>
    NotFound,
    /// <summary>The input is fine, but the workflow's rules forbid it now (HTTP 409).</summary>
    Conflict,
    /// <summary>The caller may not act on this record (HTTP 403).</summary>
    Forbidden,
}
