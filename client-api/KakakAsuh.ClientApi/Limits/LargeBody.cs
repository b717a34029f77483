namespace KakakAsuh.ClientApi.Limits;

/// <summary>Endpoint metadata: this endpoint takes bodies up to <see cref="RequestLimitOptions.MaxLargeBodyBytes"/>.</summary>
public sealed class LargeBody;
