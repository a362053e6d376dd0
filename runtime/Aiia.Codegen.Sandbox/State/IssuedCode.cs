namespace Aiia.Codegen.Sandbox;

/// <summary>An authentication code the sandbox issued: single use, valid for the code lifetime after
/// <see cref="IssuedAt"/>.</summary>
internal sealed class IssuedCode(LoginSession session, DateTimeOffset issuedAt)
{
    private int _used;

    public LoginSession Session { get; } = session;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    /// <summary>Marks the code used; only the first caller gets true, even under concurrent exchanges.</summary>
    public bool TryUse() => Interlocked.Exchange(ref _used, 1) == 0;

    public bool IsUsed => Volatile.Read(ref _used) == 1;

    /// <summary>Names the owning session; the code itself is never printed.</summary>
    public override string ToString() => $"IssuedCode {{ SessionId = {Session.Id}, IssuedAt = {IssuedAt:O} }}";
}
