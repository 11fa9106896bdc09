// Name lookups for the generated GraphQL filters (name: {eq: "Cora"}) and for Neo4j Browser users.
CREATE INDEX method_name IF NOT EXISTS FOR (c:Method) ON (c.name);
CREATE INDEX dataset_name IF NOT EXISTS FOR (c:Dataset) ON (c.name);
CREATE INDEX task_name IF NOT EXISTS FOR (c:Task) ON (c.name);
CREATE INDEX paper_year IF NOT EXISTS FOR (p:Paper) ON (p.year);
// Full-text search over papers and over concept names and aliases (aliasText joins the aliases).
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];
CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (c:Method|Dataset|Task) ON EACH [c.name, c.aliasText];
// Leaderboards pick results by metric.
CREATE INDEX result_metric IF NOT EXISTS FOR (r:Result) ON (r.metric);
