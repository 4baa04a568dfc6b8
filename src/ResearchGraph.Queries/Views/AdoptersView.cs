using ResearchGraph.Domain;

namespace ResearchGraph.Queries.Views;

/// <summary>Who adopted what, sorted by company name, adopted name, year.</summary>
public sealed record AdoptersView(IReadOnlyList<Adoption> Adopters);

/// <summary>One adoption: a company took up a project, technique or the owner's research, maybe via a product.</summary>
public sealed record Adoption(EntityRef Company, EntityRef Adopted, EntityRef? Via, int? Year, IReadOnlyList<Evidence> Evidence);
