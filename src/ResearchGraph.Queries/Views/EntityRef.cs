using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>How outputs refer to an entity: <c>{"id","name","kinds"}</c>.</summary>
public sealed record EntityRef(string Id, string Name, IReadOnlyList<EntityKind> Kinds)
{
    public static EntityRef Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return new EntityRef(entity.Id, entity.Name, entity.Kinds);
    }
}
