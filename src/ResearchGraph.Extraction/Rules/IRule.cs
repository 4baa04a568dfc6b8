namespace ResearchGraph.Extraction.Rules;

/// <summary>One way of reading facts from sentences. Rules run in order; each may add entities and facts.</summary>
internal interface IRule
{
    void Apply(ExtractionContext context);
}
