namespace KakakAsuh.ClientApi.Http;

/// <summary>An example value of a request field, shown in the OpenAPI document (see <see cref="ApiDocument"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ExampleAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}
