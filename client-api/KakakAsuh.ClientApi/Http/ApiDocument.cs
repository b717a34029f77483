using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace KakakAsuh.ClientApi.Http;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>). Responses come from the handlers' typed results; request fields carry
/// their rules as data annotations made of the domain's validation constants (which fields are required, patterns,
/// lengths), and their examples from <see cref="ExampleAttribute"/>. The annotations only describe: the domain rules
/// refuse a bad request, naming each wrong field.
/// </summary>
public static class ApiDocument
{
    public static void Configure(OpenApiOptions options) => options.AddSchemaTransformer((schema, context, _) =>
    {
        if (context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(typeof(ExampleAttribute), inherit: false) is [ExampleAttribute example, ..])
        {
            schema.Examples = [JsonValue.Create(example.Value)];
        }
        // A request's required field may not be null either: the rules refuse a missing or blank one alike. (The C#
        // type stays nullable, as JSON can carry null there; the rule answers it.)
        if (context.ParameterDescription is not null && context.JsonPropertyInfo is null && schema.Required is { Count: > 0 } required && schema.Properties is { } properties)
        {
            foreach (var field in properties.Where(p => required.Contains(p.Key)).Select(p => p.Value).OfType<OpenApiSchema>())
            {
                field.Type &= ~JsonSchemaType.Null;
            }
        }
        return Task.CompletedTask;
    });
}
