using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Rules;

public sealed class ReferenceDataTests
{
    [Fact]
    public void Wilayah_HasWestJakartasEightKecamatanAndFiftySixKelurahan()
    {
        var wilayah = Samples.Data.Wilayah;
        Assert.Equal("31.73", wilayah.City.Code);
        Assert.Equal(8, wilayah.Kecamatan.Count);
        Assert.Equal(56, wilayah.Kelurahan.Count);
        Assert.True(wilayah.IsWithin("31.73.04.1001", "31.73.04"));
        Assert.True(wilayah.IsWithin("31.73.04.1001", "31.73"));
        Assert.False(wilayah.IsWithin("31.73.04.1001", "31.73.01"));
    }

    [Fact]
    public void Tracks_ComeFromConfiguration_WithTheRealHalalSteps()
    {
        var halal = Samples.Data.Tracks.Find("halal");
        Assert.NotNull(halal);
        Assert.Equal(["sihalal-account", "verification-visit", "lp3h-check", "komite-fatwa", "certificate-issued"], halal.Steps.Select(s => s.Key));
        Assert.Equal([Holding.Nib], halal.Requires);
        Assert.True(halal.Steps.Single(s => s.Key == "lp3h-check").Returnable);
        Assert.Equal(10, halal.Steps.Single(s => s.Key == "verification-visit").WorkingDays);
    }
}
