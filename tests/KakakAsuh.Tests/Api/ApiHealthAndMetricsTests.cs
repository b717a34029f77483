using System.Net;
using System.Text.Json;
using KakakAsuh.Tests.Infrastructure;

namespace KakakAsuh.Tests.Api;

/// <summary>The API's readiness (the cluster's active silos through a gateway, the grain-state table) and its scrape endpoint.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiHealthAndMetricsTests(ApiFixture api)
{
    [Fact]
    public async Task Ready_SeesTheActiveSiloAndTheStateTable()
    {
        using var response = await api.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = report.RootElement.GetProperty("checks");
        Assert.Equal(1, checks.GetProperty("cluster").GetProperty("data").GetProperty("activeSilos").GetInt32());
        Assert.Equal("Healthy", checks.GetProperty("storage").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Metrics_AnswersWithoutATokenInPrometheusText()
    {
        var client = api.Client();
        await client.GetAsync("/health/live");

        var scrape = PrometheusScrape.Parse(await client.GetStringAsync("/metrics"));

        Assert.True(scrape.Sum("http_server_request_duration_seconds_count", ("http_route", "/health/live")) >= 1);
    }
}
