namespace KakakAsuh.ClientApi.Mentors;

/// <summary>A new capacity.</summary>
public sealed record CapacityRequest(int? Capacity);
