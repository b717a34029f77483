using KakakAsuh.Storage;
using KakakAsuh.Storage.GrainState;
using KakakAsuh.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace KakakAsuh.Tests.Storage;

/// <summary>
/// A grain state too large for Azure table storage's string format is refused loudly instead of being stored cut off
/// (Orleans' provider would keep the first 491,520 characters of its JSON and drop the rest without a word).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class StateSizeTests(ClusterFixture fixture)
{
    private IGrainStorage Storage => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(StorageNames.Programme);

    private static List<string> Texts(int characters) => [.. Enumerable.Range(0, characters / 1_000).Select(i => $"{i:D6}{new string('x', 994)}")];

    [Fact]
    public async Task Write_OfAStateBeyondTheStringFormatsCapacity_Throws_AndTheStoredStateStaysWholeAndLoadable()
    {
        var grain = GrainId.Create("oversized", Keys.New("state"));
        var stored = new GrainState<List<string>>(Texts(400_000));
        await Storage.WriteStateAsync("texts", grain, stored);

        var tooLarge = new GrainState<List<string>>(Texts(600_000)) { ETag = stored.ETag, RecordExists = true };
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => Storage.WriteStateAsync("texts", grain, tooLarge));

        Assert.Contains(Flatten(refused), e => e is GrainStateTooLargeException && e.Message.Contains("491,520", StringComparison.Ordinal));
        var read = new GrainState<List<string>>();
        await Storage.ReadStateAsync("texts", grain, read);
        Assert.Equal(stored.State, read.State);
        var raw = await new GrainStateTable(await Azurite.ConnectionStringAsync(), fixture.Cluster.Options.ServiceId).ReadAsync<List<string>>("oversized", grain.Key.ToString()!, "texts");
        Assert.Equal(stored.State, raw);
    }

    [Fact]
    public async Task Write_JustInsideTheCapacity_IsStoredWhole()
    {
        var grain = GrainId.Create("oversized", Keys.New("state"));
        var state = new GrainState<List<string>>(Texts(480_000));
        await Storage.WriteStateAsync("texts", grain, state);

        var read = new GrainState<List<string>>();
        await Storage.ReadStateAsync("texts", grain, read);
        Assert.Equal(state.State, read.State);
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
