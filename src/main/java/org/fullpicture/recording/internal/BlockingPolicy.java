package org.fullpicture.recording.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.fullpicture.recording.Category;
import org.fullpicture.recording.TextContext;

/**
 * Which categories stop a text being saved, per context, from
 * {@code recording/blocking.tsv}. Elsewhere checks only advise.
 */
final class BlockingPolicy {

	static final String RESOURCE = "recording/blocking.tsv";

	private final Map<TextContext, Set<Category>> blocking;

	BlockingPolicy(Map<TextContext, Set<Category>> blocking) {
		this.blocking = Map.copyOf(blocking);
	}

	static BlockingPolicy load() {
		Map<TextContext, Set<Category>> blocking = new EnumMap<>(TextContext.class);
		for (String[] row : DataFile.rows(RESOURCE, 2)) {
			Set<Category> categories = EnumSet.noneOf(Category.class);
			for (String category : row[1].split(",")) {
				categories.add(Category.valueOf(category.trim()));
			}
			blocking.put(TextContext.valueOf(row[0].trim()), categories);
		}
		return new BlockingPolicy(blocking);
	}

	boolean blocks(TextContext context, Category category) {
		return blocking.getOrDefault(context, Set.of()).contains(category);
	}

}
