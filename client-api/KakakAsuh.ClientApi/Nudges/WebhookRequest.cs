namespace KakakAsuh.ClientApi.Nudges;

/// <summary>Registers a webhook for the nudges of an area (the city by default).</summary>
public sealed record WebhookRequest(string? Id, string? Url, string? Secret, string? AreaCode);
