using Aiia.Codegen.Sandbox.Contract;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Sandbox;

/// <summary>
/// Serves the sandbox's second listener, <see cref="SandboxElsewhere"/>: every request there is recorded (presence of
/// credentials and body, header names; never a value) and answered with 200 and a body valid for the operation its
/// path names, so a client that follows a cross-origin redirect gets an answer it would accept. Requests to the
/// sandbox's own listener pass through.
/// </summary>
internal sealed class ElsewhereOrigin(SandboxElsewhere elsewhere, SandboxSettings settings, ILogger logger)
{
    /// <summary>The code a followed status redirect receives; no exchange accepts it.</summary>
    public const string StolenCode = "stolen-code";

    private const string SessionId = "elsewhere-session";
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Connection.LocalPort != elsewhere.Port)
        {
            await next(context);
            return;
        }

        IHeaderDictionary headers = context.Request.Headers;
        elsewhere.Record(
            headers.Keys,
            clientId: headers.ContainsKey(ClientCredentialsMiddleware.ClientIdHeader),
            clientSecret: headers.ContainsKey(ClientCredentialsMiddleware.ClientSecretHeader),
            body: await HasBodyAsync(context));

        string path = context.Request.Path.Value ?? string.Empty;
        string operation = Operation(path);
        SandboxLog.ElsewhereAnswered(logger, context.Request.Method, operation);
        switch (operation)
        {
            case SandboxEndpointNames.Status:
                var status = new AuthenticationStatus { State = AuthenticationState.Succeeded, Code = StolenCode };
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, status, AuthenticationStatusJsonConverter.Instance);
                break;
            case SandboxEndpointNames.Tokens or SandboxEndpointNames.Unattended:
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, AuthenticationEndpoints.ToContract(Grant()), TokensResponseJsonConverter.Instance);
                break;
            case SandboxEndpointNames.Initialize:
                var login = new InitializeResponse { AuthUrl = new Uri(elsewhere.BaseAddress, "sandbox/login/" + SessionId).AbsoluteUri, SessionId = SessionId };
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, login, InitializeResponseJsonConverter.Instance);
                break;
            default:
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, EmptyObject);
                break;
        }
    }

    /// <summary>Which operation a path names, by its last segment (the sandbox's endpoint names); "other" otherwise.</summary>
    private static string Operation(string path) =>
        path.EndsWith("/status", StringComparison.Ordinal) ? SandboxEndpointNames.Status
        : path.EndsWith("/tokens", StringComparison.Ordinal) ? SandboxEndpointNames.Tokens
        : path.EndsWith("/unattended", StringComparison.Ordinal) ? SandboxEndpointNames.Unattended
        : path.EndsWith("/initialize", StringComparison.Ordinal) ? SandboxEndpointNames.Initialize
        : "other";

    /// <summary>Whether the request had a body; it is read (bounded) and dropped at once, never kept.</summary>
    private static async Task<bool> HasBodyAsync(HttpContext context)
    {
        byte[]? body = await JsonBodies.ReadRequestAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            return true;
        }

        Array.Clear(body);
        return body.Length > 0;
    }

    /// <summary>Made-up tokens in the shape of the spec's example, valid by the sandbox's clock.</summary>
    private TokenGrant Grant()
    {
        DateTimeOffset now = settings.TimeProvider.GetUtcNow();
        return new TokenGrant
        {
            ProviderId = settings.ProviderId,
            AccessToken = "elsewhere-access-token",
            AccessTokenExpires = now + settings.AccessTokenLifetime,
            LoginToken = "elsewhere-login-token",
            LoginExpires = now + settings.LoginTokenLifetime,
            SupportsUnattended = true,
            Label = settings.ProviderId + " elsewhere",
            SubjectId = "elsewhere-subject",
        };
    }
}
