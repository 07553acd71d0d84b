namespace Safeguard.Correspondence.Letters;

public sealed record CouncilDetails(string Name, IReadOnlyList<string> AddressLines);

public sealed record Addressee(string Name, IReadOnlyList<string> AddressLines);

public sealed record Signatory(string Name, string JobTitle);

/// <summary>Who the reader should contact about the letter; phone and email are shown only when given.</summary>
public sealed record ContactDetails(string Name, string? Phone = null, string? Email = null);

/// <summary>What every letter has whatever it is about: who sends it, to whom, on what date, and who signs it.</summary>
public sealed record LetterAddressing(CouncilDetails From, Addressee To, DateOnly Date, Signatory SignedBy);

/// <summary>A part of a letter's body. Templates build letters from these, so a letter can be shown as well as printed.</summary>
public abstract record LetterBlock;

public sealed record LetterHeading(string Text) : LetterBlock;

public sealed record LetterParagraph(string Text) : LetterBlock;

/// <summary>Short facts set out as label and value, such as a meeting's date, time and place.</summary>
public sealed record LetterDetails(IReadOnlyList<KeyValuePair<string, string>> Rows) : LetterBlock;

/// <summary>A composed letter: addressing, a subject line (also the PDF's title) and the body between greeting and sign-off.</summary>
public sealed record Letter(LetterKind Kind, LetterAddressing Addressing, string Subject, IReadOnlyList<LetterBlock> Body);

/// <summary>A kind of letter that turns its own plain data into a <see cref="Letter"/>.</summary>
public interface ILetterTemplate
{
    Letter Compose();
}
