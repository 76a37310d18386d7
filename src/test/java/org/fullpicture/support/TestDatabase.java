package org.fullpicture.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points each application context at a fresh, empty database: an in-memory H2 database,
 * or (with -Dfullpicture.test.db=postgres) a new schema in the PostgreSQL at
 * FULLPICTURE_TEST_POSTGRES_URL, dropped when the run ends.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final List<String> postgresSchemas = new ArrayList<>();

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("fullpicture.test.db"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (isPostgres()) {
			String url = System.getenv("FULLPICTURE_TEST_POSTGRES_URL");
			if (url == null) {
				throw new IllegalStateException("fullpicture.test.db=postgres needs FULLPICTURE_TEST_POSTGRES_URL");
			}
			String schema = schema(url);
			TestPropertyValues
				.of("spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
						"spring.datasource.username=" + env("FULLPICTURE_TEST_POSTGRES_USER", "postgres"),
						"spring.datasource.password=" + env("FULLPICTURE_TEST_POSTGRES_PASSWORD", ""),
						"spring.flyway.schemas=" + schema,
						"spring.flyway.locations=classpath:db/migration,classpath:db/vendor/postgresql")
				.applyTo(context);
		}
		else {
			TestPropertyValues.of("spring.datasource.url=jdbc:h2:mem:test-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1")
				.applyTo(context);
		}
	}

	/**
	 * A new schema for each application context, as each gets a new H2 database: no test
	 * sees another's data.
	 */
	private static synchronized String schema(String url) {
		if (postgresSchemas.isEmpty()) {
			Runtime.getRuntime()
				.addShutdownHook(new Thread(() -> postgresSchemas
					.forEach(schema -> run(url, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"))));
		}
		String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		postgresSchemas.add(schema);
		return schema;
	}

	private static void run(String url, String sql) {
		try (Connection c = DriverManager.getConnection(url, env("FULLPICTURE_TEST_POSTGRES_USER", "postgres"),
				env("FULLPICTURE_TEST_POSTGRES_PASSWORD", ""))) {
			c.createStatement().execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare the PostgreSQL test schema", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
