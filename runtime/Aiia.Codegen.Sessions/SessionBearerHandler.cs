using System.Net;
using System.Net.Http.Headers;

namespace Aiia.Codegen.Sessions;

/// <summary>Says whose session the current request runs under (e.g. from the signed-in user of an ASP.NET request).</summary>
public interface ISessionUserAccessor
{
    /// <summary>The partner's key of the current user, or null when there is none.</summary>
    string? UserKey { get; }
}

/// <summary>
/// Sets <c>Authorization: Bearer</c> on each request from a <see cref="SessionKeeper"/>, for the user the callback names.
/// On a <c>401</c> it renews the session once and sends the request once more, but only when the request can be sent
/// again (no body, or a body buffered in memory); otherwise the 401 is returned as it came.
/// </summary>
public sealed class SessionBearerHandler : DelegatingHandler
{
    private readonly SessionKeeper _keeper;
    private readonly Func<HttpRequestMessage, string?> _userKey;

    /// <summary>Creates the handler.</summary>
    /// <param name="keeper">Gives and renews the tokens.</param>
    /// <param name="userKey">The user of a request; null: the request fails with <see cref="InvalidOperationException"/>.</param>
    public SessionBearerHandler(SessionKeeper keeper, Func<HttpRequestMessage, string?> userKey)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        ArgumentNullException.ThrowIfNull(userKey);
        _keeper = keeper;
        _userKey = userKey;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string userKey = _userKey(request)
            ?? throw new InvalidOperationException("No current user: the session bearer handler needs a user key for every request.");
        string token = await _keeper.GetAccessTokenAsync(userKey, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !CanResend(request))
        {
            return response;
        }

        response.Dispose();
        string renewed = await _keeper.RenewAsync(userKey, token, cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", renewed);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A request can go out twice when it has no body or its body is in memory (a stream may be spent).</summary>
    private static bool CanResend(HttpRequestMessage request) =>
        request.Content is null or ByteArrayContent or ReadOnlyMemoryContent;
}
