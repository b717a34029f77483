namespace KakakAsuh.Common;

/// <summary>A page of a registry's ids, newest first, and how many it holds in all.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.Common.RegistryPage")]
public sealed record RegistryPage([property: Id(0)] int Total, [property: Id(1)] IReadOnlyList<string> Ids);
