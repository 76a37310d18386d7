package org.fullpicture.people;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fullpicture.agencies.Practitioner;
import org.fullpicture.agencies.Practitioners;
import org.fullpicture.shared.Conflict;
import org.fullpicture.shared.FieldProblem;
import org.fullpicture.shared.InvalidInput;
import org.fullpicture.shared.MaxLength;
import org.fullpicture.shared.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Takes in an agency's whole file of person records (CSV) in the background, linking each
 * against the index row by row through the same intake as a single record, counting what
 * was linked, queued and created.
 */
@Service
public class BulkIntake {

	public static final int MAX_ROWS = 100_000;

	static final List<String> REQUIRED = List.of("given_name", "family_name", "date_of_birth");

	public enum Status {

		RUNNING, FINISHED, FAILED

	}

	public record Job(UUID id, String fileName, UUID startedBy, Status status, int totalRows, int processed, int linked,
			int queued, int created, int failed, Instant startedAt, Instant finishedAt) {

		public int percentDone() {
			return totalRows == 0 ? 100 : (int) (100L * processed / totalRows);
		}

		public boolean isFinished() {
			return status != Status.RUNNING;
		}

	}

	public record RowError(int row, String field, String message) {
	}

	private final PersonIntake intake;

	private final JdbcClient db;

	private final TaskExecutor executor;

	private final Clock clock;

	private final Practitioners practitioners;

	private final Duration staleAfter;

	/**
	 * Set as the application stops: a job then stops between rows, and another instance
	 * carries it on.
	 */
	private volatile boolean stopping;

	BulkIntake(PersonIntake intake, JdbcClient db, @Qualifier("applicationTaskExecutor") TaskExecutor executor,
			Clock clock, Practitioners practitioners,
			@Value("${fullpicture.linkage-jobs.stale-after:PT2M}") Duration staleAfter) {
		this.intake = intake;
		this.db = db;
		this.executor = executor;
		this.clock = clock;
		this.practitioners = practitioners;
		this.staleAfter = staleAfter;
	}

