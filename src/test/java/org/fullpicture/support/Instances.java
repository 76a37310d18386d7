package org.fullpicture.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fullpicture.FullPictureApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole instances of the application started by a test against the PostgreSQL at
 * FULLPICTURE_TEST_POSTGRES_URL, each on its own port, sharing one schema: as the service
 * runs with several instances, or with separate database roles.
 */
public final class Instances {

	private Instances() {
	}

	public static String url() {
		return System.getenv("FULLPICTURE_TEST_POSTGRES_URL");
	}

	/** A new schema name, not yet created. */
	public static String newSchema(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	/**
	 * Runs SQL as the test's PostgreSQL superuser (creating roles and schemas, dropping
	 * them after).
	 */
	public static void asAdministrator(String... statements) {
		try (Connection c = DriverManager.getConnection(url(), adminUser(), adminPassword())) {
			for (String sql : statements) {
				c.createStatement().execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not prepare PostgreSQL for the test", ex);
		}
	}

	public static Connection connect(String schema, String user) throws SQLException {
		return DriverManager.getConnection(url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema, user,
				"");
	}

	/**
	 * Starts the application on a free port, migrating {@code schema} as {@code owner}
	 * and running as {@code user} (the test's superuser when both are null).
	 */
	public static ConfigurableApplicationContext start(String schema, String owner, String user, String... more) {
		String appUser = user == null ? adminUser() : user;
		List<String> properties = new ArrayList<>(List.of("server.port=0", "server.address=127.0.0.1",
				"spring.datasource.url=" + url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema,
				"spring.datasource.username=" + appUser,
				"spring.datasource.password=" + (user == null ? adminPassword() : ""),
				"spring.flyway.user=" + (owner == null ? adminUser() : owner),
				"spring.flyway.password=" + (owner == null ? adminPassword() : ""), "spring.flyway.schemas=" + schema,
				"spring.flyway.locations=classpath:db/migration,classpath:db/vendor/postgresql"));
		properties.addAll(List.of(more));
		// as arguments, which outrank application.properties (the builder's own
		// properties do not)
		return new SpringApplicationBuilder(FullPictureApplication.class).profiles("test")
			.run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
	}

	private static String adminUser() {
		String user = System.getenv("FULLPICTURE_TEST_POSTGRES_USER");
		return user == null ? "postgres" : user;
	}

	private static String adminPassword() {
		String password = System.getenv("FULLPICTURE_TEST_POSTGRES_PASSWORD");
		return password == null ? "" : password;
	}

}
