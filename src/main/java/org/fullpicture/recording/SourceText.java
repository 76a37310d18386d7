package org.fullpicture.recording;

/** A chronology entry (or other record) that a summary was written from. */
public record SourceText(String entryId, String text) {
}
