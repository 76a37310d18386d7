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
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
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

}
