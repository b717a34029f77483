using Azure;
using KakakAsuh.ClientApi.Http;

namespace KakakAsuh.Tests.Api;

/// <summary>Which failures the API answers with 503 + Retry-After (the fault tests see it end to end) and which stay 500.</summary>
public sealed class UnavailableExceptionHandlerTests
{
    [Fact]
    public void StorageDown_AsTheStorageProviderWrapsIt_IsStorageUnavailable()
    {
        var refused = new AggregateException(new HttpRequestException("Connection refused (127.0.0.1:10002)"));
        var wrapped = new OrleansException("Error from storage provider AzureTableGrainStorage.programme during WriteStateAsync", refused);
        Assert.Equal("Storage is unavailable.", UnavailableExceptionHandler.Classify(wrapped).Title);
        Assert.Equal("Storage is unavailable.", UnavailableExceptionHandler.Classify(new RequestFailedException(503, "Server busy")).Title);
    }

    [Fact]
    public void ASiloGoneOrSilent_IsTheClusterRecovering()
    {
        Assert.Equal("The silo cluster is busy recovering.", UnavailableExceptionHandler.Classify(new SiloUnavailableException()).Title);
        Assert.Equal("The silo cluster is busy recovering.", UnavailableExceptionHandler.Classify(new TimeoutException("Response did not arrive on time")).Title);
    }

    [Fact]
    public void OrdinaryErrors_AndStorageRefusals_StayServerErrors()
    {
        Assert.Null(UnavailableExceptionHandler.Classify(new InvalidOperationException("a bug")).Title);
        Assert.Null(UnavailableExceptionHandler.Classify(new RequestFailedException(412, "Precondition failed")).Title);
        Assert.Null(UnavailableExceptionHandler.Classify(new OrleansException("Error from storage provider", new InvalidOperationException("a bug"))).Title);
    }
}
