package org.fullpicture.notify.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * What to tell a practitioner. {@code sourceKey} names what it is about (an entry, a
 * notice, a signal), so the same thing is never told to the same practitioner twice;
 * {@code atOnce} false waits for the daily digest.
 */
record NewNotification(String kind, String sourceKey, UUID personId, UUID entryId, String summary, String link,
		boolean urgent, Instant dueBy, boolean atOnce) {
}
