using Aiia.Codegen.Sandbox.Contract;
using Microsoft.AspNetCore.Http;

namespace Aiia.Codegen.Sandbox;

/// <summary>The <c>/v1/authentication/</c> operations. Credentials and faults were handled by middleware before these
/// run; here are the operations' own rules, over bodies read and written with the generated converters.</summary>
internal sealed class AuthenticationEndpoints(
    SandboxStore store,
    SandboxSettings settings,
    HeldStatusRequestCounter heldStatusRequests,
    ApiResponses responses,
    Func<Uri?> baseAddress,
    CancellationToken stopping)
{
    private const string ValidationFailed = "One or more validation errors occurred.";

    public async Task InitializeAsync(HttpContext context)
    {
        const string Endpoint = SandboxEndpointNames.Initialize;
        if (await ReadAsync(context, Endpoint, InitializeRequestJsonConverter.Instance) is not { } request)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!RequestRules.IsValidUserHash(request.UserHash))
        {
            errors["UserHash"] = [RequestRules.UserHashRule];
        }

        if (!RequestRules.TryParseRedirectUrl(request.RedirectUrl, out Uri redirectUrl))
        {
            errors["RedirectUrl"] = ["The redirectUrl must be an absolute http or https URL."];
        }

        if (errors.Count > 0)
        {
            await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, ValidationFailed, errors);
            return;
        }

        LoginSession session = store.Initialize(request.UserHash, redirectUrl);
        var response = new InitializeResponse
        {
            AuthUrl = new Uri(BaseAddress(context), "sandbox/login/" + Uri.EscapeDataString(session.Id)).AbsoluteUri,
            SessionId = session.Id,
        };
        await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, response, InitializeResponseJsonConverter.Instance);
    }

    public async Task StatusAsync(HttpContext context)
    {
        const string Endpoint = SandboxEndpointNames.Status;
        if (!RequestRules.TryParsePollTimeout(context.Request.Query["pollTimeout"], out int pollSeconds))
        {
            var errors = new Dictionary<string, string[]> { ["PollTimeout"] = ["The pollTimeout must be a non-negative whole number of seconds."] };
            await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, ValidationFailed, errors);
            return;
        }

        string sessionId = context.Request.RouteValues["sessionId"] as string ?? string.Empty;
        if (store.FindSession(sessionId) is not { } session)
        {
            await responses.ErrorAsync(context, Endpoint, StatusCodes.Status404NotFound, ApiResponses.SessionNotFound, "Unknown session");
            return;
        }

        TimeSpan wait = TimeSpan.FromSeconds(pollSeconds) < settings.MaxPollTimeout ? TimeSpan.FromSeconds(pollSeconds) : settings.MaxPollTimeout;
        if (wait > TimeSpan.Zero && session.Read().State == SandboxSessionState.InProgress)
        {
            if (!await HoldAsync(context, session, wait))
            {
                return;
            }
        }

        (SandboxSessionState state, string? code) = session.Read();
        var status = new AuthenticationStatus
        {
            State = ToContract(state),
            Code = state == SandboxSessionState.Succeeded ? code : null,
        };
        await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, status, AuthenticationStatusJsonConverter.Instance);
    }

    public async Task TokensAsync(HttpContext context)
    {
        const string Endpoint = SandboxEndpointNames.Tokens;
        if (await ReadAsync(context, Endpoint, TokensRequestJsonConverter.Instance) is not { } request)
        {
            return;
        }

        switch (store.Exchange(request.Code, out TokenGrant? grant))
        {
            case ExchangeResult.Success:
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, ToContract(grant!), TokensResponseJsonConverter.Instance);
                break;
            case ExchangeResult.Expired:
                await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, "Code expired");
                break;
            default:
                await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, "Unknown code");
                break;
        }
    }

    public async Task UnattendedAsync(HttpContext context)
    {
        const string Endpoint = SandboxEndpointNames.Unattended;
        if (await ReadAsync(context, Endpoint, UnattendedRequestJsonConverter.Instance) is not { } request)
        {
            return;
        }

        if (!RequestRules.IsValidUserHash(request.UserHash))
        {
            var errors = new Dictionary<string, string[]> { ["UserHash"] = [RequestRules.UserHashRule] };
            await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, ValidationFailed, errors);
            return;
        }

        switch (store.LoginUnattended(request.UserHash, request.LoginToken, out TokenGrant? grant, out string? providerId))
        {
            case UnattendedResult.Success:
                await JsonBodies.WriteAsync(context, StatusCodes.Status200OK, ToContract(grant!), TokensResponseJsonConverter.Instance);
                break;
            case UnattendedResult.NotSupported:
                await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.UnattendedNotSupported, $"The provider {providerId} does not support unattended logins");
                break;
            case UnattendedResult.Expired:
                await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, "Login token expired");
                break;
            default:
                await responses.ErrorAsync(context, Endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, "Unknown login token");
                break;
        }
    }

    /// <summary>The long poll: holds the request until the login finishes or <paramref name="wait"/> passes on the
    /// TimeProvider's clock. Returns false when the client went away (nothing to answer).</summary>
    private async Task<bool> HoldAsync(HttpContext context, LoginSession session, TimeSpan wait)
    {
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        // WaitAsync creates its timer now, before the request counts as held, so a test that waits for the held
        // request and then advances a fake clock always moves a timer that exists.
        Task finished = session.Finished.WaitAsync(wait, settings.TimeProvider, cancellation.Token);
        heldStatusRequests.Enter();
        try
        {
            await finished.ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The poll timed out: answer with the state as it is (InProgress), as the API does.
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The sandbox is stopping: answer now rather than delay the shutdown.
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            heldStatusRequests.Exit();
        }

        return true;
    }

    /// <summary>Reads the body with a generated converter; on failure answers 400 InvalidInput and returns null.</summary>
    private async Task<T?> ReadAsync<T>(HttpContext context, string endpoint, System.Text.Json.Serialization.JsonConverter<T> converter)
        where T : class
    {
        byte[]? body = await JsonBodies.ReadRequestAsync(context.Request, context.RequestAborted);
        if (body is null)
        {
            await responses.ErrorAsync(context, endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, "The request body is too large.");
            return null;
        }

        if (!JsonBodies.TryRead(body, converter, out T? value, out string? problem))
        {
            await responses.ErrorAsync(context, endpoint, StatusCodes.Status400BadRequest, ApiResponses.InvalidInput, problem);
            return null;
        }

        return value;
    }

    /// <summary>The sandbox's base address, or (only for a request racing the start) the one the request used.</summary>
    private Uri BaseAddress(HttpContext context) =>
        baseAddress() ?? new Uri($"{context.Request.Scheme}://{context.Request.Host.ToUriComponent()}/");

    private static AuthenticationState ToContract(SandboxSessionState state) => state switch
    {
        SandboxSessionState.InProgress => AuthenticationState.InProgress,
        SandboxSessionState.Succeeded => AuthenticationState.Succeeded,
        SandboxSessionState.Failed => AuthenticationState.Failed,
        SandboxSessionState.Cancelled => AuthenticationState.Cancelled,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Not a session state."),
    };

    /// <summary>The tokens response of a grant (also the shape the other origin answers with).</summary>
    internal static TokensResponse ToContract(TokenGrant grant) => new()
    {
        Success = true,
        ProviderId = grant.ProviderId,
        Session = new SessionTokens { Expires = grant.AccessTokenExpires, AccessToken = grant.AccessToken },
        Login = new Login
        {
            ProviderId = grant.ProviderId,
            Expires = grant.LoginExpires,
            LoginToken = grant.LoginToken,
            SupportsUnattended = grant.SupportsUnattended,
            Label = grant.Label,
            SubjectId = grant.SubjectId,
        },
    };
}
