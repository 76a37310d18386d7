package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.fullpicture.people.People;

/**
 * Fills the family name sounds V013 added for people recorded before it, with the code
 * that fills them now.
 */
public class V014__fill_family_name_sounds extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		fill(context, "person");
		fill(context, "person_other_name");
	}

	private static void fill(Context context, String table) throws Exception {
		try (Statement select = context.getConnection().createStatement();
				ResultSet rows = select.executeQuery("SELECT id, family_name FROM " + table);
				PreparedStatement update = context.getConnection()
					.prepareStatement("UPDATE " + table + " SET family_name_sound = ? WHERE id = ?")) {
			int batched = 0;
			while (rows.next()) {
				update.setString(1, People.nameSound(rows.getString("family_name")));
				update.setObject(2, rows.getObject("id"));
				update.addBatch();
				if (++batched % 1000 == 0) {
					update.executeBatch();
				}
			}
			update.executeBatch();
		}
	}

}
