using System.Reflection;
using CorpusSdk.Generator;
using CorpusSdk.Generator.Extraction;
using CorpusSdk.Generator.Model;
using CorpusSdk.Tests.Infrastructure;

namespace CorpusSdk.Tests.Incremental;

/// <summary>
/// The pipeline caches only what compares by value: the models are records and EquatableArrays of records and
/// strings, never Roslyn symbols, syntax or compilations (which would keep old compilations alive and never compare equal).
/// </summary>
public class ModelEquatabilityTests
{
    [Fact]
    public void Two_extractions_of_the_same_text_are_equal()
    {
        foreach (var (path, text) in RepoPaths.SeedPages())
        {
            // Two separate string instances, so equality cannot come from reference identity.
            var first = ArticleExtractor.Extract(new PageInput(path, new string(text.AsSpan()), false, PageOverrides.None));
            var second = ArticleExtractor.Extract(new PageInput(path, new string(text.AsSpan()), false, PageOverrides.None));
            Assert.NotSame(first, second);
            Assert.Equal(first, second);
            Assert.Equal(first.GetHashCode(), second.GetHashCode());
            Assert.NotNull(first.Article);
            Assert.Equal(first.Article!.Paragraphs, second.Article!.Paragraphs);
        }
    }

    [Fact]
    public void A_different_text_gives_a_different_model()
    {
        var (path, text) = RepoPaths.SeedPages()[0];
        var first = ArticleExtractor.Extract(new PageInput(path, text, false, PageOverrides.None));
        var edited = ArticleExtractor.Extract(new PageInput(path, text.Replace("Iran", "Persia", StringComparison.Ordinal), false, PageOverrides.None));
        Assert.NotEqual(first, edited);
    }

    [Fact]
    public void Models_hold_no_roslyn_types_and_compare_by_value()
    {
        var models = typeof(CorpusGenerator).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(PageInput).Namespace && !t.IsNested && t.IsClass && !t.IsAbstract && t.Name != nameof(EquatableArray))
            .ToList();
        Assert.Contains(typeof(ArticleModel), models);
        Assert.Contains(typeof(CorpusModel), models);

        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(models);
        while (queue.Count > 0)
        {
            var type = queue.Dequeue();
            if (!seen.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string)) continue;
            Assert.False(IsRoslyn(type), $"{type} is a Roslyn type");
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                queue.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }
            if (Nullable.GetUnderlyingType(type) is { } underlying) { queue.Enqueue(underlying); continue; }

            // Records (and the few structs) implement IEquatable<Self>; collections must be EquatableArray, not arrays or lists.
            Assert.True(typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type), $"{type} is not value-equatable");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
            {
                if (property.Name == "EqualityContract") continue;
                var propertyType = property.PropertyType;
                Assert.False(IsRoslyn(propertyType), $"{type.Name}.{property.Name} is a Roslyn type ({propertyType})");
                Assert.False(propertyType.IsArray, $"{type.Name}.{property.Name} is an array: use EquatableArray<T>");
                Assert.False(propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() != typeof(EquatableArray<>) && Nullable.GetUnderlyingType(propertyType) is null,
                    $"{type.Name}.{property.Name} is {propertyType}: use EquatableArray<T>");
                queue.Enqueue(propertyType);
            }
        }
        Assert.Contains(typeof(QuoteModel), seen);
    }

    private static bool IsRoslyn(Type type)
        => (type.Assembly.GetName().Name ?? "").StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)
           || type.GetGenericArguments().Any(IsRoslyn);
}
