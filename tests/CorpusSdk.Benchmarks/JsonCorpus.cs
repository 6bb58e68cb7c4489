using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace CorpusSdk.Benchmarks;

/// <summary>The runtime articles as plain DTOs, for the System.Text.Json comparison (source-generated serializer: its fastest form).</summary>
public sealed class ArticleDto
{
    public string Id { get; set; } = "";
    public string File { get; set; } = "";
    public string Source { get; set; } = "";
    public string Published { get; set; } = "";
    public string? Headline { get; set; }
    public string? Dateline { get; set; }
    public List<string> Paragraphs { get; set; } = [];
    public List<string> Subheadings { get; set; } = [];
    public List<CaptionDto> Captions { get; set; } = [];
    public List<CreditDto> Credits { get; set; } = [];
    public List<QuoteDto> Quotes { get; set; } = [];
    public List<PersonDto> People { get; set; } = [];

    public static ArticleDto From(Article a) => new()
    {
        Id = a.Id,
        File = a.File,
        Source = a.Source.Name,
        Published = a.Published.ToString(),
        Headline = a.Headline,
        Dateline = a.Dateline,
        Paragraphs = [.. a.Paragraphs],
        Subheadings = [.. a.Subheadings],
        Captions = a.Captions.Select(c => new CaptionDto { Text = c.Text, Credit = c.Credit }).ToList(),
        Credits = a.Credits.Select(c => new CreditDto { Role = (int)c.Role, Name = c.Name }).ToList(),
        Quotes = a.Quotes.Select(q => new QuoteDto { Text = q.Text, SpeakerId = q.Speaker?.Id, SpeakerName = q.SpeakerName, SpeakerDescription = q.SpeakerDescription, IsPartial = q.IsPartial, Paragraph = q.Paragraph, Line = q.Line }).ToList(),
        People = a.People.Select(p => new PersonDto { PersonId = p.Person.Id, Mentions = [.. p.Mentions], Titles = [.. p.Titles], Roles = (int)p.Roles }).ToList(),
    };
}

public sealed class CaptionDto { public string Text { get; set; } = ""; public string? Credit { get; set; } }

public sealed class CreditDto { public int Role { get; set; } public string Name { get; set; } = ""; }

public sealed class QuoteDto
{
    public string Text { get; set; } = "";
    public string? SpeakerId { get; set; }
    public string? SpeakerName { get; set; }
    public string? SpeakerDescription { get; set; }
    public bool IsPartial { get; set; }
    public int Paragraph { get; set; }
    public int Line { get; set; }
}

public sealed class PersonDto
{
    public string PersonId { get; set; } = "";
    public List<string> Mentions { get; set; } = [];
    public List<string> Titles { get; set; } = [];
    public int Roles { get; set; }
}

[JsonSerializable(typeof(List<ArticleDto>))]
public sealed partial class CorpusJsonContext : JsonSerializerContext;
