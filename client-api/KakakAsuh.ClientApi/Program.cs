using System.Text.Json.Serialization;
using KakakAsuh.ClientApi.Areas;
using KakakAsuh.ClientApi.Auth;
using KakakAsuh.ClientApi.Csv;
using KakakAsuh.ClientApi.Hosting;
using KakakAsuh.ClientApi.Http;
using KakakAsuh.ClientApi.Limits;
using KakakAsuh.ClientApi.Mentors;
using KakakAsuh.ClientApi.Nudges;
using KakakAsuh.ClientApi.Pages;
using KakakAsuh.ClientApi.Privacy;
using KakakAsuh.ClientApi.Rounds;
using KakakAsuh.ClientApi.Umkm;
using KakakAsuh.ClientApi.Worklist;
using KakakAsuh.ServiceDefaults;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.AddProgrammeCluster();
builder.AddPersonalDataProtection();
builder.AddProgrammeRateLimiting();
builder.AddProgrammeRequestLimits();
SigningKeyCheck.RequireSigningKeysOutsideDevelopment(builder);
builder.Services.TryAddSingletonTimeProvider();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<Access>();
builder.Services.AddProblemDetails(BadRequestExceptionHandler.DescribeUnsupportedMediaType);
builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
builder.Services.AddExceptionHandler<UnavailableExceptionHandler>();
builder.Services.Configure<RouteHandlerOptions>(BadRequestExceptionHandler.ThrowOnBadRequest);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.AddProgrammeAuthentication();
builder.Services.AddAuthorization(Policies.Configure);
builder.Services.AddOpenApi(ApiDocument.Configure);
builder.AddServiceDefaults();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseProgrammeRequestLimits();
app.UsePages();
app.UseAuthentication();
app.UseMiddleware<SessionOriginCheck>();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMiddleware<IdempotencyMiddleware>();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapServiceDefaults();
app.MapSignIn();

var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<PersonalDataFilter>();
api.MapCallerApi();
api.MapUmkmApi();
api.MapUmkmImportApi();
api.MapMentorApi();
api.MapRoundApi();
api.MapAreaApi();
api.MapWorklistApi();
api.MapNudgeApi();
api.MapPersonalDataApi();

app.Run();

/// <summary>The API's entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
