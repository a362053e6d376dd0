using System;
using System.Collections.Generic;
using System.Globalization;

namespace Aiia.Codegen.Naming;

/// <summary>
/// Hands out the C# names of one scope (the generated namespace of a spec, or the members of one type) so that no two
/// things get the same one. The rule, the same in every scope: whoever asks first keeps the name it asks for; a later
/// claim of a taken name gets the lowest free numeric suffix from 2 (<c>Pet</c>, <c>Pet2</c>, <c>Pet3</c>), after an
/// underscore when the name ends in a digit (<c>V1</c>, <c>V1_2</c>; see <see cref="NumberedForm"/>). Callers
/// claim in a fixed order (see <see cref="SpecNaming"/>), so the same spec always gets the same names.
/// </summary>
internal sealed class NameAllocator
{
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal); // name → who has it
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal); // held, but declared by no generated code

    /// <summary>
    /// Holds <paramref name="name"/> for <paramref name="holder"/> without declaring it (a namespace, a referenced type):
    /// later claims of it step aside. A name already held stays with its holder.
    /// </summary>
    public void Reserve(string name, string holder)
    {
        if (!_owners.ContainsKey(name))
        {
            _owners[name] = holder;
            _reserved.Add(name);
        }
    }

    /// <summary>The names claimed (not only reserved), sorted: in the namespace's scope, every type the spec's code declares.</summary>
    public string[] ClaimedNames()
    {
        var names = new List<string>(_owners.Count);
        foreach (var name in _owners.Keys)
        {
            if (!_reserved.Contains(name))
            {
                names.Add(name);
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names.ToArray();
    }

    /// <summary>Whether <paramref name="name"/> is taken.</summary>
    public bool IsTaken(string name) => _owners.ContainsKey(name);

    /// <summary>Who holds <paramref name="name"/>, or null.</summary>
    public string? OwnerOf(string name) => _owners.TryGetValue(name, out var owner) ? owner : null;

    /// <summary>Claims <paramref name="desired"/>, or its first free numbered form, for <paramref name="owner"/>.</summary>
    /// <param name="desired">The name asked for.</param>
    /// <param name="owner">Who asks, as messages show it: <c>the schema 'pet'</c>.</param>
    /// <param name="promised">Names a later claim will ask for as they are (a schema literally named <c>Pet2</c>): a
    /// numbered form skips them, so that the rename of <c>pet</c> does not take <c>Pet2</c>'s own name.</param>
    public NameClaim Claim(string desired, string owner, ICollection<string>? promised = null)
    {
        var name = desired;
        if (_owners.TryGetValue(desired, out var holder))
        {
            name = FirstFree(desired, promised);
        }

        _owners[name] = owner;
        return new NameClaim(name, desired, holder);
    }

    /// <summary>
    /// Claims <paramref name="stem"/> + <paramref name="suffix"/>, numbering the stem when that is taken
    /// (<c>GetPetAsync</c>, then <c>GetPet2Async</c>): for names that share a fixed ending, such as client methods.
    /// </summary>
    /// <returns>The claim of the whole name.</returns>
    public NameClaim ClaimStem(string stem, string suffix, string owner)
    {
        var desired = stem + suffix;
        var holder = OwnerOf(desired);
        var name = holder is null ? desired : Numbered(stem, candidate => IsTaken(candidate + suffix)) + suffix;
        _owners[name] = owner;
        return new NameClaim(name, desired, holder);
    }

    /// <summary>
    /// The first of <c>Name2</c>, <c>Name3</c>... that <paramref name="isTaken"/> does not hold; after an underscore when
    /// the name ends in a digit (<c>V1_2</c>, not <c>V12</c>, which reads as another version). For scopes that are not
    /// an allocator: an operation's method, a parameter, an enum member. An escaped keyword loses its <c>@</c>
    /// (<c>@event</c> → <c>event2</c>, which is no keyword, and which C# would take for <c>@event2</c> anyway).
    /// </summary>
    public static string Numbered(string name, Func<string, bool> isTaken)
    {
        for (var i = 2; ; i++)
        {
            var candidate = NumberedForm(name, i);
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// The <paramref name="number"/>th form of <paramref name="name"/>, the one spelling every scope numbers with:
    /// <c>Pet2</c>; after an underscore when the name ends in a digit (<c>V1_2</c>, not <c>V12</c>, which reads as
    /// another version and is what a twelfth <c>V</c> would be called); an escaped keyword without its <c>@</c>.
    /// </summary>
    public static string NumberedForm(string name, int number)
    {
        name = Bare(name);
        var stem = name.Length > 0 && char.IsDigit(name[name.Length - 1]) ? name + "_" : name;
        return stem + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// <paramref name="name"/> with <paramref name="suffix"/> appended, as an identifier: an escaped keyword's <c>@</c>
    /// dropped (<c>@class</c> → <c>classField</c>: C# reads <c>@classField</c> as <c>classField</c>, so a name
    /// must be compared in one spelling), a keyword the result makes escaped.
    /// </summary>
    public static string Suffixed(string name, string suffix) => Identifiers.EscapeKeyword(Bare(name) + suffix);

    private static string Bare(string name) => name.Length > 0 && name[0] == '@' ? name.Substring(1) : name;

    /// <summary>Claims the first form of <paramref name="desired"/> for which every derived name is free as well.</summary>
    /// <param name="desired">The name asked for.</param>
    /// <param name="owner">Who asks.</param>
    /// <param name="suffixes">Names that will be derived from it later (e.g. <c>JsonConverter</c>), which must be free too.</param>
    public string ClaimWithRoom(string desired, string owner, params string[] suffixes)
    {
        var name = desired;
        for (var i = 2; !HasRoom(name, suffixes); i++)
        {
            name = NumberedForm(desired, i);
        }

        _owners[name] = owner;
        return name;
    }

    private bool HasRoom(string name, string[] suffixes)
    {
        if (_owners.ContainsKey(name))
        {
            return false;
        }

        foreach (var suffix in suffixes)
        {
            if (_owners.ContainsKey(name + suffix))
            {
                return false;
            }
        }

        return true;
    }

    private string FirstFree(string desired, ICollection<string>? promised)
    {
        for (var i = 2; ; i++)
        {
            var candidate = NumberedForm(desired, i);
            if (!_owners.ContainsKey(candidate) && promised?.Contains(candidate) != true)
            {
                return candidate;
            }
        }
    }
}

/// <summary>The outcome of a claim.</summary>
/// <param name="Name">The name given.</param>
/// <param name="Desired">The name asked for.</param>
/// <param name="TakenBy">Who already held <paramref name="Desired"/>, when the name given differs.</param>
/// <param name="StepAside">Why the name asked for stepped aside before it was claimed (a member named like one its type
/// has, or like the type: <c>Value</c> appended, <paramref name="Desired"/> then being the stepped-aside name), else null.</param>
internal readonly record struct NameClaim(string Name, string Desired, string? TakenBy, string? StepAside = null)
{
    /// <summary>Whether the name given is not the one asked for.</summary>
    public bool Changed => TakenBy is not null;
}

/// <summary>
/// The member names of one generated type: the long-standing step-aside rule first (a name that is reserved in this
/// scope, see <see cref="ReservedNames"/>, or is the type's own name gets <c>Value</c> appended, see
/// <see cref="StepAsideReason"/>), then the
/// allocator's rule (a name already taken by an earlier member gets a numeric suffix, reported).
/// </summary>
internal sealed class MemberNames
{
    private readonly NameAllocator _allocator = new();
    private readonly ISet<string> _reserved;
    private readonly string[] _typeNames;

    /// <param name="reserved">The scope's reserved names.</param>
    /// <param name="typeNames">The enclosing type's name (and any other name a member may not have).</param>
    public MemberNames(ISet<string> reserved, params string[] typeNames)
    {
        _reserved = reserved;
        _typeNames = typeNames;
    }

    /// <summary>Whether a member already has <paramref name="name"/>.</summary>
    public bool IsTaken(string name) => _allocator.IsTaken(name);

    /// <summary>Who already has the member name <paramref name="desired"/> (after the step-aside rule), or null when it is free.</summary>
    public string? OwnerOf(string desired) => _allocator.OwnerOf(StepAside(desired));

    /// <summary>
    /// The member name for <paramref name="desired"/>, claimed for <paramref name="owner"/>: stepped aside, then numbered
    /// as the allocator numbers (<c>Pet2</c>, <c>Pet3</c>), skipping a number that is the type's own name or reserved here
    /// (a property <c>pet</c> beside <c>Pet</c> in the record <c>Pet2</c> is <c>Pet3</c>).
    /// </summary>
    public NameClaim Claim(string desired, string owner)
    {
        var stepped = StepAside(desired);
        var holder = _allocator.OwnerOf(stepped);
        var name = stepped;
        for (var i = 2; holder is not null && Holder(name) is not null; i++)
        {
            name = NameAllocator.NumberedForm(stepped, i);
        }

        _allocator.Claim(name, owner);
        return new NameClaim(name, stepped, holder, StepAsideReason(desired));
    }

    /// <summary>Why <paramref name="desired"/> steps aside (gets <c>Value</c> appended) before any number, or null when it does not.</summary>
    private string? StepAsideReason(string desired) =>
        Array.IndexOf(_typeNames, desired) >= 0 ? "a member cannot have the name of its type"
        : _reserved.Contains(desired) ? "the generated type has a member of that name"
        : null;

    /// <summary>The members the generator adds that could not have their usual names, in claim order (to be reported).</summary>
    public List<ExtraRename>? ExtraRenames { get; private set; }

    /// <summary>A free name for a member the generator adds (e.g. <c>UndocumentedProperties</c>): <c>Value</c> appended until free.</summary>
    public string ClaimExtra(string desired, string owner)
    {
        var name = desired;
        while (_allocator.IsTaken(name) || IsReservedHere(name))
        {
            name += ReservedNames.MemberSuffix;
        }

        NoteExtra(desired, name, owner, StepAsideReason(desired) ?? _allocator.OwnerOf(desired) + " already has that name");
        _allocator.Claim(name, owner);
        return name;
    }

    /// <summary>
    /// Like <see cref="Claim"/>, for a member the emitters write further members after (a union alternative <c>Pet</c>
    /// brings <c>IsPet</c>, <c>TryGetPet</c> and <c>FromPet</c>): numbered until the name and every
    /// <paramref name="prefixes"/> + name are free and none is reserved here or the type's own; all of them are claimed.
    /// </summary>
    public NameClaim ClaimWithPrefixes(string desired, string owner, string[] prefixes)
    {
        var stepped = StepAside(desired);
        var holder = Blocker(stepped, prefixes);
        var name = holder is null ? stepped : NameAllocator.Numbered(stepped, candidate => Blocker(candidate, prefixes) is not null);
        ClaimAll(name, owner, prefixes);
        return new NameClaim(name, stepped, holder, StepAsideReason(desired));
    }

    /// <summary>Like <see cref="ClaimExtra"/>, for a generated member the emitters write further members after (<see cref="ClaimWithPrefixes"/>).</summary>
    public string ClaimExtraWithPrefixes(string desired, string owner, string[] prefixes)
    {
        var name = desired;
        while (Blocker(name, prefixes) is not null)
        {
            name += ReservedNames.MemberSuffix;
        }

        NoteExtra(desired, name, owner, StepAsideReason(desired) ?? Blocker(desired, prefixes) + " already has that name");
        ClaimAll(name, owner, prefixes);
        return name;
    }

    private void NoteExtra(string desired, string name, string owner, string reason)
    {
        if (name != desired)
        {
            (ExtraRenames ??= new List<ExtraRename>()).Add(new ExtraRename(owner, desired, name, reason));
        }
    }

    /// <summary>Who or what keeps <paramref name="name"/>, or a name derived from it, from being given; null when nothing does.</summary>
    private string? Blocker(string name, string[] prefixes)
    {
        if (Holder(name) is { } holder)
        {
            return holder;
        }

        foreach (var prefix in prefixes)
        {
            if (Holder(prefix + name) is { } derivedHolder)
            {
                return derivedHolder;
            }
        }

        return null;
    }

    private string? Holder(string name) =>
        _allocator.OwnerOf(name) ?? (Array.IndexOf(_typeNames, name) >= 0 ? $"the type '{name}'" : _reserved.Contains(name) ? "a member every such type has" : null);

    private void ClaimAll(string name, string owner, string[] prefixes)
    {
        _allocator.Claim(name, owner);
        foreach (var prefix in prefixes)
        {
            _allocator.Claim(prefix + name, owner);
        }
    }

    /// <summary><paramref name="desired"/> with <c>Value</c> appended while it is reserved here or the type's own name
    /// (the enum value <c>Kind</c> in the enum <c>KindValue</c> is <c>KindValueValue</c>).</summary>
    private string StepAside(string desired)
    {
        var name = desired;
        while (IsReservedHere(name))
        {
            name += ReservedNames.MemberSuffix;
        }

        return name;
    }

    private bool IsReservedHere(string name) => _reserved.Contains(name) || Array.IndexOf(_typeNames, name) >= 0;
}

/// <summary>A member the generator adds that could not have its usual name: who it is for, the name asked, the name given, why.</summary>
internal readonly record struct ExtraRename(string Owner, string Desired, string Name, string Reason);
