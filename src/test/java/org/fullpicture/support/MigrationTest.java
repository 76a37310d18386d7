package org.fullpicture.support;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test of what a migration does to rows recorded before it: each test migrates a schema
 * of its own ({@link MigrationSchema}) step by step, dropped after. Subclasses are
 * {@link DatabaseTest}s, so they run on H2 and on PostgreSQL.
 */
public abstract class MigrationTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	protected JdbcClient db;

	protected MigrationSchema migrations;

	/** The test's schema, to qualify tables with. */
	protected String schema;

	@BeforeEach
	void aSchemaOfItsOwn() {
		migrations = new MigrationSchema(dataSource);
		schema = migrations.name();
	}

	@AfterEach
	void dropTheSchema() {
		migrations.drop();
	}

}
