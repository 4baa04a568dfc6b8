// The schema of the ResearchGraph graph, created on first use, one statement per request
// (schema and data cannot share a transaction). Every statement is idempotent.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_path IF NOT EXISTS FOR (d:Document) REQUIRE d.path IS UNIQUE;
CREATE CONSTRAINT news_item_key IF NOT EXISTS FOR (n:NewsItem) REQUIRE n.key IS UNIQUE;
CREATE INDEX document_doc IF NOT EXISTS FOR (d:Document) ON (d.doc);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX evidence_fact IF NOT EXISTS FOR (ev:Evidence) ON (ev.factId);
CREATE INDEX evidence_path IF NOT EXISTS FOR (ev:Evidence) ON (ev.path);
CREATE INDEX fact_properties_fact IF NOT EXISTS FOR (p:FactProperties) ON (p.factId);
CREATE INDEX news_item_date IF NOT EXISTS FOR (n:NewsItem) ON (n.date);
CREATE FULLTEXT INDEX news_text IF NOT EXISTS FOR (n:NewsItem) ON EACH [n.text];
