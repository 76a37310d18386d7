package org.fullpicture.demo.internal;

import java.util.HashMap;
import java.util.Map;

import org.fullpicture.people.NhsNumber;
import org.fullpicture.people.Upn;

/**
 * NHS numbers and UPNs that pass their checks and are unique by construction. NHS numbers
 * come from the 999 range that the NHS keeps for test data, so none can belong to a real
 * patient.
 */
final class Identifiers {

	private int nhsSerial;

	private final Map<String, Integer> pupilSerials = new HashMap<>();

	String nextNhsNumber() {
		while (true) {
			String digits = String.format("999%06d", nhsSerial++);
			for (int check = 0; check <= 9; check++) {
				if (NhsNumber.hasValidCheckDigit(digits + check)) {
					return digits + check;
				}
			}
			// this serial's check digit would be 10: no valid number, so take the next
			// serial
		}
	}

	/**
	 * Local authority digits (a fictional 9xx), the school's establishment number, the
	 * year of entry, a serial.
	 */
	String nextUpn(String establishment, int yearOfEntry) {
		String yy = String.format("%02d", yearOfEntry % 100);
		int serial = pupilSerials.merge(establishment + yy, 1, Integer::sum) - 1;
		String lastTwelve = String.format("9%02d%s%s%03d", (serial / 1000) % 100, establishment, yy, serial % 1000);
		return Upn.checkLetterFor(lastTwelve) + lastTwelve;
	}

}
