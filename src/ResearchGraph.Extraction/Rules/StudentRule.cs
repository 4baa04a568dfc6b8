namespace ResearchGraph.Extraction.Rules;

/// <summary>
/// Students named by first name in news items. Runs after the rules that find projects, so a
/// project's one-word name ("Petrel is accepted ...") is never taken for a student's.
/// </summary>
internal sealed class StudentRule : IRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var s in context.Sentences)
        {
            PeopleRule.ReadStudents(context, s);
        }
    }
}
