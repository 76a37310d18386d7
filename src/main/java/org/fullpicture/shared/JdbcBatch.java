package org.fullpicture.shared;

import java.sql.Types;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Runs one INSERT for many rows as JDBC batches, on H2 and PostgreSQL alike. */
public final class JdbcBatch {

	private JdbcBatch() {
	}

	public static void insert(JdbcTemplate jdbc, String sql, List<Object[]> rows, int batchSize) {
		// nulls typed as NULL: both drivers accept that without asking the database for
		// each column's type
		jdbc.batchUpdate(sql, rows, Math.max(batchSize, 1), (ps, row) -> {
			for (int i = 0; i < row.length; i++) {
				if (row[i] == null) {
					ps.setNull(i + 1, Types.NULL);
				}
				else {
					ps.setObject(i + 1, row[i]);
				}
			}
		});
	}

}
