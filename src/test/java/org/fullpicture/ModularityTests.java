package org.fullpicture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path DOCS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(FullPictureApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicTypes() {
		modules.verify();
	}

	/**
	 * The module map drawn from the code (diagrams and one canvas per module), kept in
	 * docs/modules for the README.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path file : diagrams.toList()) {
				if (file.toString().endsWith(".puml")) {
					sortRelations(file);
				}
				else if (file.getFileName().toString().startsWith("module-")) {
					sortListItems(file);
				}
			}
		}
	}

	/**
	 * Modulith writes a diagram's relations in no fixed order; sorted, the files change
	 * only when the modules do.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
		Iterator<String> sorted = lines.stream().filter(l -> l.startsWith("Rel(")).sorted().toList().iterator();
		lines.replaceAll(l -> l.startsWith("Rel(") ? sorted.next() : l);
		Files.write(diagram, lines);
	}

	/**
	 * Likewise a canvas's lists (the events a module listens to, the beans it uses): each
	 * cell's items sorted, the first keeping the cell's opening bar.
	 */
	private static void sortListItems(Path canvas) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(canvas));
		for (int start = 0; start < lines.size(); start++) {
			if (!lines.get(start).startsWith("|* ")) {
				continue;
			}
			int end = start + 1;
			while (end < lines.size() && lines.get(end).startsWith("* ")) {
				end++;
			}
			List<String> items = new ArrayList<>(lines.subList(start, end));
			items.set(0, items.get(0).substring(1));
			items.sort(null);
			items.set(0, "|" + items.get(0));
			for (int i = start; i < end; i++) {
				lines.set(i, items.get(i - start));
			}
			start = end - 1;
		}
		Files.write(canvas, lines);
	}

}
