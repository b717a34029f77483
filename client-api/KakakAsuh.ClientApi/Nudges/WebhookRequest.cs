using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KakakAsuh.ClientApi.Nudges;

/// <summary>Registers a webhook for the nudges of an area (the city by default).</summary>
public sealed record WebhookRequest(
    [property: Url, Description("An absolute https URL whose host is and resolves to public internet addresses only (no loopback, private, link-local or metadata address); redirects are not followed.")]
    string? Url,
    [property: MinLength(NudgeEndpoints.MinSecretLength), Description("The key requests are signed with: X-KakakAsuh-Signature is sha256= and the hex HMAC-SHA256 of '{X-KakakAsuh-Timestamp}.{body}'. Stored encrypted, never shown again.")]
    string? Secret,
    string? Id = null,
    [property: Description("The area whose nudges it receives: the city (default), a kecamatan or a kelurahan code.")]
    string? AreaCode = null);
