package org.fullpicture.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.fullpicture.agencies.Practitioners;
import org.fullpicture.directory.DirectoryLoader;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo town's service directory: invented local services in the Open Referral UK
 * shape ({@code demo/directory.json}), loaded as an administrator's import would load
 * them. Some are open, one is temporarily closed and one has stopped; some have not been
 * checked for over a year.
 */
@Component
class DirectoryDemo {

	/** The youth club the front door's demo signposts a teenager to. */
	static final UUID YOUTH_CLUB = UUID.fromString("0de70000-0000-0000-0000-000000000068");

	private final DirectoryLoader loader;

	private final Practitioners practitioners;

	DirectoryDemo(DirectoryLoader loader, Practitioners practitioners) {
		this.loader = loader;
		this.practitioners = practitioners;
	}

	void load() {
		try (InputStream export = new ClassPathResource("demo/directory.json").getInputStream()) {
			loader.load(new String(export.readAllBytes(), StandardCharsets.UTF_8),
					practitioners.account("admin").orElseThrow().practitioner().id());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The demo directory could not be read", ex);
		}
	}

}
