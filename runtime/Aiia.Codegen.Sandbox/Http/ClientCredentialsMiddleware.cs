using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Aiia.Codegen.Sandbox;

/// <summary>Checks <c>X-Client-Id</c> and <c>X-Client-Secret</c> on every <c>/v1/</c> request: 401 Unauthorized
/// otherwise, with a reason that never repeats what was submitted.</summary>
internal sealed class ClientCredentialsMiddleware(SandboxSettings settings, SandboxStatistics statistics, ApiResponses responses)
{
    public const string ClientIdHeader = "X-Client-Id";
    public const string ClientSecretHeader = "X-Client-Secret";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SandboxEndpoint>() is not { IsApi: true } endpoint)
        {
            await next(context);
            return;
        }

        if (Check(context.Request.Headers) is { } reason)
        {
            statistics.CountUnauthorized();
            await responses.ErrorAsync(context, endpoint.Name, StatusCodes.Status401Unauthorized, ApiResponses.Unauthorized, reason);
            return;
        }

        await next(context);
    }

    /// <summary>Null when the credentials are right, else the reason.</summary>
    private string? Check(IHeaderDictionary headers)
    {
        StringValues clientId = headers[ClientIdHeader];
        StringValues clientSecret = headers[ClientSecretHeader];
        if (clientId.Count != 1 || string.IsNullOrEmpty(clientId[0]))
        {
            return "The X-Client-Id header is missing.";
        }

        if (clientSecret.Count != 1 || string.IsNullOrEmpty(clientSecret[0]))
        {
            return "The X-Client-Secret header is missing.";
        }

        // Both are compared whatever the first gives, and the reason does not say which one was wrong.
        bool idMatches = string.Equals(clientId[0], settings.ClientId, StringComparison.Ordinal);
        bool secretMatches = SandboxSecrets.SecretEquals(clientSecret[0]!, settings.ClientSecret);
        return idMatches & secretMatches ? null : "Unknown client id or wrong client secret.";
    }
}
