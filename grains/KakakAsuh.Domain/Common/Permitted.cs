namespace KakakAsuh.Domain.Common;

/// <summary>Who may issue a command to a record, as <see cref="AccessRules"/> checks it against the caller's scope.</summary>
public enum Permitted
{
    /// <summary>Sudin staff whose area holds the record.</summary>
    Staff,
    /// <summary>Staff of its area, or the record's own mentor (a UMKM's mentor on its steps, a mentor on its own record).</summary>
    StaffOrOwnMentor,
    /// <summary>
    /// A record being created: it holds no area yet, so the client API checks the caller's area against the request
    /// (before it validates the request, as it answers an area it may not act in with 403 first).
    /// </summary>
    Creator,
    /// <summary>Only grains pass this command on (a round nominating a UMKM, a UMKM asking a mentor to take it on): a caller's scope is refused.</summary>
    Grains,
}