	/**
	 * Checks the file's shape now (so a wrong file is refused at once) and links its rows
	 * in the background; the file is kept with the job until it ends, so that another
	 * instance can carry it on.
	 */
	@Transactional
	public Job start(String fileName, String csv, Practitioner by) {
		MaxLength.require("X-File-Name", fileName, 200, "The file name");
		List<CSVRecord> rows = parse(csv);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		db.sql("""
				INSERT INTO linkage_job (id, file_name, started_by, status, total_rows, processed, linked, queued, created,
				                         failed, started_at, heartbeat_at)
				VALUES (?, ?, ?, 'RUNNING', ?, 0, 0, 0, 0, 0, ?, ?)""")
			.params(id, fileName == null || fileName.isBlank() ? "records.csv" : fileName, by.id(), rows.size(), now,
					now)
			.update();
		db.sql("INSERT INTO linkage_job_file (job_id, content) VALUES (?, ?)")
			.params(id, csv.getBytes(StandardCharsets.UTF_8))
			.update();
		// once committed, so that the background thread sees the job
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				executor.execute(() -> run(id, rows, by, new int[4], 0));
			}
		});
		return get(id);
	}

	/**
	 * Takes over each running job whose instance has stopped beating (stopped, killed or
	 * restarted): carries it on from its last row, or marks it failed if its file was not
	 * kept. Called on every instance, now and then.
	 */
	public void takeOverStaleJobs() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		record Stale(UUID id, OffsetDateTime heartbeat) {
		}
		List<Stale> stale = db.sql("""
				SELECT id, COALESCE(heartbeat_at, started_at) AS heartbeat FROM linkage_job
				WHERE status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < ?""")
			.param(now.minus(staleAfter))
			.query((rs, row) -> new Stale(rs.getObject("id", UUID.class),
					rs.getObject("heartbeat", OffsetDateTime.class)))
			.list();
		for (Stale job : stale) {
			// claimed by whichever instance moves the heartbeat first
			int claimed = db.sql("""
					UPDATE linkage_job SET heartbeat_at = ?
					WHERE id = ? AND status = 'RUNNING' AND COALESCE(heartbeat_at, started_at) = ?""")
				.params(now, job.id(), job.heartbeat())
				.update();
			if (claimed == 1) {
				resume(get(job.id()));
			}
		}
	}

	private void resume(Job job) {
		var file = db.sql("SELECT content FROM linkage_job_file WHERE job_id = ?")
			.param(job.id())
			.query(byte[].class)
			.optional();
		if (file.isEmpty()) {
			db.sql("INSERT INTO linkage_job_error (id, job_id, row_number, field, message) VALUES (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), job.id(), job.processed() + 2, "file",
						"The service restarted while this file was being linked; load the file again")
				.update();
			progress(job.id(), job.processed(), new int[] { job.linked(), job.queued(), job.created(), job.failed() },
					Status.FAILED);
			return;
		}
		List<CSVRecord> rows = parse(new String(file.get(), StandardCharsets.UTF_8));
		Practitioner by = practitioners.get(job.startedBy());
		int[] counts = { job.linked(), job.queued(), job.created(), job.failed() };
		executor.execute(() -> run(job.id(), rows, by, counts, job.processed()));
	}

	// as the context starts to close, before the task executor waits for running work, so
	// a job stops between rows
	@EventListener(ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}

	private static List<CSVRecord> parse(String csv) {
		if (csv == null || csv.isBlank()) {
			throw new InvalidInput("file", "Choose a CSV file with a header row and at least one record");
		}
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(new StringReader(csv))) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
			List<String> missing = REQUIRED.stream().filter(r -> !header.contains(r)).toList();
			if (!missing.isEmpty()) {
				throw new InvalidInput("file", "The header row must name the columns " + String.join(", ", REQUIRED)
						+ "; it is missing " + String.join(", ", missing));
			}
			List<CSVRecord> rows = parser.getRecords();
			if (rows.isEmpty()) {
				throw new InvalidInput("file", "The file has a header row but no records");
			}
			if (rows.size() > MAX_ROWS) {
				throw new InvalidInput("file", "A file can have at most 100,000 records; this one has " + rows.size());
			}
			return rows;
		}
		catch (IOException | IllegalArgumentException | java.io.UncheckedIOException ex) {
			throw new InvalidInput("file",
					"The file could not be read as CSV: check the quoting and that each row has the header's columns");
		}
	}

	/**
	 * Links rows {@code from} onwards; {@code counts} are linked to an existing record,
	 * queued for review, created and failed so far. Progress (and the heartbeat) is saved
	 * after every row, so a job carried on elsewhere starts exactly where this one
	 * stopped.
	 */
	private void run(UUID jobId, List<CSVRecord> rows, Practitioner by, int[] counts, int from) {
		try {
			for (int i = from; i < rows.size(); i++) {
				if (stopping) {
					return; // left running: another instance takes it over when its
							// heartbeat is stale
				}
				linkRow(jobId, i + 2, rows.get(i), by, counts);
				progress(jobId, i + 1, counts, null);
			}
			progress(jobId, rows.size(), counts, Status.FINISHED);
		}
		catch (RuntimeException ex) {
			if (stopping) {
				return;
			}
			progress(jobId, rows.size(), counts, Status.FAILED);
			throw ex;
		}
	}

	private void linkRow(UUID jobId, int rowNumber, CSVRecord row, Practitioner by, int[] counts) {
		List<FieldProblem> problems = new ArrayList<>();
		try {
			NewPerson input = person(row, problems);
			if (problems.isEmpty()) {
				switch (intake.record(input, by, "BULK").outcome()) {
					case EXISTING_RECORD_USED -> counts[0]++;
					case QUEUED_FOR_REVIEW -> counts[1]++;
					case CREATED -> counts[2]++;
				}
				return;
			}
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
		}
		catch (Conflict ex) {
			problems.add(new FieldProblem(ex.field(), ex.getMessage()));
		}
		counts[3]++;
		for (FieldProblem p : problems) {
			db.sql("INSERT INTO linkage_job_error (id, job_id, row_number, field, message) VALUES (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), jobId, rowNumber, p.field(), p.message())
				.update();
		}
	}

	private static NewPerson person(CSVRecord row, List<FieldProblem> problems) {
		LocalDate dob = date(value(row, "date_of_birth"), problems);
		Sex sex = Sex.NOT_KNOWN;
		String sexValue = value(row, "sex");
		if (sexValue != null) {
			switch (sexValue.toUpperCase(Locale.ROOT)) {
				case "F", "FEMALE" -> sex = Sex.FEMALE;
				case "M", "MALE" -> sex = Sex.MALE;
				default -> sex = Sex.NOT_KNOWN;
			}
		}
		String line1 = value(row, "address_line1");
		String postcode = value(row, "postcode");
		NewPerson.NewAddress address = line1 == null && postcode == null ? null
				: new NewPerson.NewAddress(line1, null, value(row, "town"), postcode, null);
		return new NewPerson(value(row, "given_name"), value(row, "family_name"), List.of(), dob, null, sex,
				value(row, "nhs_number"), value(row, "upn"), address, null);
	}

	private static LocalDate date(String value, List<FieldProblem> problems) {
		if (value == null) {
			return null;
		}
		for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"))) {
			try {
				return LocalDate.parse(value, f);
			}
			catch (DateTimeParseException ignored) {
				// try the next format
			}
		}
		// the message is stored, in at most 1,000 characters: a long value is not quoted
		// back
		String quoted = value.length() > 40 ? "This" : "'" + value + "'";
		problems.add(new FieldProblem("date_of_birth", quoted + " is not a date like 2012-03-07 or 7/3/2012"));
		return null;
	}

	private static String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String v = row.get(column);
		return v == null || v.isBlank() ? null : v;
	}

	private void progress(UUID jobId, int processed, int[] counts, Status finished) {
		db.sql("""
				UPDATE linkage_job SET processed = ?, linked = ?, queued = ?, created = ?, failed = ?, heartbeat_at = ?
				WHERE id = ?""")
			.params(processed, counts[0], counts[1], counts[2], counts[3], OffsetDateTime.now(clock), jobId)
			.update();
		if (finished != null) {
			db.sql("UPDATE linkage_job SET status = ?, finished_at = ? WHERE id = ?")
				.params(finished.name(), OffsetDateTime.now(clock), jobId)
				.update();
			// the agency's file holds personal data: kept only while the job may need it
			db.sql("DELETE FROM linkage_job_file WHERE job_id = ?").param(jobId).update();
		}
	}

	public Job get(UUID id) {
		return db.sql("SELECT * FROM linkage_job WHERE id = ?")
			.param(id)
			.query(BulkIntake::job)
			.optional()
			.orElseThrow(() -> new NotFound("Linkage job " + id));
	}

	public List<RowError> errors(UUID jobId, int limit) {
		return db.sql(
				"SELECT row_number, field, message FROM linkage_job_error WHERE job_id = ? ORDER BY row_number LIMIT ?")
			.params(jobId, limit)
			.query((rs, row) -> new RowError(rs.getInt("row_number"), rs.getString("field"), rs.getString("message")))
			.list();
	}

	static Job job(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new Job(rs.getObject("id", UUID.class), rs.getString("file_name"),
				rs.getObject("started_by", UUID.class), Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
				rs.getInt("processed"), rs.getInt("linked"), rs.getInt("queued"), rs.getInt("created"),
				rs.getInt("failed"), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant());
	}

}
