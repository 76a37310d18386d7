package org.fullpicture.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list; pages count from 1 as people do. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < totalPages();
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/** Page number and size as asked for, kept within sensible bounds. */
	public static int[] bounded(Integer page, Integer size, int defaultSize, int maxSize) {
		int p = page == null || page < 1 ? 1 : page;
		int s = size == null || size < 1 ? defaultSize : Math.min(size, maxSize);
		return new int[] { p, s };
	}

}
