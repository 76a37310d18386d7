package org.fullpicture.shared;

import java.time.Instant;
import java.util.UUID;

/**
 * Work open with a child now, as the module that holds it describes it: "Early help
 * episode with lead professional Sam Jones", "Child in need assessment". {@code link} is
 * a page in FullPicture (behind the usual access rules), or null.
 */
public record OpenWork(UUID childId, Kind kind, String description, Instant since, String link) {

	public enum Kind {

		EARLY_HELP("Early help"), SOCIAL_CARE("Children's social care");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
