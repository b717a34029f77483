namespace KakakAsuh.DevIdentity;

/// <summary>Runs the development identity provider (a class of its own, so the tests can reference this project beside the API's <c>Program</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => DevIdentityHost.Build(args).Run();
}
