// KnowledgeGraph in Neo4j: constraints and indexes, applied by Neo4jGraphStore.InitializeAsync (and runnable with
// `cypher-shell -f schema/neo4j/constraints.cypher`). Every statement is idempotent (IF NOT EXISTS).
// The graph model is docs/ARCHITECTURE.md's: one unique `id` per node label; papers also carry their external id
// keys in `ids` and the normalized-title key in `titleKey`.

CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT author_id IF NOT EXISTS FOR (n:Author) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT concept_id IF NOT EXISTS FOR (n:Concept) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (n:Dataset) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT task_id IF NOT EXISTS FOR (n:Task) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT metric_id IF NOT EXISTS FOR (n:Metric) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT community_id IF NOT EXISTS FOR (c:Community) REQUIRE c.id IS UNIQUE;

// Every external id key ('arxiv:2401.00001', 'doi:10.…') names exactly one paper: the first paper that claimed it.
CREATE CONSTRAINT paper_key IF NOT EXISTS FOR (k:PaperKey) REQUIRE k.key IS UNIQUE;

// Identity resolution looks papers up by normalized title; the identity log by paper.
CREATE INDEX paper_title_key IF NOT EXISTS FOR (p:Paper) ON (p.titleKey);
CREATE INDEX paper_pagerank IF NOT EXISTS FOR (p:Paper) ON (p.pagerank);
CREATE INDEX paper_community IF NOT EXISTS FOR (p:Paper) ON (p.community);
CREATE INDEX identity_decision_paper IF NOT EXISTS FOR (d:IdentityDecision) ON (d.paperId);
CREATE INDEX method_name IF NOT EXISTS FOR (n:Method) ON (n.name);
CREATE INDEX dataset_name IF NOT EXISTS FOR (n:Dataset) ON (n.name);

// Full-text search over titles and abstracts (kg search, the Browser's "find a paper").
CREATE FULLTEXT INDEX paper_text IF NOT EXISTS FOR (p:Paper) ON EACH [p.title, p.abstract];

// The inbox worker's checkpoint (kg worker / kg serve --store neo4j): one node per distinct file content, advanced in
// the same transaction as the batch of papers it covers; its bad records; the last analytics refresh.
CREATE CONSTRAINT inbox_file_sha256 IF NOT EXISTS FOR (f:InboxFile) REQUIRE f.sha256 IS UNIQUE;
CREATE INDEX inbox_file_updated IF NOT EXISTS FOR (f:InboxFile) ON (f.updatedAt);
CREATE INDEX inbox_problem_file IF NOT EXISTS FOR (x:InboxProblem) ON (x.sha256, x.seq);
CREATE CONSTRAINT analytics_refresh_id IF NOT EXISTS FOR (a:AnalyticsRefresh) REQUIRE a.id IS UNIQUE;
