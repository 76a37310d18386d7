package org.fullpicture.linkage.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fullpicture.linkage.LinkageAddress;
import org.fullpicture.linkage.LinkageRecord;
import org.fullpicture.linkage.LinkageSex;

/**
 * Reads and writes FEBRL person files: a header line, fields separated by ", ", empty
 * means missing. The person is the first integer in rec_id; a generated duplicate may end
 * its rec_id with the kind of error it carries ("rec-7-dup-0-move").
 */
final class FebrlFile {

	static final List<String> COLUMNS = List.of("rec_id", "given_name", "surname", "street_number", "address_1",
			"address_2", "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");

	private static final Pattern PERSON = Pattern.compile("(\\d+)");

	private static final Pattern ERROR_KIND = Pattern.compile("-dup-\\d+-([a-z-]+)$");

	/** One row: the record the engine sees, and the truth it must not see. */
	record Row(LinkageRecord record, int person, String errorKind) {

	}

	private FebrlFile() {
	}

	static List<Row> read(Path file, Set<String> ignoredColumns) throws IOException {
		for (String column : ignoredColumns) {
			if (!COLUMNS.contains(column) || column.equals("rec_id")) {
				throw new IllegalArgumentException("cannot ignore column " + column);
			}
		}
		List<Row> rows = new ArrayList<>();
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
			in.readLine();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				if (!line.isBlank()) {
					rows.add(row(line, ignoredColumns));
				}
			}
		}
		return rows;
	}

	private static Row row(String line, Set<String> ignoredColumns) {
		String[] fields = Arrays.copyOf(line.split(",", -1), COLUMNS.size());
		for (int i = 0; i < fields.length; i++) {
			boolean ignored = ignoredColumns.contains(COLUMNS.get(i));
			fields[i] = (fields[i] == null || ignored || fields[i].isBlank()) ? null : fields[i].trim();
		}
		String recId = fields[0];
		LinkageAddress address = new LinkageAddress(fields[3], fields[4], fields[5], fields[6], fields[7]);
		LinkageRecord record = new LinkageRecord(recId, fields[1], List.of(), fields[2], date(fields[9]),
				LinkageSex.UNKNOWN, fields[10], null, List.of(address));
		Matcher person = PERSON.matcher(recId);
		if (!person.find()) {
			throw new IllegalArgumentException("rec_id without a person number: " + recId);
		}
		Matcher kind = ERROR_KIND.matcher(recId);
		return new Row(record, Integer.parseInt(person.group(1)), kind.find() ? kind.group(1) : null);
	}

	/** yyyymmdd; an impossible date (a keying error) counts as missing. */
	private static LocalDate date(String yyyymmdd) {
		if (yyyymmdd == null || !yyyymmdd.matches("\\d{8}")) {
			return null;
		}
		int value = Integer.parseInt(yyyymmdd);
		try {
			return LocalDate.of(value / 10000, value / 100 % 100, value % 100);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** What the engine sees of the rows. */
	static List<LinkageRecord> records(List<Row> rows) {
		return rows.stream().map(Row::record).toList();
	}

	static void write(Path file, List<List<String>> rows) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
			out.write(String.join(", ", COLUMNS));
			out.newLine();
			for (List<String> row : rows) {
				out.write(String.join(", ", row));
				out.newLine();
			}
		}
	}

}
