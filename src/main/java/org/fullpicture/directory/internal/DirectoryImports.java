package org.fullpicture.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.annotation.PreDestroy;

import org.fullpicture.directory.DirectoryLoader;
import org.fullpicture.shared.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports an Open Referral UK export in the background, one service at a time, counting
 * as it goes so a long import shows its progress; one bad service is counted as failed
 * and the rest still import.
 */
@Service
class DirectoryImports implements DirectoryLoader {

	private static final Logger log = LoggerFactory.getLogger(DirectoryImports.class);

	public record Progress(UUID id, UUID startedBy, Instant startedAt, int total, int done, int failed,
			Instant finishedAt, String lastError) {

		@JsonProperty
		public boolean finished() {
			return finishedAt != null;
		}

		@JsonProperty
		public int percent() {
			return total == 0 ? 100 : Math.round(100f * (done + failed) / total);
		}

	}

	private final JdbcClient db;

	private final DirectoryStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final ExecutorService worker = Executors.newSingleThreadExecutor();

	DirectoryImports(JdbcClient db, DirectoryStore store, JsonMapper json, Clock clock) {
		this.db = db;
		this.store = store;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Checks the document is an Open Referral UK export, records the job and starts it;
	 * returns the job's id.
	 */
	UUID start(String document, UUID startedBy) {
		OpenReferralJson.Contents contents = contents(document);
		UUID id = record(contents, startedBy);
		worker.submit(() -> run(id, contents));
		return id;
	}

	@Override
	public void load(String openReferralExport, UUID loadedBy) {
		OpenReferralJson.Contents contents = contents(openReferralExport);
		run(record(contents, loadedBy), contents);
	}

	private OpenReferralJson.Contents contents(String document) {
		JsonNode root;
		try {
			root = json.readTree(document == null ? "" : document);
		}
		catch (JacksonException ex) {
			throw new InvalidInput("file",
					"The file is not JSON: export it from the directory as Open Referral UK JSON");
		}
		OpenReferralJson.Contents contents;
		try {
			contents = OpenReferralJson.read(root, clock.instant());
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("file", "The file is not an Open Referral UK export: " + ex.getMessage());
		}
		if (contents.services().isEmpty() && contents.organizations().isEmpty()) {
			throw new InvalidInput("file", "The file holds no services or organisations");
		}
		return contents;
	}

	private UUID record(OpenReferralJson.Contents contents, UUID startedBy) {
		UUID id = UUID.randomUUID();
		int total = contents.services().size() + contents.organizations().size();
		db.sql("INSERT INTO directory_import (id, started_by, started_at, total) VALUES (?, ?, ?, ?)")
			.params(id, startedBy, clock.instant().atOffset(java.time.ZoneOffset.UTC), total)
			.update();
		return id;
	}

	private void run(UUID id, OpenReferralJson.Contents contents) {
		contents.organizations().forEach(o -> step(id, () -> store.saveOrganization(o)));
		contents.services().forEach(s -> step(id, () -> store.save(s)));
		db.sql("UPDATE directory_import SET finished_at = ? WHERE id = ?")
			.params(clock.instant().atOffset(java.time.ZoneOffset.UTC), id)
			.update();
	}

	private void step(UUID id, Runnable save) {
		try {
			save.run();
			db.sql("UPDATE directory_import SET done = done + 1 WHERE id = ?").param(id).update();
		}
		catch (RuntimeException ex) {
			log.warn("Directory import {}: a record failed ({})", id, ex.getClass().getSimpleName());
			db.sql("UPDATE directory_import SET failed = failed + 1, last_error = ? WHERE id = ?")
				.params(ex.getClass().getSimpleName(), id)
				.update();
		}
	}

	Optional<Progress> progress(UUID id) {
		return db.sql("SELECT * FROM directory_import WHERE id = ?").param(id).query((rs, row) -> {
			java.time.OffsetDateTime finished = rs.getObject("finished_at", java.time.OffsetDateTime.class);
			return new Progress(id, rs.getObject("started_by", UUID.class),
					rs.getObject("started_at", java.time.OffsetDateTime.class).toInstant(), rs.getInt("total"),
					rs.getInt("done"), rs.getInt("failed"), finished == null ? null : finished.toInstant(),
					rs.getString("last_error"));
		}).optional();
	}

	@PreDestroy
	void stop() {
		worker.shutdown();
	}

}
