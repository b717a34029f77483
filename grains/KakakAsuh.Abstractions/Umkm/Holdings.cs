namespace KakakAsuh.Umkm;

/// <summary>The licences and certificates a UMKM holds; completing a mentoring track adds to them.</summary>
[GenerateSerializer, Immutable, Alias("KakakAsuh.Holdings")]
public sealed record Holdings
{
    /// <summary>The 13-digit Nomor Induk Berusaha.</summary>
    [Id(0)] public string? Nib { get; init; }
    [Id(1)] public bool Qris { get; init; }
    /// <summary>The final halal certificate (SH) number, starting with "ID".</summary>
    [Id(2)] public string? HalalCertificateNumber { get; init; }
    /// <summary>The trademark application number at DJKI, once filed.</summary>
    [Id(3)] public string? TrademarkApplication { get; init; }
    /// <summary>The trademark registration number, once registered.</summary>
    [Id(4)] public string? TrademarkRegistration { get; init; }

    public bool Holds(Holding holding) => holding switch
    {
        Holding.Nib => Nib is not null,
        Holding.Qris => Qris,
        Holding.Halal => HalalCertificateNumber is not null,
        Holding.TrademarkFiled => TrademarkApplication is not null || TrademarkRegistration is not null,
        Holding.Trademark => TrademarkRegistration is not null,
        _ => false,
    };
}
