package org.fullpicture.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.support.SqlBinaryValue;
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

	private static final Logger log = LoggerFactory.getLogger(BulkIntake.class);

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
	 * instance can carry it on. The file is read as a stream, row by row, here and in the
	 * background: a large file is never held in memory as text or as rows.
	 */
	@Transactional
	public Job start(String fileName, InputStream csv, Practitioner by) {
		MaxLength.require("X-File-Name", fileName, 200, "The file name");
		Path file = spool(csv);
		try {
			int rows = check(file);
			UUID id = UUID.randomUUID();
			OffsetDateTime now = OffsetDateTime.now(clock);
			db.sql("""
					INSERT INTO linkage_job (id, file_name, started_by, status, total_rows, processed, linked, queued, created,
					                         failed, started_at, heartbeat_at)
					VALUES (?, ?, ?, 'RUNNING', ?, 0, 0, 0, 0, 0, ?, ?)""")
				.params(id, fileName == null || fileName.isBlank() ? "records.csv" : fileName, by.id(), rows, now, now)
				.update();
			try (InputStream content = Files.newInputStream(file)) {
				db.sql("INSERT INTO linkage_job_file (job_id, content) VALUES (?, ?)")
					.params(id, new SqlBinaryValue(content, Files.size(file)))
					.update();
			}
			// once committed, so that the background thread sees the job
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(() -> run(id, by, new int[4], 0));
				}
			});
			return get(id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			delete(file);
		}
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
		if (db.sql("SELECT COUNT(*) FROM linkage_job_file WHERE job_id = ?")
			.param(job.id())
			.query(Long.class)
			.single() == 0) {
			db.sql("INSERT INTO linkage_job_error (id, job_id, row_number, field, message) VALUES (?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), job.id(), job.processed() + 2, "file",
						"The service restarted while this file was being linked; load the file again")
				.update();
			progress(job.id(), job.processed(), new int[] { job.linked(), job.queued(), job.created(), job.failed() },
					Status.FAILED);
			return;
		}
		Practitioner by = practitioners.get(job.startedBy());
		int[] counts = { job.linked(), job.queued(), job.created(), job.failed() };
		executor.execute(() -> run(job.id(), by, counts, job.processed()));
	}

	// as the context starts to close, before the task executor waits for running work, so
	// a job stops between rows
	@EventListener(ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}

	/** The upload, copied as it arrives to a file of its own. */
	private static Path spool(InputStream csv) {
		try {
			Path file = Files.createTempFile("linkage-job-", ".csv");
			try (csv) {
				Files.copy(csv, file, StandardCopyOption.REPLACE_EXISTING);
			}
			return file;
		}
		catch (IOException ex) {
			throw new InvalidInput("file", "The file could not be received; try again");
		}
	}

	/** The number of records, once the header and every record read as CSV. */
	private static int check(Path file) {
		try (CSVParser parser = parser(file)) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
			List<String> missing = REQUIRED.stream().filter(r -> !header.contains(r)).toList();
			if (header.isEmpty()) {
				throw new InvalidInput("file", "Choose a CSV file with a header row and at least one record");
			}
			if (!missing.isEmpty()) {
				throw new InvalidInput("file", "The header row must name the columns " + String.join(", ", REQUIRED)
						+ "; it is missing " + String.join(", ", missing));
			}
			int rows = 0;
			for (CSVRecord ignored : parser) {
				if (++rows > MAX_ROWS) {
					throw new InvalidInput("file", "A file can have at most 100,000 records; this one has more");
				}
			}
			if (rows == 0) {
				throw new InvalidInput("file", "The file has a header row but no records");
			}
			return rows;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new InvalidInput("file",
					"The file could not be read as CSV: check the quoting and that each row has the header's columns");
		}
	}

	/** Reads the file as UTF-8 (with or without a byte order mark), record by record. */
	private static CSVParser parser(Path file) throws IOException {
		Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setTrim(true)
			.setIgnoreEmptyLines(true)
			.get()
			.parse(reader);
	}

	/**
	 * Links rows {@code from} onwards, reading the job's file as it goes; {@code counts}
	 * are linked to an existing record, queued for review, created and failed so far.
	 * Progress (and the heartbeat) is saved after every row, so a job carried on
	 * elsewhere starts exactly where this one stopped.
	 */
	private void run(UUID jobId, Practitioner by, int[] counts, int from) {
		Path file = null;
		int done = from;
		try {
			file = Files.createTempFile("linkage-job-", ".csv");
			Path target = file;
			db.sql("SELECT content FROM linkage_job_file WHERE job_id = ?").param(jobId).query(rs -> {
				try (InputStream content = rs.getBinaryStream("content")) {
					Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			try (CSVParser parser = parser(file)) {
				int index = 0;
				for (CSVRecord row : parser) {
					if (index++ < from) {
						continue;
					}
					if (stopping) {
						return; // left running: another instance takes it over when its
								// heartbeat is stale
					}
					linkRow(jobId, index + 1, row, by, counts);
					progress(jobId, ++done, counts, null);
				}
			}
			progress(jobId, done, counts, Status.FINISHED);
		}
		catch (IOException | RuntimeException ex) {
			if (stopping) {
				return;
			}
			progress(jobId, done, counts, Status.FAILED);
			throw ex instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) ex);
		}
		finally {
			delete(file);
		}
	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				log.warn("A linkage job's temporary file could not be deleted: {}", ex.getClass().getSimpleName());
			}
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
