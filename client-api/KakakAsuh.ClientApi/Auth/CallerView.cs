namespace KakakAsuh.ClientApi.Auth;

/// <summary>The caller as the pages show it: name, role, and the area the token covers (the city for staff without a claim).</summary>
public sealed record CallerView(string Name, string Role, string? Wilayah, string? AreaCode, string? AreaName, string? AreaLevel, string? MentorId, bool MayAct);
