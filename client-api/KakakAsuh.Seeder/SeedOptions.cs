namespace KakakAsuh.Seeder;

/// <summary>Seeding of the programme as published (configuration section <c>Seed</c>).</summary>
public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Seed when the data set was never seeded; false: the seeder does nothing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many UMKM are registered at once.</summary>
    public int Concurrency { get; set; } = 48;

    /// <summary>The random seed: the same value gives the same businesses, owners and progress.</summary>
    public int RandomSeed { get; set; } = 20241024;

    /// <summary>Where <c>kakak-asuh-2024.json</c> is; by default the shipped reference data folder.</summary>
    public string? Folder { get; set; }
}
