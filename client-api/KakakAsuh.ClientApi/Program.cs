using System.Text.Json.Serialization;
using KakakAsuh.ClientApi.Areas;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Csv;
using KakakAsuh.ClientApi.Health;
using KakakAsuh.ClientApi.Hosting;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Mentors;
using KakakAsuh.ClientApi.Nudges;
using KakakAsuh.ClientApi.Rounds;
using KakakAsuh.ClientApi.Seeding;
using KakakAsuh.ClientApi.Umkm;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddProgrammeCluster();
builder.AddProgrammeSeeding();
builder.Services.TryAddSingletonTimeProvider();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Access>();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks()
    .AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"])
    .AddCheck<StorageHealthCheck>("storage", tags: ["ready"]);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();

var api = app.MapGroup("/api").RequireAuthorization();
api.MapUmkmApi();
api.MapUmkmImportApi();
api.MapMentorApi();
api.MapRoundApi();
api.MapAreaApi();
api.MapNudgeApi();

app.Run();

/// <summary>The API's entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
