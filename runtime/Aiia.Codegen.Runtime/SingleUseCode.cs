using System.Globalization;

namespace Aiia.Codegen.Runtime;

/// <summary>
/// A code that may be exchanged once, within a lifetime counted from when it was obtained (the Aiia
/// authentication code lives one minute). <see cref="Redeem"/> hands the value out once, and never after expiry,
/// so an expired code fails fast instead of reaching the server and a code is never sent twice.
/// <see cref="ToString"/> never shows the value.
/// </summary>
public sealed class SingleUseCode
{
    private readonly string _value;
    private int _redeemed;

    private SingleUseCode(string value, DateTimeOffset obtainedAt, TimeSpan lifetime)
    {
        _value = value;
        ObtainedAt = obtainedAt;
        Lifetime = lifetime;
    }

    /// <summary>When the code was obtained (from a redirect or a status response), by the client's clock.</summary>
    public DateTimeOffset ObtainedAt { get; }

    /// <summary>How long the code lives after it was obtained.</summary>
    public TimeSpan Lifetime { get; }

    /// <summary>When the code stops working.</summary>
    public DateTimeOffset ExpiresAt => ObtainedAt + Lifetime;

    /// <summary>Whether <see cref="Redeem"/> has handed out the value.</summary>
    public bool IsRedeemed => Volatile.Read(ref _redeemed) == 1;

    /// <summary>Wraps a code obtained now.</summary>
    /// <param name="value">The code as received (already URL-decoded).</param>
    /// <param name="lifetime">How long it lives, e.g. one minute.</param>
    /// <param name="timeProvider">The clock that says when "now" is.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty, or the lifetime is not positive.</exception>
    public static SingleUseCode Obtained(string value, TimeSpan lifetime, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, "A code's lifetime must be positive.");
        }

        return new SingleUseCode(value, timeProvider.GetUtcNow(), lifetime);
    }

    /// <summary>Whether the code has expired by <paramref name="timeProvider"/>'s clock.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>True from <see cref="ExpiresAt"/> on.</returns>
    public bool IsExpired(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return timeProvider.GetUtcNow() >= ExpiresAt;
    }

    /// <summary>
    /// Hands out the value for its single use. Call it right before the one request that exchanges the code; that
    /// request must not be retried once it may have reached the server.
    /// </summary>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    /// <returns>The code's value.</returns>
    /// <exception cref="SingleUseCodeException">The code has expired or was already redeemed; nothing was sent.</exception>
    public string Redeem(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        DateTimeOffset now = timeProvider.GetUtcNow();
        if (now >= ExpiresAt)
        {
            throw new SingleUseCodeException(
                SingleUseCodeProblem.Expired,
                string.Create(CultureInfo.InvariantCulture, $"The code expired at {ExpiresAt:O}, {(now - ExpiresAt).TotalSeconds:0.###} s ago (it lives {Lifetime.TotalSeconds:0.###} s after it was obtained). Start a new login to get a new code."));
        }

        if (Interlocked.Exchange(ref _redeemed, 1) == 1)
        {
            throw new SingleUseCodeException(
                SingleUseCodeProblem.AlreadyRedeemed,
                "The code was already exchanged; a code works once. Use the tokens of the first exchange, or start a new login.");
        }

        return _value;
    }

    /// <summary>Describes the code without its value.</summary>
    /// <returns>The times, never the value.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"SingleUseCode {{ ObtainedAt = {ObtainedAt:O}, ExpiresAt = {ExpiresAt:O}, IsRedeemed = {IsRedeemed}, Value = [redacted] }}");
}

/// <summary>Why a <see cref="SingleUseCode"/> could not be redeemed.</summary>
public enum SingleUseCodeProblem
{
    /// <summary>Its lifetime has passed.</summary>
    Expired,

    /// <summary>It was redeemed before.</summary>
    AlreadyRedeemed,
}

/// <summary>A <see cref="SingleUseCode"/> could not be used; no request was sent.</summary>
public sealed class SingleUseCodeException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problem">Why the code could not be used.</param>
    /// <param name="message">What happened and what to do; never the code.</param>
    public SingleUseCodeException(SingleUseCodeProblem problem, string message)
        : base(message) => Problem = problem;

    /// <summary>Why the code could not be used.</summary>
    public SingleUseCodeProblem Problem { get; }
}
