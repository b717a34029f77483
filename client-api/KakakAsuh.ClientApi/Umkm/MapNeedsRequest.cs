using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace KakakAsuh.ClientApi.Umkm;

/// <summary>The tracks a UMKM needs help with (pemetaan).</summary>
public sealed record MapNeedsRequest(
    [property: MinLength(1), Description("The keys of the mentoring tracks it needs, each once (nib, halal, trademark, qris, packaging, bazaar).")]
    IReadOnlyList<string>? Tracks);
