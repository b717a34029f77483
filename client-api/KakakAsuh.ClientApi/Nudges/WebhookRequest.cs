using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KakakAsuh.ClientApi.Nudges;

/// <summary>Registers a webhook for the nudges of an area (the city by default).</summary>
public sealed record WebhookRequest(
    [property: Url, Description("An absolute http or https URL.")]
    string? Url,
    [property: MinLength(NudgeEndpoints.MinSecretLength), Description("The key the bodies are signed with (HMAC-SHA256).")]
    string? Secret,
    string? Id = null,
    [property: Description("The area whose nudges it receives: the city (default), a kecamatan or a kelurahan code.")]
    string? AreaCode = null);
