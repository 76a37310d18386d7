package org.fullpicture.directory;

import java.util.UUID;

/**
 * Loads an Open Referral UK export into the directory at once, in the caller's thread, as
 * an administrator's import does in the background: for the demo town, or a site's first
 * directory.
 */
public interface DirectoryLoader {

	/** Refused with the problem named {@code file} when it is not an export. */
	void load(String openReferralExport, UUID loadedBy);

}
