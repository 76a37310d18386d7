package db.h2;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2's counterpart of PostgreSQL's reject_change(): the embedded database refuses to
 * change or remove a row of the chronology and the audit trail (created by the h2 vendor
 * migration V028_2).
 */
public class RejectChange implements Trigger {

	private String table;

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type) {
		this.table = table;
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException(table + " is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " refused",
				"P0001"); // PostgreSQL's state for a raised exception
	}

}
