namespace Aiia.Codegen.Sandbox;

/// <summary>The tokens issued by a code exchange or an unattended login: the body of a tokens response.</summary>
internal sealed class TokenGrant
{
    public required string ProviderId { get; init; }

    public required string AccessToken { get; init; }

    public required DateTimeOffset AccessTokenExpires { get; init; }

    public required string LoginToken { get; init; }

    public required DateTimeOffset LoginExpires { get; init; }

    public required bool SupportsUnattended { get; init; }

    public required string Label { get; init; }

    public required string SubjectId { get; init; }

    /// <summary>Names the grant without its tokens.</summary>
    public override string ToString() => $"TokenGrant {{ ProviderId = {ProviderId}, AccessToken = [redacted], LoginToken = [redacted] }}";
}
