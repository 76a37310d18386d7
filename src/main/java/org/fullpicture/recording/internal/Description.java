package org.fullpicture.recording.internal;

import java.util.Set;

import org.fullpicture.recording.DescriptionKind;

/**
 * A concrete description found in a source text.
 *
 * @param keyStems the stems a summary must mention, at least half of them, to count as
 * keeping it
 */
record Description(int start, int end, DescriptionKind kind, Set<String> keyStems) {
}
