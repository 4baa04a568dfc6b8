// Sets the merged name, kinds (as labels too), aliases and look-up forms of entities. An entity no
// document names any more gets none, so it is no longer listed (and is deleted once nothing
// refers to it, delete-orphan-entities.cypher).
// :param rows => [{id: 'org:amazon', name: 'Amazon', kinds: ['Company', 'Sponsor'], aliases: ['AWS'], lookup: ['org:amazon', 'amazon', 'aws']}]
UNWIND $rows AS r
MATCH (e:Entity {id: r.id})
REMOVE e:Person:Project:Venue:Company:Sponsor:Technique:Institution:Award:Product
SET e.name = r.name, e.kinds = r.kinds, e.aliases = r.aliases, e.lookup = r.lookup
FOREACH (_ IN CASE WHEN 'Person' IN r.kinds THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN 'Project' IN r.kinds THEN [1] ELSE [] END | SET e:Project)
FOREACH (_ IN CASE WHEN 'Venue' IN r.kinds THEN [1] ELSE [] END | SET e:Venue)
FOREACH (_ IN CASE WHEN 'Company' IN r.kinds THEN [1] ELSE [] END | SET e:Company)
FOREACH (_ IN CASE WHEN 'Sponsor' IN r.kinds THEN [1] ELSE [] END | SET e:Sponsor)
FOREACH (_ IN CASE WHEN 'Technique' IN r.kinds THEN [1] ELSE [] END | SET e:Technique)
FOREACH (_ IN CASE WHEN 'Institution' IN r.kinds THEN [1] ELSE [] END | SET e:Institution)
FOREACH (_ IN CASE WHEN 'Award' IN r.kinds THEN [1] ELSE [] END | SET e:Award)
FOREACH (_ IN CASE WHEN 'Product' IN r.kinds THEN [1] ELSE [] END | SET e:Product)
