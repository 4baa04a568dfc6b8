// Facts as typed relationships between entities, keyed by the computed fact id (from rel, from,
// to, year and via), so writing a fact twice keeps one relationship. Relationship types cannot be
// parameters: each type of the fixed vocabulary has its own branch.
// :param rows => [{id: 'fact:0123456789abcdef0123', rel: 'ADOPTED', fromId: 'org:intel', toId: 'technique:haq', year: 2021, via: 'product:openvino'}]
UNWIND $rows AS r
MATCH (a:Entity {id: r.fromId})
MATCH (b:Entity {id: r.toId})
FOREACH (_ IN CASE WHEN r.rel = 'PUBLISHED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[f:PUBLISHED_AT {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'ADOPTED' THEN [1] ELSE [] END |
  MERGE (a)-[f:ADOPTED {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'SPONSORS' THEN [1] ELSE [] END |
  MERGE (a)-[f:SPONSORS {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'RECEIVED' THEN [1] ELSE [] END |
  MERGE (a)-[f:RECEIVED {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'ADVISED_BY' THEN [1] ELSE [] END |
  MERGE (a)-[f:ADVISED_BY {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'EDUCATED_AT' THEN [1] ELSE [] END |
  MERGE (a)-[f:EDUCATED_AT {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'AFFILIATED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[f:AFFILIATED_WITH {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'PRECEDES' THEN [1] ELSE [] END |
  MERGE (a)-[f:PRECEDES {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
FOREACH (_ IN CASE WHEN r.rel = 'USES' THEN [1] ELSE [] END |
  MERGE (a)-[f:USES {factId: r.id}]->(b) SET f.year = r.year, f.via = r.via)
