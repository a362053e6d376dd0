namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>How an application builds the client: the two must behave alike.</summary>
public enum ClientPath
{
    /// <summary><c>new AiiaAuthenticationClient(options)</c>: an HttpClient of its own.</summary>
    Constructor,

    /// <summary><c>services.AddAiiaAuthenticationClient(...)</c>: a typed client of <c>IHttpClientFactory</c>.</summary>
    DependencyInjection,
}
